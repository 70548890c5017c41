/**
 * Each kind's run-time semantics (its module's `simulate`), run against a recording stand-in for
 * the call: which port it takes for which input, what it says, sends, queues and writes.
 */
import { describe, expect, it } from 'vitest';
import { activityDefinition } from '../../src/activities/index.js';
import type { BusinessHoursAnswer, DigitAnswer, HttpAnswer, HttpCall, QueueAnswer, SimulatedCall, SimulatedValue, SimulationStep } from '../../src/activities/shared/simulation.js';
import { renderText } from '../../src/ir/template.js';
import { renderPebble, type PebbleValue } from '../../src/simulate/pebble/evaluate.js';
import { selectJson } from '../../src/simulate/json-path.js';

interface Recorder {
  said: string[];
  written: Record<string, SimulatedValue>;
  outputs: Record<string, SimulatedValue>;
  requests: HttpCall[];
  log: string[];
}

function fakeCall(input: { vars?: Record<string, SimulatedValue>; digits?: DigitAnswer; http?: HttpAnswer[]; queue?: QueueAnswer; answer?: { port?: string; outputs?: Record<string, SimulatedValue> }; hours?: BusinessHoursAnswer; random?: number } = {}): { call: SimulatedCall; rec: Recorder } {
  const rec: Recorder = { said: [], written: {}, outputs: {}, requests: [], log: [] };
  const vars = { ...(input.vars ?? {}) };
  const answers = [...(input.http ?? [])];
  const render = (text: string) => renderPebble(text, { lookup: (n) => vars[n] as PebbleValue, now: new Date('2026-03-10T14:00:00Z') });
  const call: SimulatedCall = {
    activity: 'A',
    contact: { ani: '+14085551234', dnis: '+18005550100', interactionId: 'i', orgId: 'o', entryPointId: 'e', flowId: 'f' },
    eventData: { AgentName: 'Sam' },
    render: (t) => render(renderText(t)),
    renderText: render,
    read: (r) => (vars[r] ?? null) as SimulatedValue,
    write: (v, value) => void (rec.written[v] = vars[v] = value),
    output: (n, v) => void (rec.outputs[n] = v),
    selectJson,
    say: (texts) => void rec.said.push(...texts),
    playAudio: (files) => void rec.said.push(...files.map((f) => `[${f}]`)),
    playMusic: (file, seconds) => void rec.log.push(`music ${file} ${seconds}`),
    collectDigits: (request) => {
      rec.said.push(...request.prompts);
      return input.digits ?? { timeout: true };
    },
    wait: () => undefined,
    http: async (request) => {
      rec.requests.push(request);
      return answers.shift() ?? { status: 200, body: '{}', headers: {}, timedOut: false };
    },
    queue: (request) => {
      rec.log.push(`queue ${request.queueName} ${request.checkAgentAvailability}`);
      return input.queue ?? { queued: true };
    },
    queueToAgent: () => ({ queued: true, agentId: 'agent-1' }),
    transfer: (n) => void rec.log.push(`transfer ${n}`),
    screenPop: (url, label) => void rec.log.push(`pop ${label} ${url}`),
    callback: (n) => void rec.log.push(`callback ${n}`),
    note: (t) => void rec.log.push(t),
    subflow: async () => ({ out: 'from subflow' }),
    scenarioAnswer: () => input.answer,
    businessHours: () => input.hours,
    random: () => input.random ?? 0.5,
    fail: (reason) => {
      throw new Error(`fail: ${reason}`);
    },
    unsupported: (reason) => {
      throw new Error(`unsupported: ${reason}`);
    },
  };
  return { call, rec };
}

const text = (t: string) => ({ parts: [{ text: t }] });
async function run(kind: string, options: unknown, call: SimulatedCall): Promise<SimulationStep> {
  const definition = activityDefinition(kind)!;
  const parsed = definition.options.parse(options);
  return definition.simulate!(parsed, call);
}

