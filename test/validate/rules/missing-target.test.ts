/** FG103 missing-target: a link must lead to an activity that exists and has an `in` port. */
import { describe, expect, it } from 'vitest';
import { defineFlow, z, type Target } from '../../../src/index.js';
import { activity, diagnosticsOf, essentials, handFlow, HAND_FILE, site, validateIr, withCode } from '../../harness/rules.js';

const here = import.meta.url;

describe('missing-target (FG103)', () => {
  it('reports a link to an activity that does not exist (hand-written IR)', () => {
    const ir = handFlow({ first: 'Greet', activities: [activity('Greet', 'play-message', { tts: [{ parts: [{ text: 'Hi' }] }] }, { default: 'Byee' }), activity('Bye', 'disconnect-contact')] });
    const found = withCode(validateIr(ir), 'FG103');
    expect(essentials(found)).toStrictEqual([
      { code: 'FG103', data: { activity: 'Greet', port: 'default', target: 'Byee' }, location: { file: HAND_FILE, activity: 'Greet' } },
    ]);
    expect(found[0]!.hint).toContain('"Bye"');
  });

  it('reports a link into an event node (hand-written IR)', () => {
    const ir = handFlow({ first: 'AgentContactAssigned', activities: [activity('AgentContactAssigned', 'event', { event: 'AgentAnswered' })] });
    expect(essentials(withCode(validateIr(ir), 'FG103'))).toStrictEqual([
      { code: 'FG103', data: { activity: 'NewPhoneContact', port: 'out', target: 'AgentContactAssigned' }, location: { file: HAND_FILE, activity: 'NewPhoneContact' } },
    ]);
  });

  it('reports a link into a raw activity whose widget has no in port (an imported subflow start)', () => {
    const entryless = { activityName: 'future-start', activityId: 'x', group: 'start', properties: { name: 'FutureStart' }, ports: ['out'] };
    const ir = handFlow({ first: 'FutureStart', activities: [activity('FutureStart', 'raw', entryless)] });
    const found = withCode(validateIr(ir), 'FG103');
    expect(essentials(found)).toStrictEqual([
      { code: 'FG103', data: { activity: 'NewPhoneContact', port: 'out', target: 'FutureStart' }, location: { file: HAND_FILE, activity: 'NewPhoneContact' } },
    ]);
    expect(found[0]!.message).toContain('cannot be entered');
  });

  it('passes a link into a raw activity whose widget has an in port', () => {
    const enterable = { activityName: 'future-kind', activityId: 'x', group: 'future', properties: { name: 'Future' }, ports: ['in', 'out'] };
    const ir = handFlow({ first: 'Future', activities: [activity('Future', 'raw', enterable)] });
    expect(withCode(validateIr(ir), 'FG103')).toStrictEqual([]);
  });

  it('reports, at the link call site, a JS author linking back to the start node', () => {
    const flow = defineFlow({ name: 'Loop_To_Start', params: z.object({}) }, (f) => {
      const greet = f.playMessage('Greet', { say: 'Hello.' });
      f.start.then(greet);
      greet.then(f.start as unknown as Target); // @back
    });
    expect(essentials(withCode(diagnosticsOf(flow), 'FG103'))).toStrictEqual([
      { code: 'FG103', data: { activity: 'Greet', port: 'default', target: 'NewPhoneContact' }, location: site(here, 'back', 'then') },
    ]);
  });

  it('passes links to existing activities', () => {
    const flow = defineFlow({ name: 'Linked', params: z.object({}) }, (f) => {
      f.start.then(f.playMessage('Greet', { say: 'Hello.' })).then(f.disconnect('Bye'));
    });
    expect(diagnosticsOf(flow)).toStrictEqual([]);
  });
});
