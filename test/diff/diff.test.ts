/**
 * diffFlows on variants of a made flow: each kind of change is reported exactly once, with its
 * data (kind, activity, port, before/after), and a rename is one rename. Prose is asserted only by
 * the markdown snapshot in format.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { diffFlows, type Change } from '../../src/diff/diff.js';
import { modelOf, supportLineDocument, supportLineModel } from './support-line.js';
import { reexport } from '../harness/reexport.js';
import type { SupportLineVariant } from '../fixtures/made/diff/support-line.js';

const shape = (changes: Change[]) => changes.map(({ description: _, ...data }) => data);

async function changesBetween(a: SupportLineVariant, b: SupportLineVariant): Promise<Change[]> {
  return diffFlows(await supportLineModel(a), await supportLineModel(b));
}

describe('diffFlows', () => {
  it('a flow compared with itself has no changes', async () => {
    expect(await changesBetween({}, {})).toEqual([]);
  });

  it('a pure re-layout (new ids, moved widgets, shuffled keys, new timestamps) has no changes', async () => {
    // GIVEN the compiled flow and the same flow re-serialised as a second export would be
    const document = await supportLineDocument();
    const moved = reexport(document, 42);
    // THEN the bytes differ but nothing a caller notices does
    expect(JSON.stringify(moved)).not.toBe(JSON.stringify(document));
    expect(diffFlows(modelOf(document), modelOf(moved))).toEqual([]);
  });

  it('a changed TTS text is one setting change with the texts before and after', async () => {
    const changes = await changesBetween({}, { greeting: 'Hello there.' });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'setting-changed', activity: 'Greeting' });
    expect(JSON.stringify(changes[0]!.before)).toContain('Welcome to the support line.');
    expect(JSON.stringify(changes[0]!.after)).toContain('Hello there.');
  });

  it('a new activity behind a menu option is one addition and one rewiring of that option', async () => {
    const changes = await changesBetween({}, { option2: 'PostComment' });
    expect(shape(changes)).toEqual([
      { kind: 'activity-added', activity: 'PostComment', after: expect.objectContaining({ kind: 'http-request-v2' }) },
      { kind: 'link-rewired', activity: 'MainMenu', port: '2', before: 'CallDisconnect', after: 'PostComment' },
    ]);
  });

  it('a removed activity is one removal and one rewiring', async () => {
    const changes = await changesBetween({ option2: 'PostComment' }, {});
    expect(shape(changes)).toEqual([
      { kind: 'activity-removed', activity: 'PostComment', before: expect.objectContaining({ kind: 'http-request-v2' }) },
      { kind: 'link-rewired', activity: 'MainMenu', port: '2', before: 'PostComment', after: 'CallDisconnect' },
    ]);
  });

  it('a rename is one rename, and its links are not reported as rewired', async () => {
    const changes = await changesBetween({}, { lookupName: 'FindCaller' });
    expect(shape(changes)).toEqual([{ kind: 'activity-renamed', activity: 'FindCaller', before: 'LookupUser', after: 'FindCaller' }]);
  });

  it('a rename together with a setting change is a rename and that setting change', async () => {
    const changes = await changesBetween({}, { lookupName: 'FindCaller', greeting: 'Hi.' });
    expect(changes.map((c) => [c.kind, c.activity])).toEqual([
      ['activity-renamed', 'FindCaller'],
      ['setting-changed', 'Greeting'],
    ]);
  });

  it('a case branch is named by its case value, not its position', async () => {
    const changes = await changesBetween({}, { highTarget: 'MainMenu' });
    expect(shape(changes)).toEqual([{ kind: 'link-rewired', activity: 'RouteByPriority', port: 'high', before: 'QueueAgent', after: 'MainMenu' }]);
  });

  it('wiring an optional port is a link added; unwiring it a link removed', async () => {
    expect(shape(await changesBetween({}, { greetingErrorToDisconnect: true }))).toEqual([
      { kind: 'link-added', activity: 'Greeting', port: 'error', after: 'CallDisconnect' },
    ]);
    expect(shape(await changesBetween({ greetingErrorToDisconnect: true }, {}))).toEqual([
      { kind: 'link-removed', activity: 'Greeting', port: 'error', before: 'CallDisconnect' },
    ]);
  });

  it('variables added, removed and changed are one change each', async () => {
    expect(shape(await changesBetween({}, { extraVariable: true }))).toEqual([
      { kind: 'variable-added', variable: 'callerTier', after: expect.objectContaining({ value: 'standard' }) },
    ]);
    expect(shape(await changesBetween({ extraVariable: true }, {}))).toEqual([
      { kind: 'variable-removed', variable: 'callerTier', before: expect.objectContaining({ value: 'standard' }) },
    ]);
    expect(shape(await changesBetween({}, { ticketInitial: 'none' }))).toEqual([
      { kind: 'variable-changed', variable: 'ticketID', before: expect.objectContaining({ value: 'null' }), after: expect.objectContaining({ value: 'none' }) },
    ]);
  });

  it('a newly handled event is one event-handler change plus its new activities, and no link change', async () => {
    const changes = await changesBetween({}, { handleAgentAnswered: true });
    expect(shape(changes)).toEqual([
      { kind: 'activity-added', activity: 'EndAgentAnswered', after: expect.objectContaining({ kind: 'end' }) },
      { kind: 'activity-added', activity: 'PopTicket', after: expect.objectContaining({ kind: 'screen-pop' }) },
      { kind: 'event-handler-added', event: 'AgentContactAssigned', after: ['PopTicket', 'EndAgentAnswered'] },
    ]);
    const removed = await changesBetween({ handleAgentAnswered: true }, {});
    expect(removed.filter((c) => c.kind === 'event-handler-removed')).toEqual([
      expect.objectContaining({ event: 'AgentContactAssigned', before: ['PopTicket', 'EndAgentAnswered'] }),
    ]);
    expect(removed.map((c) => c.kind).sort()).toEqual(['activity-removed', 'activity-removed', 'event-handler-removed']);
  });

  it('reports several changes in a stable order: sections first, then names', async () => {
    const variant: SupportLineVariant = { option2: 'PostComment', greeting: 'Hi.', extraVariable: true, lookupName: 'FindCaller', handleAgentAnswered: true };
    const changes = await changesBetween({}, variant);
    expect(changes.map((c) => c.kind)).toEqual([
      'activity-renamed',
      'activity-added',
      'activity-added',
      'activity-added',
      'setting-changed',
      'link-rewired',
      'variable-added',
      'event-handler-added',
    ]);
    // The same inputs, re-exported differently, give the same list.
    const again = diffFlows(modelOf(reexport(await supportLineDocument({}), 7)), modelOf(reexport(await supportLineDocument(variant), 8)));
    expect(again).toEqual(changes);
  });
});
