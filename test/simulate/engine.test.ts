/**
 * The engine on small flows built as IR: error routing (error link, OnGlobalError, nothing),
 * events, the limits, kinds without semantics, unmatched requests, fixtures' `times`, subflows.
 */
import { describe, expect, it } from 'vitest';
import { activityDefinition } from '../../src/activities/index.js';
import type { ActivityIR, FlowIR, VariableIR } from '../../src/ir/types.js';
import { simulateCall } from '../../src/simulate/engine.js';
import type { Fixture } from '../../src/simulate/http.js';
import { callScenario, DEFAULT_AGENT } from '../../src/simulate/scenario.js';

const t = (text: string) => ({ parts: [{ text }] });
function activity(name: string, kind: string, options: unknown, links: Record<string, string> = {}): ActivityIR {
  return { name, kind, description: '', options: activityDefinition(kind)!.options.parse(options) as Record<string, unknown>, links };
}
function variable(name: string, type: VariableIR['type'], initialValue: string | null): VariableIR {
  return { name, type, description: '', initialValue, desktopLabel: null, agentEditable: false, reportable: false, secure: false };
}
function flow(activities: ActivityIR[], variables: VariableIR[] = [], name = 'Test_Flow'): FlowIR {
  return { name, description: '', variables, connectors: [], activities };
}
const start = (to: string) => activity('NewPhoneContact', 'start', {}, { out: to });
const say = (name: string, text: string, to?: string) => activity(name, 'play-message', { tts: [t(text)] }, to ? { default: to } : {});
const bye = (name = 'Bye') => activity(name, 'disconnect-contact', {});
const queue = (name: string, links: Record<string, string>, check = false) => activity(name, 'queue-contact', { queue: { id: 'q-1', name: 'Support' }, checkAgentAvailability: check }, links);
const music = (name = 'Music') => activity(name, 'play-music', { durationSeconds: 30 }, { default: name });
const onEvent = (name: string, event: string, to: string) => activity(name, 'event', { event }, { out: to });

describe('error routing (docs/webex-activities-and-api.md §1.1)', () => {
  const check = activity('Check', 'condition', { expression: t('{{ missing > 1 }}') }, { true: 'Yes', false: 'Yes' });
  it('an evaluation error takes the error link when wired', async () => {
    const withLink = { ...check, links: { ...check.links, error: 'Oops' } };
    const result = await simulateCall({ flow: flow([start('Check'), withLink, say('Yes', 'yes', 'Bye'), say('Oops', 'oops', 'Bye'), bye()]), scenario: callScenario() });
    expect(result.prompts).toStrictEqual(['oops']);
    expect(result.path.find((p) => p.activity === 'Check')?.port).toBe('error');
    expect(result.outcome).toStrictEqual({ type: 'disconnected' });
  });
  it('without an error link it goes to the OnGlobalError event flow', async () => {
    const result = await simulateCall({ flow: flow([start('Check'), check, say('Yes', 'yes', 'Bye'), bye(), onEvent('GlobalErrorHandling', 'OnGlobalError', 'Sorry'), say('Sorry', 'sorry', 'Bye2'), bye('Bye2')]), scenario: callScenario() });
    expect(result.prompts).toStrictEqual(['sorry']);
    expect(result.events).toStrictEqual(['OnGlobalError', 'PhoneContactEnded']);
  });
  it('without either, the flow ends in error', async () => {
    const result = await simulateCall({ flow: flow([start('Check'), check, say('Yes', 'yes', 'Bye'), bye()]), scenario: callScenario() });
    expect(result.outcome).toStrictEqual({ type: 'error' });
    expect(result.diagnostics).toStrictEqual([]);
  });
});

describe('agents and the caller', () => {
  const queued = () => flow([start('Q'), queue('Q', { default: 'Music', failure: 'Busy' }, true), music(), say('Busy', 'busy', 'Bye'), bye(), onEvent('AgentContactAssigned', 'AgentAnswered', 'Pop'), activity('Pop', 'screen-pop', { url: t('https://crm/{{AgentAnswered.AgentName}}'), label: 'CRM' }, { default: 'End' }), activity('End', 'end', {})]);
  it('an answering agent interrupts the music and fires AgentAnswered with its data', async () => {
    const result = await simulateCall({ flow: queued(), scenario: callScenario({ agent: { ...DEFAULT_AGENT, name: 'Sam', answersAfterSeconds: 45 } }) });
    expect(result.outcome).toStrictEqual({ type: 'queued', queue: 'Support' });
    expect(result.events).toStrictEqual(['AgentAnswered']);
    expect(result.transcript.map((l) => l.text)).toContain('agent desktop opens "CRM": https://crm/Sam');
    expect(result.path.filter((p) => p.activity === 'Music')).toHaveLength(2);
    expect(result.durationMs).toBe(45_000);
  });
  it('no agent: the availability check takes failure', async () => {
    const result = await simulateCall({ flow: queued(), scenario: callScenario({ agent: 'none' }) });
    expect(result.prompts).toStrictEqual(['busy']);
  });
  it('nobody answers: the call waits in queue and the run stops when the treatment repeats', async () => {
    const result = await simulateCall({ flow: queued(), scenario: callScenario() });
    expect(result.outcome).toStrictEqual({ type: 'queued', queue: 'Support' });
    expect(result.events).toStrictEqual([]);
  });
  it('a hang-up interrupts the running prompt and fires PhoneContactEnded', async () => {
    const result = await simulateCall({ flow: flow([start('Long'), say('Long', 'one two three four five six seven eight nine ten', 'Bye'), bye()]), scenario: callScenario({ hangupAfterSeconds: 2 }) });
    expect(result.outcome).toStrictEqual({ type: 'disconnected' });
    expect(result.events).toStrictEqual(['PhoneContactEnded']);
    expect(result.path.at(-1)).toStrictEqual({ activity: 'Long', kind: 'play-message', port: null });
  });
});

