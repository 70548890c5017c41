/** set-variable: one assignment, `srcVariableType` upper-case, ports out/error (docs §7.8, MSD23 `StripANI`). */
import { describe, expect, it } from 'vitest';
import { setVariable } from '../../src/activities/set-variable.js';
import { buildFlow, defineFlow, expr, text, z } from '../../src/index.js';

const webex = (input: unknown) => setVariable.toWebex(setVariable.options.parse(input));
const issues = (input: unknown) => (setVariable.options.safeParse(input).error?.issues ?? []).map((i) => ({ code: i.code, path: i.path }));
const lit = (s: string) => ({ parts: [{ text: s }] });

describe('set-variable', () => {
  it.each([
    ['a string literal', { variable: 'ticketID', variableType: 'string', value: lit('null') }, { srcVariable: 'ticketID', srcVariableType: 'STRING', setTo: 'set-to-literal', expr: 'null', literal_invalid_error: false }],
    ['an integer literal', { variable: 'count', variableType: 'integer', value: lit('0') }, { srcVariable: 'count', srcVariableType: 'INTEGER', setTo: 'set-to-literal', expr: '0', literal_invalid_error: false }],
    [
      'a JSON value from a filtered reference',
      { variable: 'digits', variableType: 'json', value: { parts: [{ ref: 'NewPhoneContact.ANI', filters: "replace({'+':''})" }] } },
      { srcVariable: 'digits', srcVariableType: 'JSON', setTo: 'set-to-literal', expr: "{{NewPhoneContact.ANI | replace({'+':''})}}", literal_invalid_error: false },
    ],
    ['a boolean', { variable: 'ok', variableType: 'boolean', value: lit('true') }, { srcVariable: 'ok', srcVariableType: 'BOOLEAN', setTo: 'set-to-literal', expr: 'true', literal_invalid_error: false }],
  ])('%s', (_, input, expected) => {
    expect(webex(input)).toStrictEqual(expected);
  });

  it('has ports out and error (out required), templates its value and writes its variable', () => {
    const o = setVariable.options.parse({ variable: 'x', variableType: 'string', value: lit('1') });
    expect(setVariable.ports(o)).toStrictEqual(['out', 'error']);
    expect(setVariable.requiredPorts(o)).toStrictEqual(['out']);
    expect(setVariable.templates(o)).toStrictEqual([lit('1')]);
    expect(setVariable.writes(o)).toStrictEqual(['x']);
    expect(setVariable.webex).toStrictEqual({ activityName: 'set-variable', activityId: 'set-variable', group: 'set-variable', description: true });
  });

  it.each([
    ['an invalid variable name', { variable: '1x' }, { code: 'invalid_format', path: ['variable'] }],
    ['an unknown type', { variableType: 'number' }, { code: 'invalid_value', path: ['variableType'] }],
    ['a plain-string value', { value: 'abc' }, { code: 'invalid_type', path: ['value'] }],
    ['an unknown option', { setTo: 'set-to-variable' }, { code: 'unrecognized_keys', path: [] }],
  ])('rejects %s', (_, overrides, issue) => {
    expect(issues({ variable: 'x', variableType: 'string', value: lit('1'), ...overrides })).toContainEqual(issue);
  });

  it('accepts what the builder passes (literals of each type and templates)', () => {
    const flow = defineFlow({ name: 'Agree', params: z.object({}) }, (f) => {
      const n = f.variable('n', 'integer');
      const ok = f.variable('ok', 'boolean');
      const s = f.variable('s', 'string');
      f.start.then(f.setVariable('A', { variable: n, value: 3 })).then(f.setVariable('B', { variable: ok, value: false })).then(f.setVariable('C', { variable: s, value: text`${n} calls` })).then(f.disconnect('Bye'));
    });
    const built = buildFlow(flow, {}).ir.activities.filter((x) => x.kind === 'set-variable');
    expect(built.map((a) => setVariable.toWebex(setVariable.options.parse(a.options))['expr'])).toStrictEqual(['3', 'false', '{{n}} calls']);
  });

  // Regression: an `expr` value is one Pebble expression (a counter increment), not text around holes.
  it('emits an expr value as one Pebble expression', () => {
    const flow = defineFlow({ name: 'Increment', params: z.object({}) }, (f) => {
      const count = f.variable('count', 'integer');
      f.start.then(f.setVariable('Inc', { variable: count, value: expr`${count} + 1` })).then(f.disconnect('Bye'));
    });
    const inc = buildFlow(flow, {}).ir.activities.find((a) => a.name === 'Inc')!;
    expect(setVariable.toWebex(setVariable.options.parse(inc.options))['expr']).toBe('{{ count + 1 }}');
  });
});