describe('every kind flowgen models has semantics, except the raw escape hatch', () => {
  it('has simulate on every kind but raw', async () => {
    const { activityKinds } = await import('../../src/activities/index.js');
    expect(activityKinds.filter((k) => !k.simulate).map((k) => k.kind)).toStrictEqual(['raw']);
  });
});

describe('start, events, ends', () => {
  it('start exposes the caller data and leaves by out', async () => {
    const { call, rec } = fakeCall();
    expect(await run('start', {}, call)).toStrictEqual({ port: 'out' });
    expect(rec.outputs).toMatchObject({ ANI: '+14085551234', DNIS: '+18005550100', ani: '+14085551234' });
  });
  it('an event node exposes the event data', async () => {
    const { call, rec } = fakeCall();
    expect(await run('event', { event: 'AgentAnswered' }, call)).toStrictEqual({ port: 'out' });
    expect(rec.outputs).toStrictEqual({ AgentName: 'Sam' });
  });
  it.each([
    ['disconnect-contact', 'disconnected'],
    ['end', 'ended'],
    ['end-subflow', 'ended'],
  ])('%s ends with %s', async (kind, end) => {
    expect(await run(kind, {}, fakeCall().call)).toStrictEqual({ end });
  });
  it('blind transfer renders the number and ends as transferred', async () => {
    const { call, rec } = fakeCall({ vars: { dn: '4001' } });
    expect(await run('blind-transfer', { dialNumber: text('{{dn}}') }, call)).toStrictEqual({ end: 'transferred' });
    expect(rec.log).toStrictEqual(['transfer 4001']);
  });
});

describe('prompts and input', () => {
  it('play message says the rendered TTS', async () => {
    const { call, rec } = fakeCall({ vars: { userName: 'Ada' } });
    expect(await run('play-message', { tts: [text('Hello {{userName}}.')] }, call)).toStrictEqual({ port: 'default' });
    expect(rec.said).toStrictEqual(['Hello Ada.']);
  });
  it.each([
    [{ digits: '1' }, '1'],
    [{ digits: '7' }, 'invalid'],
    [{ timeout: true }, 'timeout'],
  ] as [DigitAnswer, string][])('a menu answered %j leaves by %s', async (answer, port) => {
    const { call } = fakeCall({ digits: answer });
    expect(await run('menu', { tts: [text('Press 1.')], choices: { 1: 'agent', 2: 'bye' } }, call)).toStrictEqual({ port });
  });
  it.each([
    [{ digits: '1234' }, 'default'],
    [{ digits: '1' }, 'invalid'],
    [{ timeout: true }, 'timeout'],
  ] as [DigitAnswer, string][])('collect digits (2 to 4) answered %j leaves by %s', async (answer, port) => {
    const { call, rec } = fakeCall({ digits: answer });
    expect(await run('collect-digits', { tts: [text('Your PIN')], minDigits: 2, maxDigits: 4 }, call)).toStrictEqual({ port });
    if ('digits' in answer) expect(rec.outputs['DigitsEntered']).toBe(answer.digits);
  });
  it('play music lets its duration pass', async () => {
    const { call, rec } = fakeCall();
    await run('play-music', { durationSeconds: 45 }, call);
    expect(rec.log).toStrictEqual(['music defaultmusic_on_hold.wav 45']);
  });
});

