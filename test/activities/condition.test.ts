/** condition (condition-activity): one boolean Pebble expression in `{{ }}` (ZD24 `ConditionCheck`), ports true/false/error. */
import { describe, expect, it } from 'vitest';
import { condition } from '../../src/activities/condition.js';
import { buildFlow, defineFlow, expr, now, z } from '../../src/index.js';
import { onSharedKeys, zd24Properties } from '../harness/rules.js';

const webex = (input: unknown) => condition.toWebex(condition.options.parse(input));
const issues = (input: unknown) => (condition.options.safeParse(input).error?.issues ?? []).map((i) => ({ code: i.code, path: i.path }));

describe('condition', () => {
  it.each([
    ['a variable against a string', [{ ref: 'ticketID' }, { text: ' == "null"' }], '{{ ticketID == "null" }}'],
    ['an activity output, no spaces to trim', [{ ref: 'Lookup.httpStatusCode' }, { text: '==200' }], '{{ Lookup.httpStatusCode==200 }}'],
    ['a filtered reference, parenthesised', [{ ref: 'ticketID', filters: 'length' }, { text: ' > 0' }], '{{ (ticketID | length) > 0 }}'],
    ['a build-time value and a helper expression', [{ raw: 'now()' }, { text: ' > "' }, { value: '2024' }, { text: '"' }], '{{ now() > "2024" }}'],
    ['surrounding spaces trimmed', [{ text: '  ' }, { ref: 'ok' }, { text: ' ' }], '{{ ok }}'],
  ])('%s', (_, parts, expression) => {
    expect(webex({ expression: { parts } })).toStrictEqual({ expression });
  });

  it('has ports true, false and error; true and false are required', () => {
    const o = condition.options.parse({ expression: { parts: [{ text: 'true' }] } });
    expect(condition.ports(o)).toStrictEqual(['true', 'false', 'error']);
    expect(condition.requiredPorts(o)).toStrictEqual(['true', 'false']);
    expect(condition.templates(o)).toStrictEqual([{ parts: [{ text: 'true' }] }]);
    expect(condition.webex).toStrictEqual({ activityName: 'condition-activity', activityId: 'condition-activity', group: 'enum-gateway', description: true });
  });

  it.each([
    ['no expression', {}, { code: 'invalid_type', path: ['expression'] }],
    ['a plain string', { expression: '{{ x }}' }, { code: 'invalid_type', path: ['expression'] }],
    ['an empty reference', { expression: { parts: [{ ref: '' }] } }, { code: 'too_small', path: ['expression', 'parts', 0, 'ref'] }],
    ['a part of no known shape', { expression: { parts: [{ code: 'x' }] } }, { code: 'invalid_union', path: ['expression', 'parts', 0] }],
    ['an unknown option', { expression: { parts: [] }, negate: true }, { code: 'unrecognized_keys', path: [] }],
  ])('rejects %s', (_, input, issue) => {
    expect(issues(input)).toContainEqual(issue);
  });

  it('accepts what the builder passes', () => {
    const flow = defineFlow({ name: 'Agree', params: z.object({}) }, (f) => {
      const id = f.variable('ticketID', 'string');
      const bye = f.disconnect('Bye');
      f.start.then(f.condition('C', { when: expr`${id} != "null" and ${now()} > ${'2024'}` })).routes({ true: bye, false: bye });
    });
    const [c] = buildFlow(flow, {}).ir.activities.filter((x) => x.kind === 'condition');
    expect(condition.options.safeParse(c!.options).success).toBe(true);
  });

  it.skipIf(!zd24Properties('ConditionCheck'))('gives the value of ZD24 ConditionCheck', () => {
    const [ours, theirs] = onSharedKeys(webex({ expression: { parts: [{ ref: 'ticketID' }, { text: ' == "null"' }] } }), zd24Properties('ConditionCheck')!);
    expect(Object.keys(ours)).toStrictEqual(['expression']);
    expect(ours).toStrictEqual(theirs);
  });
});
