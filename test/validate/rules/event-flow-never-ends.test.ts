/** FG111 event-flow-never-ends: a wired event flow must reach End Flow or Disconnect Contact. */
import { describe, expect, it } from 'vitest';
import { activity, essentials, handFlow, HAND_FILE, literal, validateIr, withCode } from '../../harness/rules.js';

const flow = (last: 'end' | 'play-message') =>
  handFlow({
    first: 'Bye',
    activities: [
      activity('Bye', 'disconnect-contact'),
      activity('AgentContactAssigned', 'event', { event: 'AgentAnswered' }, { out: 'Pop' }),
      activity('Pop', 'screen-pop', { url: literal('https://x'), label: 'X' }, { default: 'Last' }),
      last === 'end' ? activity('Last', 'end') : activity('Last', 'raw', { activityId: 'x', group: 'action', properties: {}, ports: ['in'] }),
    ],
  });

describe('event-flow-never-ends (FG111)', () => {
  it('reports an event flow whose last step is not an end', () => {
    const ir = flow('play-message');
    ir.activities[3] = activity('Last', 'screen-pop', { url: literal('https://y'), label: 'Y' });
    ir.activities[2]!.links = { default: 'Last' };
    expect(essentials(withCode(validateIr(ir), 'FG111'))).toStrictEqual([
      { code: 'FG111', data: { activity: 'AgentContactAssigned' }, location: { file: HAND_FILE, activity: 'AgentContactAssigned' } },
    ]);
  });

  it('passes an event flow that ends, and unhandled event nodes', () => {
    const ir = flow('end');
    ir.activities.push(activity('GlobalErrorHandling', 'event', { event: 'OnGlobalError' }));
    expect(withCode(validateIr(ir), 'FG111')).toStrictEqual([]);
  });
});