describe('decisions and data', () => {
  it.each([
    ['{{ n > 2 }}', 'true'],
    ['{{ n > 5 }}', 'false'],
  ])('condition %s leaves by %s', async (expression, port) => {
    expect(await run('condition', { expression: text(expression) }, fakeCall({ vars: { n: 3 } }).call)).toStrictEqual({ port });
  });
  it('a condition that is not true or false fails', async () => {
    await expect(run('condition', { expression: text('{{ n }}') }, fakeCall({ vars: { n: 3 } }).call)).rejects.toThrow('fail: the condition gives "3"');
  });
  it.each([
    ['urgent', 'urgent'],
    ['low', 'default'],
  ])('case on %s leaves by %s', async (priority, port) => {
    const call = fakeCall({ vars: { priority } }).call;
    expect(await run('case', { value: { parts: [{ ref: 'priority' }] }, cases: ['urgent', 'high'] }, call)).toStrictEqual({ port });
  });
  it('set variable writes the rendered value', async () => {
    const { call, rec } = fakeCall({ vars: { a: 'x' } });
    expect(await run('set-variable', { variable: 'b', variableType: 'string', value: text('{{a}}y') }, call)).toStrictEqual({ port: 'out' });
    expect(rec.written).toStrictEqual({ b: 'xy' });
  });
  it('parse maps JSONPath from a JSON text', async () => {
    const { call, rec } = fakeCall({ vars: { doc: '{"order":{"status":"shipped"}}' } });
    await run('parse', { input: 'doc', outputs: [{ variable: 'status', path: '$.order.status' }] }, call);
    expect(rec.written).toStrictEqual({ status: 'shipped' });
  });
});

describe('HTTP request', () => {
  const options = { connector: { id: 'c1', name: 'Zendesk' }, path: text('/api/v2/users/search.json'), query: { query: text('phone:*{{p}}') }, timeoutMs: 3000, retries: 1, outputs: [{ variable: 'userID', path: '$.users[0].id' }] };
  it('sends the rendered request and maps the answer', async () => {
    const { call, rec } = fakeCall({ vars: { p: '4085551234' }, http: [{ status: 200, body: '{"users":[{"id":42}]}', headers: {}, timedOut: false }] });
    expect(await run('http-request', options, call)).toStrictEqual({ port: 'default' });
    expect(rec.requests).toMatchObject([{ method: 'GET', target: '/api/v2/users/search.json', query: [['query', 'phone:*4085551234']], timeoutMs: 3000 }]);
    expect(rec.outputs['httpStatusCode']).toBe(200);
    expect(rec.written).toStrictEqual({ userID: 42 });
  });
  it('retries a 5xx up to its retries, and not a 4xx or a timeout', async () => {
    const five = { status: 503, body: '', headers: {}, timedOut: false };
    const r1 = fakeCall({ http: [five, five, five] });
    await run('http-request', options, r1.call);
    expect(r1.rec.requests).toHaveLength(2);
    const r2 = fakeCall({ http: [{ status: 404, body: '', headers: {}, timedOut: false }] });
    await run('http-request', options, r2.call);
    expect(r2.rec.requests).toHaveLength(1);
    const r3 = fakeCall({ http: [{ status: 0, body: '', headers: {}, timedOut: true }] });
    await run('http-request', options, r3.call);
    expect(r3.rec.requests).toHaveLength(1);
    expect(r3.rec.outputs['httpStatusCode']).toBe(0);
  });
  it('leaves a variable alone when the path matches nothing or the body is not JSON', async () => {
    const { call, rec } = fakeCall({ http: [{ status: 200, body: 'not json', headers: {}, timedOut: false }] });
    await run('http-request', options, call);
    expect(rec.written).toStrictEqual({});
  });
  it('sends a JSON body with its holes escaped for JSON', async () => {
    const { call, rec } = fakeCall({ vars: { note: 'a "quote"' } });
    await run('http-request', { connector: { id: 'c1', name: 'Z' }, method: 'PUT', path: text('/t.json'), body: { object: { body: { template: { parts: [{ ref: 'note' }] } }, public: { literal: false } } } }, call);
    expect(rec.requests[0]!.body).toBe('{"body": "a \\"quote\\"", "public": false}');
    expect(JSON.parse(rec.requests[0]!.body!)).toStrictEqual({ body: 'a "quote"', public: false });
  });
});

