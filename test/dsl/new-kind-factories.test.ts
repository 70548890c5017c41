/**
 * Issue 10: the kinds that had no typed factory have one (callback, collect digits, parse, get
 * queue info, queue to agent, start media stream, subflow, subflow start and end, both virtual
 * agents). Each builds the options the kind's module reads from an export, `.then` wires its main
 * port, its handle carries its outputs, and an unknown option is FG016.
 */
import { describe, expect, it } from 'vitest';
import { compileFlow } from '../../src/api/compile-flow.js';
import { buildFlow, defineFlow, text, z } from '../../src/index.js';

const options = (built: ReturnType<typeof buildFlow>, name: string) => built.ir.activities.find((a) => a.name === name)?.options;
const links = (built: ReturnType<typeof buildFlow>, name: string) => built.ir.activities.find((a) => a.name === name)?.links;

const voice = defineFlow({ name: 'New_Kinds', params: z.object({}) }, (f) => {
  const record = f.variable('customerRecord', 'json');
  const firstName = f.variable('firstName', 'string');
  const agentEmail = f.variable('agentEmail', 'string');
  const priority = f.variable('priority', 'integer');
  const bye = f.disconnect('Bye');
  const digits = f.collectDigits('AccountNumber', { say: 'Your account number?', minDigits: 6, maxDigits: 8, terminator: '*' });
  const queueInfo = f.getQueueInfo('QueueInfo', { queue: 'q-1', lookbackMinutes: 15 });
  const parse = f.parse('ParseRecord', { input: record, outputs: [{ variable: firstName, path: '$.firstName' }] });
  const toAgent = f.queueToAgent('ToOwner', { agent: agentEmail, reportingQueue: { id: 'q-1' }, recoveryQueue: { id: 'q-2' }, parkContact: true, priority });
  const stream = f.startMediaStream('Stream', { destination: 'Cisco AI Assistant' });
  const bot = f.virtualAgent('Bot', { connector: 'ccai-1', botParameters: { name: text`${firstName}` }, inputLanguage: 'en-AU' });
  const aiAgent = f.virtualAgentVoice('AiAgent', { connector: { id: 'NATIVE_ADVANCED_VIRTUAL_AGENT', name: 'Webex AI Agent' }, agent: { id: 'a-1', name: 'Payments' } });
  const subflow = f.subflow('CheckBalance', { subflow: { id: 's-1', name: 'checkBalance' }, versionId: 'v-1', inputs: [{ from: firstName, to: 'subName' }], outputs: [{ from: 'subResult', to: agentEmail }] });
  const callback = f.callback('Callback', { dialNumber: f.call.ani, queue: { id: 'q-3', name: 'Callbacks' }, aniVariable: f.call.dnis });
  const afterBot = f.parse('ParseBot', { input: aiAgent.metaData, outputs: [{ variable: firstName, path: '$.name' }] });
  f.start.then(digits).then(queueInfo).then(parse).then(stream).then(toAgent).then(subflow).then(callback).then(bye);
  digits.routes({ default: queueInfo, timeout: bye, invalid: bye });
  queueInfo.on('insufficientdata', bot).on('failure', bye);
  toAgent.on('error', aiAgent);
  stream.on('failure', bye);
  bot.routes({ ENDED: bye, ESCALATE: bye, error: bye });
  aiAgent.routes({ ENDED: afterBot, ESCALATE: bye });
  afterBot.then(bye);
  callback.on('failure', bye);
  subflow.on('error', bye);
  expect([digits.digits.ref, queueInfo.ewt.ref, toAgent.agentId.ref, bot.metaData.ref, callback.failureCode.ref]).toEqual([
    'AccountNumber.DigitsEntered',
    'QueueInfo.EWT',
    'ToOwner.AgentId',
    'Bot.MetaData',
    'Callback.FailureCode',
  ]);
});

