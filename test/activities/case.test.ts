/** case (case-statement): value-named ports mapped to positions, values in `menuLinks:input`, and what zod refuses. */
import { describe, expect, it } from 'vitest';
import { caseActivity } from '../../src/activities/case.js';
import { buildFlow, defineFlow, z } from '../../src/index.js';

const webex = (input: unknown) => caseActivity.toWebex(caseActivity.options.parse(input));
const issues = (input: unknown) => (caseActivity.options.safeParse(input).error?.issues ?? []).map((i) => ({ code: i.code, path: i.path }));
const ref = (name: string) => ({ parts: [{ ref: name }] });

describe('case', () => {
  it.each([
    [
      'a variable with two values',
      { value: ref('AI_Agent_payment.StateEventName'), cases: ['checkBalance', 'makePayment'] },
      {
        // As corpus cases on a variable write it: `{{totalCalls}}`, no spaces (4/4, radio "setToVariable").
        expression: '{{AI_Agent_payment.StateEventName}}',
        'expression:radioName': 'setToVariable',
        expression_radioName: 'setToVariable',
        menuLinks: ['0', '1'],
        'menuLinks:input': ['checkBalance', 'makePayment'],
        menuLinks_input: ['checkBalance', 'makePayment'],
      },
    ],
    [
      'digit-like values keep the author order',
      { value: { parts: [{ ref: 'priority', filters: 'lower' }] }, cases: ['3', '1', '2'] },
      {
        expression: '{{ (priority | lower) }}',
        'expression:radioName': 'setToVariable',
        expression_radioName: 'setToVariable',
        menuLinks: ['0', '1', '2'],
        'menuLinks:input': ['3', '1', '2'],
        menuLinks_input: ['3', '1', '2'],
      },
    ],
  ])('%s', (_, input, expected) => {
    expect(webex(input)).toStrictEqual(expected);
  });

  it('names ports by value in flowgen and by position in Webex', () => {
    const o = caseActivity.options.parse({ value: ref('v'), cases: ['urgent', 'high', '0'] });
    expect(caseActivity.ports(o)).toStrictEqual(['urgent', 'high', '0', 'error', 'default']);
    expect(caseActivity.requiredPorts(o)).toStrictEqual(['urgent', 'high', '0', 'default']);
    expect(caseActivity.ports(o).map((p) => caseActivity.webexPort(p, o))).toStrictEqual(['0', '1', '2', 'error', 'default']);
    expect(caseActivity.templates(o)).toStrictEqual([ref('v')]);
    expect(caseActivity.webex).toStrictEqual({ activityName: 'case-statement', activityId: 'case-statement', group: 'enum-gateway', description: true });
  });

  // All 5 corpus case widgets list `0, 1, …, in, error, default` (error before default).
  it('lists error before default, as every corpus case widget does', () => {
    const o = caseActivity.options.parse({ value: ref('v'), cases: ['a'] });
    expect(caseActivity.ports(o)).toStrictEqual(['a', 'error', 'default']);
  });

  it('accepts exactly 20 values', () => {
    const cases = Array.from({ length: 20 }, (_, i) => `v${i}`);
    expect(caseActivity.options.safeParse({ value: ref('v'), cases }).success).toBe(true);
  });

  it.each([
    ['no values', { cases: [] }, { code: 'too_small', path: ['cases'] }],
    ['21 values', { cases: Array.from({ length: 21 }, (_, i) => `v${i}`) }, { code: 'too_big', path: ['cases'] }],
    ['a duplicated value', { cases: ['a', 'b', 'a'] }, { code: 'custom', path: ['cases'] }],
    ['a value named default', { cases: ['a', 'default'] }, { code: 'custom', path: ['cases', 1] }],
    ['a value named error', { cases: ['error'] }, { code: 'custom', path: ['cases', 0] }],
    ['an empty value', { cases: [''] }, { code: 'too_small', path: ['cases', 0] }],
    ['no value to switch on', { value: undefined, cases: ['a'] }, { code: 'invalid_type', path: ['value'] }],
    ['an unknown option', { cases: ['a'], fallthrough: true }, { code: 'unrecognized_keys', path: [] }],
  ])('rejects %s', (_, overrides, issue) => {
    expect(issues({ value: ref('v'), ...overrides })).toContainEqual(issue);
  });

  it('accepts what the builder passes (variable, output and template values)', () => {
    const flow = defineFlow({ name: 'Agree', params: z.object({}) }, (f) => {
      const prio = f.variable('priority', 'string');
      const bye = f.disconnect('Bye');
      const a = f.case('A', { value: prio, cases: ['urgent', 'high'] });
      const b = f.case('B', { value: f.call.dnis, cases: ['1800'] });
      f.start.then(a).routes({ urgent: b, high: bye, default: bye });
      b.routes({ '1800': bye, default: bye });
    });
    const built = buildFlow(flow, {}).ir.activities.filter((x) => x.kind === 'case');
    expect(built.map((a) => a.options['value'])).toStrictEqual([ref('priority'), ref('NewPhoneContact.DNIS')]);
    for (const a of built) expect(caseActivity.options.safeParse(a.options).success, a.name).toBe(true);
  });
});