describe('routing', () => {
  const queue = { queue: { id: 'q1', name: 'Support' }, checkAgentAvailability: true };
  it('queue contact queues and leaves by default', async () => {
    const { call, rec } = fakeCall();
    expect(await run('queue-contact', queue, call)).toStrictEqual({ port: 'default' });
    expect(rec.log).toStrictEqual(['queue Support true']);
  });
  it('queue contact takes failure when queueing fails', async () => {
    const { call, rec } = fakeCall({ queue: { failed: true, code: null, description: 'no agent' } });
    expect(await run('queue-contact', queue, call)).toStrictEqual({ port: 'failure' });
    expect(rec.outputs['FailureDescription']).toBe('no agent');
  });
  it('screen pop opens the rendered URL with its query', async () => {
    const { call, rec } = fakeCall({ vars: { id: '1509' } });
    await run('screen-pop', { url: text('https://acme.zendesk.com/agent/tickets/{{id}}'), label: 'Ticket', query: { a: text('b') } }, call);
    expect(rec.log).toStrictEqual(['pop Ticket https://acme.zendesk.com/agent/tickets/1509?a=b']);
  });
  it('a virtual agent leaves by the port the scenario gives, and refuses to guess without one', async () => {
    const options = { connector: 'bot', eventName: text('welcome') };
    expect(await run('virtual-agent-voice', options, fakeCall({ answer: { port: 'ESCALATE' } }).call)).toStrictEqual({ port: 'ESCALATE' });
    await expect(run('virtual-agent-voice', options, fakeCall().call)).rejects.toThrow(/unsupported: the scenario does not say/);
  });
  it('queue information without scenario data is insufficient', async () => {
    expect(await run('queue-lookup', { queue: 'q1' }, fakeCall().call)).toStrictEqual({ port: 'insufficientdata' });
  });
});

describe('the issue-9 kinds', () => {
  it('business hours leaves by the branch the schedule gives and names it', async () => {
    const { call, rec } = fakeCall({ hours: { port: 'holidays', holiday: 'New Year' } });
    expect(await run('business-hours', { schedule: { id: 'bh1', name: 'Support hours' } }, call)).toStrictEqual({ port: 'holidays' });
    expect(rec.outputs).toMatchObject({ Holidays_Name: 'New Year', status: 'holidays' });
  });
  it('business hours without a schedule in the scenario stops rather than guess', async () => {
    await expect(run('business-hours', { schedule: { id: 'bh1', name: 'Support hours' } }, fakeCall().call)).rejects.toThrow(/unsupported: the scenario gives no schedule for the business hours "Support hours"/);
  });
  it.each([
    [0.1, 'A'],
    [0.75, 'B'],
    [0.99, 'B'],
  ])('percentage allocation (A 70, B 30) with draw %f takes %s', async (random, port) => {
    const { call, rec } = fakeCall({ random });
    expect(await run('percent-allocation', { paths: [{ name: 'A', percent: 70 }, { name: 'B', percent: 30 }] }, call)).toStrictEqual({ port });
    expect(rec.outputs['description']).toBe(port);
  });
  it('a bridged transfer connects, or fails when the scenario says so', async () => {
    expect(await run('bridged-transfer', { dialNumber: text('4001') }, fakeCall().call)).toStrictEqual({ end: 'transferred' });
    expect(await run('bridged-transfer', { dialNumber: text('4001') }, fakeCall({ answer: { port: 'failure' } }).call)).toStrictEqual({ port: 'failure' });
  });
  it('a wait lets time pass and goes on', async () => {
    expect(await run('wait', { durationSeconds: 30 }, fakeCall().call)).toStrictEqual({ port: 'default' });
  });
  it('a record with neither a test recording nor a scenario answer stops rather than guess', async () => {
    await expect(run('record', {}, fakeCall().call)).rejects.toThrow(/unsupported/);
    expect(await run('record', {}, fakeCall({ answer: { port: 'timeout' } }).call)).toStrictEqual({ port: 'timeout' });
  });
  it('a BRE request maps the scenario\'s answer', async () => {
    const { call, rec } = fakeCall({ answer: { outputs: { tier: 'gold' } } });
    await run('bre-request', { context: text('vip'), outputs: [{ variable: 'tier', path: '$.tier' }] }, call);
    expect(rec.written).toStrictEqual({ tier: 'gold' });
  });
});