describe('the new kinds’ typed factories', () => {
  const built = buildFlow(voice, {});

  it('build without diagnostics, and the flow compiles without errors', async () => {
    expect(built.diagnostics).toStrictEqual([]);
    const compiled = await compileFlow(voice);
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toStrictEqual([]);
  });

  it('build the options the modules read from exports', () => {
    expect(options(built, 'AccountNumber')).toStrictEqual({ tts: [{ parts: [{ text: 'Your account number?' }] }], minDigits: 6, maxDigits: 8, terminator: '*' });
    expect(options(built, 'QueueInfo')).toStrictEqual({ queue: 'q-1', lookbackMinutes: 15 });
    expect(options(built, 'ParseRecord')).toStrictEqual({ input: 'customerRecord', outputs: [{ variable: 'firstName', path: '$.firstName' }] });
    expect(options(built, 'ParseBot')).toStrictEqual({ input: 'AiAgent.MetaData', outputs: [{ variable: 'firstName', path: '$.name' }] });
    expect(options(built, 'ToOwner')).toStrictEqual({
      agent: { parts: [{ ref: 'agentEmail' }] },
      reportingQueue: { id: 'q-1' },
      recoveryQueue: { id: 'q-2' },
      parkContact: true,
      priority: { variable: 'priority' },
    });
    expect(options(built, 'Stream')).toStrictEqual({ destination: 'Cisco AI Assistant' });
    expect(options(built, 'Bot')).toStrictEqual({ connector: 'ccai-1', botParameters: { name: { parts: [{ ref: 'firstName' }] } }, inputLanguage: 'en-AU' });
    expect(options(built, 'AiAgent')).toStrictEqual({ connector: { id: 'NATIVE_ADVANCED_VIRTUAL_AGENT', name: 'Webex AI Agent' }, agent: { id: 'a-1', name: 'Payments' } });
    expect(options(built, 'CheckBalance')).toStrictEqual({
      subflow: { id: 's-1', name: 'checkBalance' },
      versionId: 'v-1',
      inputs: [{ variable: 'firstName', subflowVariable: 'subName', type: 'string' }],
      outputs: [{ variable: 'agentEmail', subflowVariable: 'subResult', type: 'string' }],
    });
    expect(options(built, 'Callback')).toStrictEqual({
      dialNumber: { parts: [{ ref: 'NewPhoneContact.ANI' }] },
      queue: 'q-3',
      queueName: 'Callbacks',
      aniVariable: { parts: [{ ref: 'NewPhoneContact.DNIS' }] },
    });
  });

  it('`.then` wires each kind’s main port', () => {
    expect(links(built, 'AccountNumber')).toStrictEqual({ default: 'QueueInfo', timeout: 'Bye', invalid: 'Bye' });
    expect(links(built, 'QueueInfo')).toStrictEqual({ default: 'ParseRecord', insufficientdata: 'Bot', failure: 'Bye' });
    expect(links(built, 'ToOwner')).toStrictEqual({ default: 'CheckBalance', error: 'AiAgent' });
    expect(links(built, 'Callback')).toStrictEqual({ default: 'Bye', failure: 'Bye' });
  });

  it('a subflow starts with f.subflowStart (`.then` wires `out`) and ends with f.endSubflow', async () => {
    const sub = defineFlow({ name: 'Sub', params: z.object({}), flowType: 'SUBFLOW' }, (f) => {
      f.subflowStart('StartSubflow').then(f.playMessage('Hi', { say: 'Hello' })).then(f.endSubflow('EndSubflow', { description: 'back' }));
    });
    const subBuilt = buildFlow(sub, {});
    expect(subBuilt.diagnostics).toStrictEqual([]);
    expect(subBuilt.ir.activities.map((a) => [a.kind, a.name, a.links, a.description])).toStrictEqual([
      ['subflow-start', 'StartSubflow', { out: 'Hi' }, ''],
      ['play-message', 'Hi', { default: 'EndSubflow' }, ''],
      ['end-subflow', 'EndSubflow', {}, 'back'],
    ]);
    expect((await compileFlow(sub)).diagnostics.filter((d) => d.severity === 'error')).toStrictEqual([]);
  });

  it('an unknown option is FG016 with a did-you-mean', () => {
    const typo = defineFlow({ name: 'Typo', params: z.object({}) }, (f) => {
      f.start.then(f.getQueueInfo('Info', { queue: 'q-1', lookbackMinute: 10 } as never)).then(f.disconnect('Bye'));
    });
    const diagnostics = buildFlow(typo, {}).diagnostics;
    expect(diagnostics.map((d) => [d.code, d.message, d.hint])).toStrictEqual([['FG016', 'getQueueInfo "Info": unknown option "lookbackMinute".', 'Did you mean "lookbackMinutes"?']]);
  });
});
