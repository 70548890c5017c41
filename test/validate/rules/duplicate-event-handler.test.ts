/** FG109 duplicate-event-handler: one handler node per event. */
import { describe, expect, it } from 'vitest';
import { defineFlow, z } from '../../../src/index.js';
import { activity, diagnosticsOf, essentials, handFlow, HAND_FILE, site, validateIr, withCode } from '../../harness/rules.js';

const here = import.meta.url;

describe('duplicate-event-handler (FG109)', () => {
  it('reports the second onEvent for the same event at its call site', () => {
    const flow = defineFlow({ name: 'Two_Handlers', params: z.object({}) }, (f) => {
      f.start.then(f.disconnect('Bye'));
      f.onEvent('AgentAnswered').then(f.end('EndA'));
      const again = f.onEvent('AgentAnswered'); // @again
      again.then(f.end('EndB'));
    });
    expect(essentials(withCode(diagnosticsOf(flow), 'FG109'))).toStrictEqual([
      { code: 'FG109', data: { event: 'AgentAnswered' }, location: site(here, 'again', 'onEvent') },
    ]);
  });

  it('reports a second handler of a default event in hand-written IR', () => {
    const ir = handFlow({
      first: 'Bye',
      activities: [
        activity('Bye', 'disconnect-contact'),
        activity('GlobalErrorHandling', 'event', { event: 'OnGlobalError' }),
        activity('GlobalErrorHandling2', 'event', { event: 'OnGlobalError' }),
      ],
    });
    expect(essentials(withCode(validateIr(ir), 'FG109'))).toStrictEqual([
      { code: 'FG109', data: { event: 'OnGlobalError' }, location: { file: HAND_FILE, activity: 'GlobalErrorHandling2' } },
    ]);
  });

  it('passes one handler per event, including a handled default event (the builder adds no second node)', () => {
    const flow = defineFlow({ name: 'One_Handler', params: z.object({}) }, (f) => {
      f.start.then(f.disconnect('Bye'));
      f.onEvent('OnGlobalError').then(f.end('EndError'));
      f.onEvent('AgentAnswered').then(f.end('EndAnswered'));
    });
    expect(diagnosticsOf(flow)).toStrictEqual([]);
  });
});
