/** FG304 silent-queue: a queued call is followed by music, a message or a menu. */
import { describe, expect, it } from 'vitest';
import { activity, essentials, handFlow, HAND_FILE, literal, validateIr, withCode } from '../../harness/rules.js';

const queued = (next: ReturnType<typeof activity>) =>
  handFlow({ first: 'Queue', activities: [activity('Queue', 'queue-contact', { queue: { id: 'q', name: 'Q' } }, { default: next.name }), next, activity('Bye', 'disconnect-contact')] });

describe('silent-queue (FG304)', () => {
  it('reports a queue followed only by silent steps', () => {
    const ir = queued(activity('Check', 'condition', { expression: literal('{{ 1 == 1 }}') }, { true: 'Bye', false: 'Bye' }));
    expect(essentials(withCode(validateIr(ir), 'FG304'))).toStrictEqual([{ code: 'FG304', data: { activity: 'Queue' }, location: { file: HAND_FILE, activity: 'Queue' } }]);
  });

  it('passes a queue followed by Play Music looping on itself', () => {
    const ir = queued(activity('Hold', 'play-music', {}, { default: 'Hold' }));
    expect(withCode(validateIr(ir), 'FG304')).toStrictEqual([]);
  });

  it('passes a messaging queue followed by a Send Message update (BYO messaging template)', () => {
    const update = activity('SendQueueUpdates', 'send-custom-message', { channel: { id: 'c', name: 'C' }, text: literal('Please wait.') }, { default: 'Bye' });
    expect(withCode(validateIr(queued(update)), 'FG304')).toStrictEqual([]);
  });

  // Issue 10: the rule kept one list of flowgen kinds and one of Webex names, and they disagreed.
  it('passes a queue followed by a Collect Digits written in flowgen, as it passes an imported one', () => {
    const written = activity('Account', 'collect-digits', { tts: [literal('Key your account number.')] }, { default: 'Bye', timeout: 'Bye', invalid: 'Bye' });
    const imported = activity('Account', 'raw', { activityName: 'ivr-collectdigits', activityId: 'x', group: 'action', properties: { activityName: 'ivr-collectdigits' }, ports: ['in', 'default'] }, { default: 'Bye' });
    expect(withCode(validateIr(queued(written)), 'FG304')).toStrictEqual([]);
    expect(withCode(validateIr(queued(imported)), 'FG304')).toStrictEqual([]);
  });

  it.each([
    ['a subflow (queue treatment)', activity('Treatment', 'subflow', { subflow: { id: 's', name: 'Queue treatment' } }, { default: 'Bye' })],
    ['a virtual agent', activity('Bot', 'virtual-agent', { virtualAgent: { id: 'v', name: 'Bot' } }, { handled: 'Bye', escalated: 'Bye' })],
  ])('passes a queue followed by %s written in flowgen', (_, next) => {
    expect(withCode(validateIr(queued(next)), 'FG304')).toStrictEqual([]);
  });

  it('reports a queue kept raw from an export when only silent steps follow it', () => {
    const queue = activity('Queue', 'raw', { activityName: 'queue-contact', activityId: 'x', group: 'action', properties: { activityName: 'queue-contact' }, ports: ['in', 'default'] }, { default: 'Bye' });
    const ir = handFlow({ first: 'Queue', activities: [queue, activity('Bye', 'disconnect-contact')] });
    expect(withCode(validateIr(ir), 'FG304').map((d) => d.data)).toStrictEqual([{ activity: 'Queue' }]);
  });
});
