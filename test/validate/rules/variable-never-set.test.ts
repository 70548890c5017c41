/** FG207 variable-never-set: a variable read with no initial value must be set somewhere. */
import { describe, expect, it } from 'vitest';
import { activity, handFlow, literal, ref, validateIr, variable, withCode } from '../../harness/rules.js';

const flow = (setIt: boolean) =>
  handFlow({
    first: setIt ? 'Set' : 'Say',
    variables: [variable('name', 'string', '')],
    activities: [
      ...(setIt ? [activity('Set', 'set-variable', { variable: 'name', variableType: 'string', value: literal('Ann') }, { out: 'Say' })] : []),
      activity('Say', 'play-message', { tts: [ref('name')] }, { default: 'Bye' }),
      activity('Bye', 'disconnect-contact'),
    ],
  });

describe('variable-never-set (FG207)', () => {
  it('reports a variable read with no initial value that nothing sets', () => {
    expect(withCode(validateIr(flow(false)), 'FG207').map((d) => d.data)).toStrictEqual([{ variable: 'name' }]);
  });

  it('passes it once a Set Variable sets it', () => {
    expect(withCode(validateIr(flow(true)), 'FG207')).toStrictEqual([]);
  });
});
