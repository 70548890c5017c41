/**
 * The issue-9 voice/routing factories end to end: a flow written with them validates, emits each
 * kind with its real export keys, imports back as the same typed kinds, and takes the catalogue
 * ids of its region (defineFlow, YAML, tenant file); import keeps the ids it read and names the
 * region it found. Emitting skips the ajv output check on purpose: the corpus-derived schema
 * still pins blind-transfer to the APJ id (issue 9's schema work replaces it).
 */
import { describe, expect, it } from 'vitest';
import { compileTenant } from '../../src/api/build-tenants.js';
import { buildFlow, defineFlow, type FlowDefinition } from '../../src/dsl/define-flow.js';
import { emitWebexFlow, type FlowDocument } from '../../src/emit/webex/emit.js';
import { importWebexFlow, parseExportText } from '../../src/import/webex/import.js';
import type { FlowIR } from '../../src/ir/types.js';
import { loadYamlFlow } from '../../src/load/yaml-flow.js';
import { parseTenantText } from '../../src/load/tenant-file.js';
import { printFlow } from '../../src/print/dsl.js';
import { validateFlow } from '../../src/validate/index.js';
import { z, type Region } from '../../src/index.js';
import { corpusFiles } from '../harness/corpus.js';
import { hasShared } from '../harness/paths.js';

const voiceRouting = (region?: Region): FlowDefinition =>
  defineFlow({ name: 'Voice_Routing', params: z.object({}), ...(region ? { region } : {}) }, (f) => {
    const dn = f.variable('transferNumber', 'string', { initial: '4001' });
    const errorMessage = f.variable('errorMessage', 'string');
    const hours = f.businessHours('Hours', { schedule: { id: 'bh-1', name: 'Support hours' } });
    const split = f.percentAllocation('Split', { paths: [{ name: 'Main', percent: 90 }, { name: 'Offsite', percent: 10 }] });
    const closed = f.playMessage('Closed', { say: 'We are closed.' });
    const bye = f.disconnect('Bye');
    const bridge = f.bridgedTransfer('Bridge', { to: dn, timeoutSeconds: 20 });
    const offsite = f.blindTransfer('Offsite_Transfer', { to: '+15551234567' });
    const goTo = f.goTo('ToErrorFlow', { flow: { id: '65d62d1a8d21811510c5dfaf', name: 'ErrorFlow' }, variables: [{ from: errorMessage, to: 'errorMessage' }] });
    f.start.then(hours);
    hours.routes({ workingHours: split, holidays: closed, override: closed, default: closed });
    closed.then(bye);
    split.routes({ Main: bridge, Offsite: offsite });
    bridge.routes({ default: goTo, failure: bye });
    goTo.on('error', bye);
    f.onEvent('AgentDisconnected').then(f.feedback('Survey', { survey: 'inline:6226f3cbd65aee758f8aae18:eecca720', customerId: f.call.ani })).then(f.end('SurveyDone'));
  });

async function emit(ir: FlowIR) {
  const { diagnostics, index } = validateFlow(ir);
  return { diagnostics, document: diagnostics.some((d) => d.severity === 'error') ? undefined : await emitWebexFlow(index) };
}

function properties(document: FlowDocument): Map<string, Record<string, unknown>> {
  const doc = document as { process: { activities: Record<string, { name: string; properties: Record<string, unknown> }> }; eventFlows: { eventsMap: Record<string, { process: { activities: Record<string, { name: string; properties: Record<string, unknown> }> } }> } };
  const all = [...Object.values(doc.process.activities), ...Object.values(doc.eventFlows.eventsMap['GLOBAL_EVENTS']?.process.activities ?? {})];
  return new Map(all.map((a) => [a.name, a.properties]));
}

