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
});
