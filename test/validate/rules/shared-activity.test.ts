/** FG106 shared-activity: an activity belongs to one flow (main or one event flow; FC1013). */
import { describe, expect, it } from 'vitest';
import { defineFlow, z } from '../../../src/index.js';
import { activity, diagnosticsOf, essentials, handFlow, HAND_FILE, site, validateIr, withCode } from '../../harness/rules.js';

const here = import.meta.url;

describe('shared-activity (FG106)', () => {
  it('reports an activity reached from the main flow and from an event flow, at its call site', () => {
    const flow = defineFlow({ name: 'Shared', params: z.object({}) }, (f) => {
      const bye = f.disconnect('Bye'); // @bye
      f.start.then(bye);
      f.onEvent('AgentAnswered').then(bye);
    });
    expect(essentials(withCode(diagnosticsOf(flow), 'FG106'))).toStrictEqual([
      { code: 'FG106', data: { activity: 'Bye', roots: 'NewPhoneContact,AgentContactAssigned' }, location: site(here, 'bye', 'disconnect') },
    ]);
  });

  it('reports an activity shared by two event flows (hand-written IR)', () => {
    const ir = handFlow({
      first: 'Bye',
      activities: [
        activity('Bye', 'disconnect-contact'),
        activity('AgentContactAssigned', 'event', { event: 'AgentAnswered' }, { out: 'Finish' }),
        activity('ContactEnded', 'event', { event: 'PhoneContactEnded' }, { out: 'Finish' }),
        activity('Finish', 'end'),
      ],
    });
    expect(essentials(withCode(validateIr(ir), 'FG106'))).toStrictEqual([
      { code: 'FG106', data: { activity: 'Finish', roots: 'AgentContactAssigned,ContactEnded' }, location: { file: HAND_FILE, activity: 'Finish' } },
    ]);
  });

  it('passes separate activities per flow, and a self-loop within one flow', () => {
    const flow = defineFlow({ name: 'Separate', params: z.object({}) }, (f) => {
      const queue = f.queueContact('Queue', { queue: { id: 'q1', name: 'Support' } });
      f.start.then(queue).then(f.playMusic('Hold')).loop();
      f.onEvent('AgentAnswered').then(f.end('EndAnswered'));
      f.onEvent('PhoneContactEnded').then(f.end('EndEnded'));
    });
    expect(diagnosticsOf(flow)).toStrictEqual([]);
  });
});
