/**
 * Each activity kind's `resources` (its module's knowledge of which options name an org resource)
 * as a table, and the name → id round trip through the resolver against the fake for the kinds the
 * deploy fixture cannot carry yet (business hours, subflow calls).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { activityDefinition } from '../../src/activities/index.js';
import { createClient } from '../../src/deploy/client.js';
import { flowResources, unresolvedResources } from '../../src/deploy/flow-resources.js';
import { createResolver } from '../../src/deploy/resolve.js';
import type { FlowIR } from '../../src/ir/types.js';
import { startFakeFlowApi, type FakeFlowApi } from '../harness/fake-flow-api.js';
import { hasShared } from '../harness/paths.js';

const text = (t: string) => ({ parts: [{ text: t }] });
const refsOf = (kind: string, options: Record<string, unknown>) => {
  const definition = activityDefinition(kind)!;
  const parsed = definition.options.parse(options) as Record<string, unknown>;
  return (definition.resources?.(parsed) ?? []).map((r) => ({ kind: r.kind, path: r.path.join('.'), name: r.name, id: r.id, settable: r.withId !== undefined }));
};

describe('resources() per kind', () => {
  it.each([
    ['queue-contact', { queue: { name: 'Sales' } }, [{ kind: 'queue', path: 'queue', name: 'Sales', id: undefined, settable: true }]],
    ['queue-contact', { queue: { id: 'q1', name: 'Sales' } }, [{ kind: 'queue', path: 'queue', name: 'Sales', id: 'q1', settable: true }]],
    ['http-request', { connector: { name: 'Zendesk' }, path: text('/x'), method: 'GET' }, [{ kind: 'connector', path: 'connector', name: 'Zendesk', id: undefined, settable: true }]],
    ['callback', { dialNumber: text('{{NewPhoneContact.ANI}}'), queue: 'q2' }, [{ kind: 'queue', path: 'queue', name: undefined, id: 'q2', settable: false }]],
    ['callback', { dialNumber: text('1') }, []],
    ['queue-lookup', { queue: 'q3' }, [{ kind: 'queue', path: 'queue', name: undefined, id: 'q3', settable: false }]],
    ['play-message', { audio: ['a.wav', text('{{file}}'), 'b.wav'] }, [
      { kind: 'audio-file', path: 'audio.0', name: 'a.wav', id: undefined, settable: false },
      { kind: 'audio-file', path: 'audio.2', name: 'b.wav', id: undefined, settable: false },
    ]],
    ['play-message', { tts: [text('Hello')] }, []],
    ['play-music', {}, []],
    ['play-music', { file: 'defaultmusic_on_hold.wav' }, []],
    ['play-music', { file: 'jazz.wav' }, [{ kind: 'audio-file', path: 'file', name: 'jazz.wav', id: undefined, settable: false }]],
    ['virtual-agent-voice', { connector: 'NATIVE_ADVANCED_VIRTUAL_AGENT' }, []],
    ['virtual-agent-voice', { connector: 'c-9' }, [{ kind: 'connector', path: 'connector', name: undefined, id: 'c-9', settable: false }]],
    ['business-hours', { schedule: { name: 'Office' } }, [{ kind: 'business-hours', path: 'schedule', name: 'Office', id: undefined, settable: true }]],
    ['business-hours', { scheduleVariable: text('{{bh}}') }, []],
    ['hand-off', { entryPoint: true, target: text('ep-1'), targetName: 'Main_EP' }, [{ kind: 'entry-point', path: 'target', name: 'Main_EP', id: 'ep-1', settable: true }]],
    ['hand-off', { target: { parts: [] }, targetName: 'Other_Flow', version: { id: text('Latest'), name: 'Latest' } }, [{ kind: 'flow', path: 'target', name: 'Other_Flow', id: undefined, settable: true }]],
    ['hand-off', { dynamic: true, target: { parts: [{ ref: 'next' }] }, targetName: 'next', version: { id: text('Latest'), name: 'Latest' } }, []],
    ['subflow', { subflow: { name: 'Survey' }, versionId: 'v1' }, [{ kind: 'flow', path: 'subflow', name: 'Survey', id: undefined, settable: true }]],
  ] as const)('%s %j', (kind, options, expected) => {
    expect(refsOf(kind, options as Record<string, unknown>)).toEqual(expected);
  });
});

const activity = (name: string, kind: string, options: Record<string, unknown>) => ({ name, kind, description: '', options: activityDefinition(kind)!.options.parse(options) as Record<string, unknown>, links: {} });
const ir: FlowIR = {
  name: 'Resolve_Me',
  description: '',
  variables: [],
  connectors: [],
  activities: [activity('Hours', 'business-hours', { schedule: { name: 'Office_Hours' } }), activity('Survey', 'subflow', { subflow: { name: 'Survey_Sub' }, versionId: 'v1' })],
};

describe.skipIf(!hasShared)('the resolver', () => {
  let fake: FakeFlowApi | undefined;
  afterEach(async () => fake?.close());

  it('writes the ids it finds by name; offline the same names are FG800', async () => {
    expect(unresolvedResources(ir).map((d) => d.data?.['name'])).toEqual(['Office_Hours', 'Survey_Sub']);
    fake = await startFakeFlowApi({ org: { token: 'tok-123456', businessHours: [{ id: 'bh-42', name: 'Office_Hours' }] } });
    const client = createClient({ baseUrl: fake.url, token: 'tok-123456' });
    // The subflow exists in the org: import one (the fake's state) through the API itself.
    const form = new FormData();
    form.set('file', new Blob([JSON.stringify({ name: 'Survey_Sub', process: { activities: {}, links: [] } })]), 'Survey_Sub.json');
    const imported = await client.request<{ id: string }>({ operation: 'import', method: 'POST', path: '/flow-store/org/project/5e5c9ad6d61f870d6d778c1b/flows:import', query: { overwrite: 'yes', flowType: 'SUBFLOW' }, body: { form } });
    expect(imported.ok).toBe(true);
    const resolver = createResolver(client, { tenant: 't', orgId: 'org', tokenVariable: 'T' });
    const result = await resolver.resolve(ir);
    expect(result.diagnostics).toEqual([]);
    expect(flowResources(result.ir).map((r) => [r.ref.kind, r.ref.id])).toEqual([
      ['business-hours', 'bh-42'],
      ['flow', imported.ok ? imported.body.id : ''],
    ]);
    expect(unresolvedResources(result.ir)).toEqual([]);
    expect(fake.violations).toEqual([]);
  });
});
