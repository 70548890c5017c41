/**
 * Case (`case-statement`): routes by a value. Flow Designer allows up to 20 cases
 * (docs/webex-activities-and-api.md §1.4). In the export the branch ports are positional
 * (`"0"`, `"1"`, …) and the case values sit in `menuLinks:input` (docs/webex-flow-format.md §7.7;
 * PAY26 `state_event_decider`, JDS1 `CheckNotifications`). flowgen names ports by value, so a
 * reader sees `urgent`, and maps them to positions only here.
 */
import { z } from 'zod';
import { renderWholeExpression } from '../ir/template.js';
import { textTemplate } from './shared/from-webex.js';
import type { Template } from '../ir/types.js';
import { defineActivity } from './define-activity.js';
import { DESCRIBED_KEYS, defineFactory, type Described, type Routable, type Target, type TextTemplate, type Variable, type OutputRef } from './shared/factory.js';
import { fieldTemplate } from './shared/factory-input.js';
import { first, literal, recordValue, referencedVariable, templateValue } from './shared/print-input.js';
import { templateSchema } from './shared/schemas.js';
import { inputShadows, radioShadows } from './shared/shadow-keys.js';

const RESERVED = ['default', 'error'];

/** A switch on one variable is written `{{name}}`, as every corpus case on a variable is. */
function singleRef(template: Template): string | undefined {
  const [only, ...rest] = template.parts;
  return only && rest.length === 0 && 'ref' in only && !only.filters ? `{{${only.ref}}}` : undefined;
}

const options = z.strictObject({
  /** The value to switch on. */
  value: templateSchema,
  /** The values with a branch of their own, in order. */
  cases: z
    .array(z.string().min(1).refine((c) => !RESERVED.includes(c), { message: '"default" and "error" are port names, not case values' }))
    .min(1)
    .max(20)
    .refine((c) => new Set(c).size === c.length, { message: 'case values must be unique' }),
});
export type CaseOptions = z.infer<typeof options>;

export interface CaseInput<C extends string> extends Described {
  /** The value to switch on. */
  value: Variable | OutputRef | TextTemplate;
  /** The values with a branch of their own (at most 20). */
  cases: readonly C[];
}
export type CaseHandle<C extends string> = Target & Routable<C | 'default', 'error'>;

export const caseActivity = defineActivity({
  kind: 'case',
  options,
  factory: defineFactory<{
    /** Case: routes by a value, one branch per declared value plus `default`. */
    case<const C extends string>(name: string, input: CaseInput<C>): CaseHandle<C>;
  }>()({
    method: 'case',
    inputKeys: [...DESCRIBED_KEYS, 'value', 'cases'],
    options: (input) => ({ value: fieldTemplate(input.value), cases: [...input.cases] }),
  }),
  // A switch on one declared variable prints as the variable, anything else as its text.
  printInput: (o) => recordValue([['value', first(referencedVariable(o.value), templateValue(o.value))], ['cases', literal(o.cases)]]),
  // Corpus case widgets list `error` before `default` (5/5).
  ports: (o) => [...o.cases, 'error', 'default'],
  templates: (o) => [o.value],
  webexPort: (port, o) => {
    const index = o.cases.indexOf(port);
    return index === -1 ? port : String(index);
  },
  portFromWebex: (port, o) => (/^\d+$/.test(port) && o.cases[Number(port)] !== undefined ? o.cases[Number(port)]! : port),
  fromWebex: (p) => {
    const value = textTemplate(p['expression']);
    const cases = p['menuLinks:input'];
    const links = p['menuLinks'];
    if (!value || !Array.isArray(cases) || !Array.isArray(links) || cases.length !== links.length) return undefined;
    if (!links.every((l, i) => l === String(i))) return undefined;
    return { value, cases };
  },
  webex: { activityName: 'case-statement', activityId: 'case-statement', group: 'enum-gateway', description: true },
  summary: (o) => [{ expression: o.value }, '→', o.cases.join(' | ')],
  // The first case equal to the rendered value, else `default` (docs §1.4).
  simulate: (o, call) => {
    const value = call.renderText(singleRef(o.value) ?? renderWholeExpression(o.value));
    return { port: o.cases.find((c) => c === value) ?? 'default' };
  },
  toWebex: (o) => ({
    expression: singleRef(o.value) ?? renderWholeExpression(o.value),
    ...radioShadows('expression', 'setToVariable'),
    menuLinks: o.cases.map((_, i) => String(i)),
    ...inputShadows('menuLinks', o.cases),
  }),
});
