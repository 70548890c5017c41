/**
 * A Set Variable must write what its variable holds (Flow Designer FC1005, "variable type and
 * value incompatible", docs/webex-activities-and-api.md §4): the type it writes must be the
 * declared type, and a literal value (one without runtime `{{ }}`) must parse as that type.
 * `"True"`/`"False"` count as booleans: Flow Designer wrote them in 14 exports and Java reads
 * booleans case-insensitively. A value computed at run time is not judged here.
 */
import { defineRule } from '../context.js';
import type { Template, VariableType } from '../../ir/types.js';

const literalText = (t: Template): string | undefined =>
  t.parts.every((p) => 'text' in p || 'value' in p) ? t.parts.map((p) => ('text' in p ? p.text : 'value' in p ? p.value : '')).join('') : undefined;

function fits(type: VariableType, value: string): boolean {
  switch (type) {
    case 'integer':
      return /^-?\d+$/.test(value.trim());
    case 'decimal':
      return value.trim() !== '' && Number.isFinite(Number(value));
    case 'boolean':
      return /^(true|false)$/i.test(value.trim());
    case 'json':
      try {
        JSON.parse(value);
        return true;
      } catch {
        return false;
      }
    default:
      return true;
  }
}

export const wrongValueType = defineRule({
  code: 'FG208',
  name: 'wrong-value-type',
  defaultSeverity: 'error',
  check({ index, report }) {
    for (const { ir, options } of index.activities.values()) {
      if (ir.kind !== 'set-variable' || options === undefined) continue;
      const { variable, variableType, value } = options as { variable: string; variableType: VariableType; value: Template };
      const declared = index.variables.get(variable);
      if (!declared) continue;
      if (declared.type !== variableType) {
        report({
          message: `"${ir.name}" sets "${variable}" as ${variableType.toUpperCase()}, but the variable is declared ${declared.type.toUpperCase()}.`,
          activity: ir,
          hint: `Set it as ${declared.type.toUpperCase()}, or change the variable's type.`,
          data: { activity: ir.name, variable, declared: declared.type, written: variableType },
        });
        continue;
      }
      const text = literalText(value);
      if (text === undefined || text.includes('{{') || fits(declared.type, text)) continue;
      report({
        message: `"${ir.name}" sets ${declared.type.toUpperCase()} variable "${variable}" to ${JSON.stringify(text)}.`,
        activity: ir,
        hint: declared.type === 'json' ? 'Write valid JSON.' : `Write a ${declared.type} value, or compute it with an expression.`,
        data: { activity: ir.name, variable, declared: declared.type, value: text },
      });
    }
  },
});
