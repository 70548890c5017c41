/** FG011 unknown-activity-kind (src/validate/schema.ts): a kind flowgen does not know, with a suggestion. */
import { describe, expect, it } from 'vitest';
import { activity, essentials, handFlow, HAND_FILE, literal, validateIr, withCode } from '../../harness/rules.js';

describe('unknown-activity-kind (FG011)', () => {
  it('reports an unknown kind by activity and suggests the nearest known kind', () => {
    const ir = handFlow({ first: 'Greet', activities: [activity('Greet', 'play-mesage', { tts: [literal('Hi')] }, { default: 'Bye' }), activity('Bye', 'disconnect-contact')] });
    const found = withCode(validateIr(ir), 'FG011');
    expect(essentials(found)).toStrictEqual([{ code: 'FG011', data: { activity: 'Greet', kind: 'play-mesage' }, location: { file: HAND_FILE, activity: 'Greet' } }]);
    expect(found[0]!.hint).toMatch(/^Did you mean "play-message"/); // closest first
  });

  it('lists the known kinds when nothing is close', () => {
    const ir = handFlow({ first: 'X', activities: [activity('X', 'teleport')] });
    expect(withCode(validateIr(ir), 'FG011')[0]!.hint).toMatch(/^Known kinds: blind-transfer, callback, case, /);
  });

  it('passes known kinds', () => {
    const ir = handFlow({ first: 'Greet', activities: [activity('Greet', 'play-message', { tts: [literal('Hi')] }, { default: 'Bye' }), activity('Bye', 'disconnect-contact')] });
    expect(validateIr(ir)).toStrictEqual([]);
  });
});
