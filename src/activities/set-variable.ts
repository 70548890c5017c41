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
import { DESCRIBED_KEYS, defineFactory, type Chain, type Described, type Target, type TextTemplate, type Variable } from './shared/factory.js';
import { isTextTemplate } from './shared/factory-input.js';
import type { VariableType } from '../ir/types.js';
import type { ValueOf } from './shared/factory.js';
import { literal, plainText, recordValue, templateValue, textValue, variableValue, type PrintedValue } from './shared/print-input.js';
import { textTemplate } from './shared/from-webex.js';
import { templateSchema, variableNameSchema } from './shared/schemas.js';

const options = z.strictObject({
  variable: variableNameSchema,
  variableType: z.enum(VARIABLE_TYPES),
  /** The new value: text and references, rendered as a Pebble template. */
  value: templateSchema,
});
export type SetVariableOptions = z.infer<typeof options>;

export interface SetVariableInput<T extends VariableType> extends Described {
  variable: Variable<T>;
  /** A literal of the variable's type, or a runtime template. */
  value: ValueOf<T> | TextTemplate;
}
export type SetVariableHandle = Target & Chain<'out' | 'error'>;
/** A literal of the variable's type where the text is one (`5`, `true`), else the value's template. */
function printValue(o: SetVariableOptions): PrintedValue {
  const text = plainText(o.value);
  if (text === undefined) return templateValue(o.value);
  if (o.variableType === 'integer' || o.variableType === 'decimal') return text !== '' && String(Number(text)) === text ? literal(Number(text)) : templateValue(o.value);
  if (o.variableType === 'boolean') return text === 'true' || text === 'false' ? literal(text === 'true') : templateValue(o.value);
  return textValue(o.value);
}

export const setVariable = defineActivity({
  kind: 'set-variable',
  options,
  factory: defineFactory<{
    /** Set Variable: a literal of the variable's type, or a template evaluated at run time. */
    setVariable<T extends VariableType>(name: string, input: SetVariableInput<T>): SetVariableHandle;
  }>()({
    method: 'setVariable',
    inputKeys: [...DESCRIBED_KEYS, 'variable', 'value'],
    options: (input) => ({
      variable: input.variable.name,
      variableType: input.variable.type,
      value: isTextTemplate(input.value) ? input.value.template : { parts: [{ text: String(input.value) }] },
    }),
    mainPort: 'out',
  }),
  printInput: (o) => recordValue([['variable', variableValue(o.variable, o.variableType)], ['value', printValue(o)]]),
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
