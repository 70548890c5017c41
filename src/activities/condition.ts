/**
 * Condition (`condition-activity`): one Pebble expression that yields a boolean, wrapped in
 * `{{ }}` (else Flow Designer reports a flow error, docs/webex-activities-and-api.md §1.4). Group
 * `enum-gateway`; ports `true`, `false`, `error` (docs/webex-flow-format.md §7.6; ZD24 ConditionCheck).
 */
import { z } from 'zod';
import { renderWholeExpression } from '../ir/template.js';
import { textTemplate } from './shared/from-webex.js';
import { defineActivity } from './define-activity.js';
import { DESCRIBED_KEYS, defineFactory, type Described, type Routable, type Target, type TextTemplate } from './shared/factory.js';
import { recordValue, templateValue } from './shared/print-input.js';
import { templateSchema } from './shared/schemas.js';

const options = z.strictObject({ expression: templateSchema });
export type ConditionOptions = z.infer<typeof options>;

export interface ConditionInput extends Described {
  /** A boolean Pebble expression made with `expr`. */
  when: TextTemplate;
}
export type ConditionHandle = Target & Routable<'true' | 'false', 'error'>;

export const condition = defineActivity({
  kind: 'condition',
  options,
  factory: defineFactory<{
    /** Condition: routes by a boolean expression (`true`, `false`). */
    condition(name: string, input: ConditionInput): ConditionHandle;
  }>()({
    method: 'condition',
    inputKeys: [...DESCRIBED_KEYS, 'when'],
    options: (input) => ({ expression: input.when.template }),
  }),
  printInput: (o) => recordValue([['when', templateValue(o.expression)]]),
  ports: () => ['true', 'false', 'error'],
  templates: (o) => [o.expression],
  webex: { activityName: 'condition-activity', activityId: 'condition-activity', group: 'enum-gateway', description: true },
  summary: (o) => [{ expression: o.expression }],
  // The expression renders to "true" or "false"; anything else is an error (Flow Designer: FC1010).
  simulate: (o, call) => {
    const value = call.renderText(renderWholeExpression(o.expression)).trim().toLowerCase();
    if (value !== 'true' && value !== 'false') call.fail(`the condition gives ${JSON.stringify(value)}, not true or false`);
    return { port: value };
  },
  toWebex: (o) => ({ expression: renderWholeExpression(o.expression) }),
  fromWebex: (p) => {
    const expression = textTemplate(p['expression']);
    return expression && { expression };
  },
});