describe('what stops a run (never a guess)', () => {
  it('a kind without semantics stops with FG700 naming the activity', async () => {
    const raw = activity('Hours', 'raw', { activityName: 'business-hours', activityId: 'x', group: 'enum-gateway', properties: {}, ports: ['in', 'workingHours'] }, { workingHours: 'Bye' });
    const result = await simulateCall({ flow: flow([start('Hours'), raw, bye()]), scenario: callScenario(), file: 'f.json' });
    expect(result.outcome).toStrictEqual({ type: 'error' });
    expect(result.diagnostics.map((d) => [d.code, d.location])).toStrictEqual([['FG700', { file: 'f.json', activity: 'Hours' }]]);
    expect(result.diagnostics[0]!.message).toContain('business-hours');
  });
  it('an unmatched request stops with FG701 naming it', async () => {
    const http = activity('Lookup', 'http-request', { url: t('https://api.example.com/v1/x?id={{NewPhoneContact.ANI}}') }, { default: 'Bye' });
    const result = await simulateCall({ flow: flow([start('Lookup'), http, bye()]), scenario: callScenario({ ani: '42' }) });
    expect(result.diagnostics.map((d) => d.code)).toStrictEqual(['FG701']);
    expect(result.diagnostics[0]!.message).toContain('GET https://api.example.com/v1/x?id=42');
  });
  it('a menu that repeats on timeout forever stops with FG704', async () => {
    const menu = activity('Menu', 'menu', { tts: [t('Press 1')], choices: { 1: 'a' } }, { 1: 'Bye', timeout: 'Menu', invalid: 'Menu' });
    const result = await simulateCall({ flow: flow([start('Menu'), menu, bye()]), scenario: callScenario({ maxSeconds: 120 }) });
    expect(result.diagnostics.map((d) => d.code)).toStrictEqual(['FG704']);
  });
});

describe('fixtures and subflows', () => {
  it('a fixture with times answers that often, then the next one answers', async () => {
    const http = activity('Lookup', 'http-request', { connector: { id: 'c', name: 'Api' }, path: t('/x'), retries: 2 }, { default: 'Bye' });
    const fixtures: Fixture[] = [
      { request: { method: 'GET', url: '/x' }, response: { status: 500 }, times: 1 },
      { request: { method: 'GET', url: '/x' }, response: { status: 200, body: { ok: true } } },
    ];
    const result = await simulateCall({ flow: flow([start('Lookup'), http, bye()]), scenario: callScenario(), fixtures });
    expect(result.requests.map((r) => r.status)).toStrictEqual([500, 200]);
  });
  it('a subflow runs with its inputs and hands back its outputs', async () => {
    const sub = flow([activity('NewSubFlowStart', 'subflow-start', {}, { out: 'Double' }), activity('Double', 'set-variable', { variable: 'result', variableType: 'string', value: t('{{ value }}{{ value }}') }, { out: 'Done' }), activity('Done', 'end-subflow', {})], [variable('value', 'string', null), variable('result', 'string', null)], 'Doubler');
    const call = activity('Sub', 'subflow', { subflow: { id: 's1', name: 'Doubler' }, versionId: 'v1', inputs: [{ variable: 'word', subflowVariable: 'value', type: 'string' }], outputs: [{ variable: 'answer', subflowVariable: 'result', type: 'string' }] }, { default: 'Tell' });
    const main = flow([start('Sub'), call, say('Tell', 'It is {{answer}}.', 'Bye'), bye()], [variable('word', 'string', 'ab'), variable('answer', 'string', null)]);
    const result = await simulateCall({ flow: main, scenario: callScenario(), loadSubflow: async (name) => (name === 'Doubler' ? sub : undefined) });
    expect(result.prompts).toStrictEqual(['It is abab.']);
    expect(result.path.map((p) => p.activity)).toContain('Doubler/Double');
  });
});
