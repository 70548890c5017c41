/** FG302 invalid-prompt: prompt items are not empty, at most 5, TTS text at most 5,000 bytes. */
import { describe, expect, it } from 'vitest';
import { activity, handFlow, literal, validateIr, withCode } from '../../harness/rules.js';

const exported = (promptsTts: unknown[]) =>
  handFlow({
    first: 'Say',
    activities: [activity('Say', 'raw', { activityName: 'play-message', activityId: 'x', group: 'action', properties: { activityName: 'play-message', toggle: true, promptsTts }, ports: ['in', 'default'] }, { default: 'Bye' }), activity('Bye', 'disconnect-contact')],
  });
const problems = (ir: ReturnType<typeof exported>) => withCode(validateIr(ir), 'FG302').map((d) => [d.data?.['problem'], d.severity]);

describe('invalid-prompt (FG302)', () => {
  it('reports an empty item and six items in an export', () => {
    expect(problems(exported([{ type: 'tts', value: ' ' }]))).toStrictEqual([['empty', 'error']]);
    expect(problems(exported(Array.from({ length: 6 }, () => ({ type: 'tts', value: 'Hi.' }))))).toStrictEqual([['too-many', 'error']]);
  });

  it('warns about a TTS text over 5,000 bytes, written in flowgen too', () => {
    const ir = handFlow({ first: 'Say', activities: [activity('Say', 'play-message', { tts: [literal('é'.repeat(2600))] }, { default: 'Bye' }), activity('Bye', 'disconnect-contact')] });
    expect(problems(ir)).toStrictEqual([['too-long', 'warning']]);
  });

  // Issue 10: the rule read flowgen-written prompts of play-message and menu only, exported ones of collect-digits too.
  it.each([
    ['a menu', activity('Say', 'menu', { tts: [literal('é'.repeat(2600))], choices: { 1: 'One' } }, { 1: 'Bye', timeout: 'Bye', invalid: 'Bye' })],
    ['a collect-digits', activity('Say', 'collect-digits', { tts: [literal('é'.repeat(2600))] }, { default: 'Bye', timeout: 'Bye', invalid: 'Bye' })],
  ])('warns about a long TTS text of %s written in flowgen, as of one exported', (_, say) => {
    const ir = handFlow({ first: 'Say', activities: [say, activity('Bye', 'disconnect-contact')] });
    expect(problems(ir)).toStrictEqual([['too-long', 'warning']]);
  });

  it('passes a prompt of short, non-empty items', () => {
    expect(problems(exported([{ type: 'tts', value: 'Hello.' }, { type: 'tts', value: 'Welcome.' }]))).toStrictEqual([]);
  });
});
