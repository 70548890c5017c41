/**
 * Set Variable: assigns a value (a literal or a Pebble template) to a flow variable. Exports
 * (docs/webex-flow-format.md §7.8, MSD23 `StripANI`): group and widget type `set-variable`, ports
 * `out` (not `default`) and `error`, keys `srcVariable`, `srcVariableType`, `setTo`, `expr`,
 * `literal_invalid_error`. The single-assignment form is what 2022–2025 exports write.
 */
import { z } from 'zod';
import { VARIABLE_TYPES } from '../ir/types.js';
import { renderText } from '../ir/template.js';
import { defineActivity } from './define-activity.js';
import { textTemplate } from './shared/from-webex.js';
import { templateSchema, variableNameSchema } from './shared/schemas.js';

const options = z.strictObject({
  variable: variableNameSchema,
  variableType: z.enum(VARIABLE_TYPES),
  /** The new value: text and references, rendered as a Pebble template. */
  value: templateSchema,
});
export type SetVariableOptions = z.infer<typeof options>;

export const setVariable = defineActivity({
  kind: 'set-variable',
  options,
  ports: () => ['out', 'error'],
  templates: (o) => [o.value],
  writes: (o) => [o.variable],
  webex: { activityName: 'set-variable', activityId: 'set-variable', group: 'set-variable', description: true },
  summary: (o) => [o.variable, '=', { template: o.value }],
  simulate: (o, call) => {
    call.write(o.variable, call.render(o.value));
    return { port: 'out' };
  },
  toWebex: (o) => ({
    srcVariable: o.variable,
    srcVariableType: o.variableType.toUpperCase(),
    setTo: 'set-to-literal',
    expr: renderText(o.value),
    literal_invalid_error: false,
  }),
  fromWebex: (p) => {
    const value = textTemplate(p['expr'] ?? '');
    const type = typeof p['srcVariableType'] === 'string' ? p['srcVariableType'].toLowerCase() : undefined;
    return value && typeof p['srcVariable'] === 'string' && type ? { variable: p['srcVariable'], variableType: type, value } : undefined;
  },
});