describe('a flow written with the voice/routing factories', () => {
  it('validates (only the survey lacks a US/EU id: FG305) and writes each kind with its real export keys and the US/EU ids', async () => {
    const { ir, diagnostics: built } = buildFlow(voiceRouting(), {});
    const { diagnostics, document } = await emit(ir);
    expect([...built, ...diagnostics].map((d) => [d.code, d.data?.['activity'], d.data?.['used']])).toStrictEqual([['FG305', 'Survey', 'apj']]);
    const props = properties(document!);
    expect(props.get('Hours')).toMatchObject({ activityName: 'business-hours', activityId: 'business-hours', businessHoursRadioGroup: 'staticBusinessHours', businessHoursId: 'bh-1', 'businessHoursId:name': 'Support hours' });
    expect(props.get('Split')).toMatchObject({ activityId: 'percent-allocation', allocations: ['0', '1'], 'allocations:input': ['{"percent":90,"desc":"Main"}', '{"percent":10,"desc":"Offsite"}'] });
    expect(props.get('Bridge')).toMatchObject({ activityId: '65fa5ba4f86763546736eaf3', transfertodn: '{{transferNumber}}', 'transfertodn:radioName': 'setToVariable', timeout: 20 });
    expect(props.get('Offsite_Transfer')).toMatchObject({ activityId: '5faa897107cf954e1147199a', transfertodn: '+15551234567', 'transfertodn:radioName': 'dn' });
    expect(props.get('ToErrorFlow')).toMatchObject({ activityId: 'hand-off', handOffFlow: { handOffToName: 'ErrorFlow', isEntryPoint: false, flowTagId: 'Latest', handOffTo: '65d62d1a8d21811510c5dfaf', mappedVariableArray: '[{"src":"errorMessage","target":"errorMessage","type":"STRING"}]', flowTagName: 'Latest' } });
    expect(props.get('Survey')).toMatchObject({ activityName: 'Feedback-V2', customerId: '{{NewPhoneContact.ANI}}' });
    expect(props.get('Closed')!['activityId']).toBe('5f114466ef5cfc454fbbf131');
  });

  it('links the allocation by position and imports back as the same typed kinds and wiring', async () => {
    const { ir } = buildFlow(voiceRouting(), {});
    const { document } = await emit(ir);
    const links = (document as { process: { links: { conditionExpr: string }[] } }).process.links.map((l) => l.conditionExpr);
    expect(links).toEqual(expect.arrayContaining(['0', '1', 'workingHours', 'holidays', 'override', 'default', 'failure', 'error']));
    const back = importWebexFlow(JSON.parse(JSON.stringify(document)));
    expect(back.diagnostics.filter((d) => d.code === 'FG030')).toStrictEqual([]);
    const kinds = Object.fromEntries(back.ir!.activities.map((a) => [a.name, a.kind]));
    expect(kinds).toMatchObject({ Hours: 'business-hours', Split: 'percent-allocation', Bridge: 'bridged-transfer', Offsite_Transfer: 'blind-transfer', ToErrorFlow: 'hand-off', Survey: 'feedback' });
    const split = back.ir!.activities.find((a) => a.name === 'Split')!;
    expect(split.links).toStrictEqual({ Main: 'Bridge', Offsite: 'Offsite_Transfer' });
  });

  it('reports a missing business-hours branch (FG102) like any required port', async () => {
    const flow = defineFlow({ name: 'Unwired', params: z.object({}) }, (f) => {
      const bye = f.disconnect('Bye');
      const hours = f.businessHours('Hours', { scheduleVariable: f.variable('bh', 'string') });
      f.start.then(hours);
      hours.on('workingHours', bye).on('default', bye);
    });
    const { diagnostics } = validateFlow(buildFlow(flow, {}).ir);
    expect(diagnostics.filter((d) => d.code === 'FG102').map((d) => d.data?.['port']).sort()).toStrictEqual(['holidays', 'override']);
  });
});

