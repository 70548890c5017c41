/** FG101 unreachable-activity (a warning): nothing reaches the activity, so it never runs (FC1004). */
import { describe, expect, it } from 'vitest';
import { defineFlow, z } from '../../../src/index.js';
import { activity, diagnosticsOf, handFlow, HAND_FILE, site, validateIr, withCode } from '../../harness/rules.js';

const here = import.meta.url;

describe('unreachable-activity (FG101)', () => {
  it('reports an activity no start or event reaches, as a warning at its call site', () => {
    const flow = defineFlow({ name: 'Orphaned', params: z.object({}) }, (f) => {
      f.start.then(f.disconnect('Bye'));
      f.playMessage('Orphan', { say: 'Nobody hears this.' }); // @orphan
    });
    expect(withCode(diagnosticsOf(flow), 'FG101').map(({ code, severity, data, location }) => ({ code, severity, data, location }))).toStrictEqual([
      { code: 'FG101', severity: 'warning', data: { activity: 'Orphan' }, location: site(here, 'orphan', 'playMessage') },
    ]);
  });

  it('reports an island of two activities linked only to each other (hand-written IR)', () => {
    const ir = handFlow({
      first: 'Bye',
      activities: [activity('Bye', 'disconnect-contact'), activity('Hold', 'play-music', {}, { default: 'Hold2' }), activity('Hold2', 'play-music', {}, { default: 'Hold' })],
    });
    expect(withCode(validateIr(ir), 'FG101').map(({ data, location }) => ({ data, location }))).toStrictEqual([
      { data: { activity: 'Hold' }, location: { file: HAND_FILE, activity: 'Hold' } },
      { data: { activity: 'Hold2' }, location: { file: HAND_FILE, activity: 'Hold2' } },
    ]);
  });

  it('passes activities reached from the start or an event, and unhandled default event nodes', () => {
    const flow = defineFlow({ name: 'Reached', params: z.object({}) }, (f) => {
      f.start.then(f.disconnect('Bye'));
      f.onEvent('AgentAnswered').then(f.end('EndAnswered'));
    });
    expect(diagnosticsOf(flow)).toStrictEqual([]);
  });
});
