/**
 * A build-time value (a parameter such as a Zendesk subdomain or a prompt text) is inserted as
 * literal text; if it contained `{{`, `}}` or `{%` it would become a runtime expression. That is
 * refused, so a tenant value can never inject Pebble into a flow.
 */
import { templateValues } from '../../ir/template.js';
import { defineRule } from '../context.js';

const RUNTIME_SYNTAX = /\{\{|\}\}|\{%|%\}/;

export const buildValueInjectsExpression = defineRule({
  code: 'FG203',
  name: 'build-value-injects-expression',
  defaultSeverity: 'error',
  check({ index, report }) {
    for (const { ir, definition, options } of index.activities.values()) {
      if (!definition || options === undefined) continue;
      for (const template of definition.templates(options)) {
        for (const value of templateValues(template)) {
          if (!RUNTIME_SYNTAX.test(value)) continue;
          report({
            message: `"${ir.name}" inserts the build-time value ${JSON.stringify(value)}, which contains runtime expression syntax.`,
            activity: ir,
            hint: 'Pass runtime values as variables or outputs (typed references), not as text with {{ }}.',
            data: { activity: ir.name },
          });
        }
      }
    }
  },
});
