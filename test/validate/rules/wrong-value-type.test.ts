/** FG208 wrong-value-type: a Set Variable writes what its variable's declared type holds. */
import { describe, expect, it } from 'vitest';
import { activity, handFlow, literal, ref, validateIr, variable, withCode } from '../../harness/rules.js';

const flow = (variableType: string, value: ReturnType<typeof literal>, declared: 'integer' | 'boolean' | 'json' | 'string' = 'integer') =>
  handFlow({
    first: 'Set',
    variables: [variable('n', declared, declared === 'json' ? '{}' : declared === 'boolean' ? 'false' : declared === 'integer' ? '0' : ''), variable('m', 'integer', '1')],
    activities: [
      activity('Set', 'set-variable', { variable: 'n', variableType, value }, { out: 'Say' }),
      activity('Say', 'play-message', { tts: [ref('n')] }, { default: 'Bye' }),
      activity('Bye', 'disconnect-contact'),
    ],
  });

describe('wrong-value-type (FG208)', () => {
  it('reports a literal that is not an integer for an INTEGER variable', () => {
    expect(withCode(validateIr(flow('integer', literal('twelve'))), 'FG208').map((d) => d.data)).toStrictEqual([
      { activity: 'Set', variable: 'n', declared: 'integer', value: 'twelve' },
    ]);
  });

  it('reports a type that differs from the declaration', () => {
    expect(withCode(validateIr(flow('string', literal('12'))), 'FG208').map((d) => d.data)).toStrictEqual([
      { activity: 'Set', variable: 'n', declared: 'integer', written: 'string' },
    ]);
  });

  it('reports invalid JSON for a JSON variable', () => {
    expect(withCode(validateIr(flow('json', literal('{"a":'), 'json')), 'FG208')).toHaveLength(1);
  });

  it.each([
    ['an integer literal', flow('integer', literal('12'))],
    ['a runtime expression', flow('integer', literal('{{ m + 1 }}'))],
    ['a reference', flow('integer', ref('m'))],
    ['"True" for a BOOLEAN, as Flow Designer writes it', flow('boolean', literal('True'), 'boolean')],
    ['valid JSON', flow('json', literal('{"a": 1}'), 'json')],
  ])('passes %s', (_, ir) => {
    expect(withCode(validateIr(ir), 'FG208')).toStrictEqual([]);
  });
});