describe('regions', () => {
  it('gives new activities the APJ ids and warns (FG305) where flowgen knows none', async () => {
    const { ir } = buildFlow(voiceRouting('apj'), {});
    const { diagnostics, document } = await emit(ir);
    const props = properties(document!);
    expect(props.get('Closed')!['activityId']).toBe('606d3c7f79e48057e3c47eb4');
    expect(props.get('Bye')!['activityId']).toBe('606c87008924f14526c564b5');
    expect(props.get('Offsite_Transfer')!['activityId']).toBe('606c86b98924f14526c564b3');
    expect(props.get('Survey')!['activityId']).toBe('60a6360ea423a03f3b928da6');
    expect(diagnostics.map((d) => [d.code, d.severity, d.data?.['activity'], d.data?.['used']])).toStrictEqual([['FG305', 'warning', 'Bridge', 'us-eu']]);
  });

  it('never warns for an imported activity, which keeps the id it was exported with', async () => {
    const survey = defineFlow({ name: 'Survey', params: z.object({}) }, (f) => {
      f.start.then(f.disconnect('Bye'));
      f.onEvent('AgentDisconnected').then(f.feedback('Survey', { survey: 'inline:1:2' })).then(f.end('Done'));
    });
    const { ir } = buildFlow(survey, {});
    expect(validateFlow(ir).diagnostics.map((d) => [d.code, d.data?.['used']])).toStrictEqual([['FG305', 'apj']]);
    const { document } = await emit(ir);
    const back = importWebexFlow(JSON.parse(JSON.stringify(document)));
    expect(validateFlow(back.ir!).diagnostics.filter((d) => d.code === 'FG305')).toStrictEqual([]);
  });

  it('rejects an unknown region (FG012) with a suggestion', () => {
    const flow = defineFlow({ name: 'R', params: z.object({}), region: 'ajp' as Region }, (f) => f.start.then(f.disconnect('Bye')));
    const [d] = validateFlow(buildFlow(flow, {}).ir).diagnostics;
    expect([d?.code, d?.data?.['region'], d?.hint]).toStrictEqual(['FG012', 'ajp', 'Did you mean "apj"?']);
  });

  it('builds the kinds from a YAML flow by their options, with the YAML region', async () => {
    const yaml = `name: Yaml_Routing
region: apj
variables:
  bh: { type: string, initial: 'bh-1' }
  dn: { type: string, initial: '4001' }
start: Hours
activities:
  Hours: { kind: business-hours, options: { scheduleVariable: '{{bh}}' }, links: { workingHours: Split, holidays: Bye, override: Bye, default: Bye } }
  Split: { kind: percent-allocation, options: { paths: [{ name: Main, percent: 80 }, { name: Other, percent: 20 }] }, links: { Main: Bridge, Other: GoTo } }
  Bridge: { kind: bridged-transfer, options: { dialNumberVariable: dn }, links: { default: Bye, failure: Bye } }
  GoTo: { kind: hand-off, options: { target: '65c257749e107e688c8aae76', targetName: HelloWorld_Flow, version: { id: Live, name: Live } } }
  Bye: { kind: disconnect-contact }
`;
    const loaded = loadYamlFlow('flows/y.flow.yaml', yaml);
    expect(loaded.diagnostics).toStrictEqual([]);
    const { diagnostics, document } = await emit(loaded.ir!);
    expect(diagnostics.map((d) => [d.code, d.data?.['activity']])).toStrictEqual([['FG305', 'Bridge']]);
    const props = properties(document!);
    expect(props.get('Bye')!['activityId']).toBe('606c87008924f14526c564b5');
    expect(props.get('Hours')!['businessHoursVariable']).toBe('{{bh}}');
    expect(props.get('GoTo')!['handOffFlow']).toMatchObject({ handOffTo: '65c257749e107e688c8aae76', flowTagId: 'Live', isDynamic: false });
  });

  it('reads `region:` from a YAML flow, and refuses an unknown one at its line', () => {
    const yaml = (region: string) => `name: Y\nregion: ${region}\nstart: Bye\nactivities:\n  Bye: { kind: disconnect-contact }\n`;
    expect(loadYamlFlow('flows/y.flow.yaml', yaml('apj')).ir?.region).toBe('apj');
    const bad = loadYamlFlow('flows/y.flow.yaml', yaml('emea'));
    expect(bad.diagnostics.map((d) => [d.code, (d.location as { line?: number }).line])).toStrictEqual([['FG041', 2]]);
  });

  it('takes a tenant file\'s region over the definition\'s, and checks it', async () => {
    const definitions = new Map([['Voice_Routing', { definition: voiceRouting(), file: 'flows/voice-routing.flow.ts' }]]);
    const loaded = parseTenantText('region: apj\nflows:\n  Voice_Routing: {}\n', 'tenants/apac.yaml');
    const compiled = await compileTenant(loaded.tenant!, definitions, {});
    expect(compiled.flows[0]!.ir!.region).toBe('apj');
    const bad = parseTenantText('region: apac\nflows:\n  Voice_Routing: {}\n', 'tenants/apac.yaml');
    expect(bad.diagnostics.map((d) => [d.code, (d.location as { line?: number }).line, d.hint])).toStrictEqual([['FG502', 1, 'Did you mean "apj"?']]);
  });

  it.skipIf(!hasShared)('import keeps the ids it read and names the region it found (CARS: apj; the rest: default)', async () => {
    const regions = new Map<string, string | undefined>();
    for (const file of corpusFiles) {
      const { ir } = importWebexFlow(parseExportText(file.text, file.name).document, file.name);
      if (ir) regions.set(file.name, ir.region);
    }
    const named = [...regions].filter(([, r]) => r !== undefined);
    expect(named.map(([f, r]) => [f.includes('Cars_Export'), r])).toStrictEqual([[true, 'apj'], [true, 'apj'], [true, 'apj']]);
    const cars = corpusFiles.find((f) => f.name.endsWith('Cars_Export-voice - Copy.json'))!;
    const { ir } = importWebexFlow(parseExportText(cars.text, cars.name).document, cars.name);
    const printed = await printFlow(ir!, { source: cars.name, shapeFile: 'flow.webex.json' });
    expect(printed.source).toContain("region: 'apj',");
  });
});
