/**
 * Each kind's one telling setting for graphs (`summary`, in its own module) as the graph shows
 * it, a table over the kinds. A kind without one still draws (its name and kind).
 */
import { describe, expect, it } from 'vitest';
import { activityDefinition } from '../../src/activities/index.js';
import { summaryLine } from '../../src/activities/shared/graph.js';
import type { Template } from '../../src/ir/types.js';

const t = (text: string): Template => ({ parts: [{ text }] });
const ref = (name: string): Template => ({ parts: [{ ref: name }] });

const cases: [kind: string, options: unknown, summary: string | undefined][] = [
  ['play-message', { tts: [t('Welcome  to\nAcme.'), { parts: [{ text: 'Hi ' }, { ref: 'userName' }] }] }, '"Welcome to Acme." "Hi {{userName}}"'],
  ['play-message', { audio: ['welcome.wav', ref('promptFile')] }, 'welcome.wav, {{promptFile}}'],
  ['menu', { tts: [t('Press 1 or 2.')], choices: { 2: 'hang up', 1: 'agent', 3: '3' } }, '1 agent · 2 hang up · 3'],
  ['condition', { expression: t('{{ LookupUser.httpStatusCode == 200 }}') }, 'LookupUser.httpStatusCode == 200'],
  ['condition', { expression: { parts: [{ ref: 'a' }, { text: ' == 1' }], expression: true } }, 'a == 1'],
  ['case', { value: ref('ticketPriority'), cases: ['urgent', 'high'] }, 'ticketPriority → urgent | high'],
  ['http-request', { connector: { id: 'c', name: 'Zendesk' }, method: 'PUT', path: { parts: [{ text: '/api/v2/tickets/' }, { ref: 'ticketID' }, { text: '.json' }] } }, 'PUT /api/v2/tickets/{{ticketID}}.json'],
  ['http-request', { url: t('https://example.com/x') }, 'GET https://example.com/x'],
  ['queue-contact', { queue: { id: 'q-1', name: 'Support_Standard' } }, 'Support_Standard'],
  ['set-variable', { variable: 'callerChoice', variableType: 'string', value: t('asked for an agent') }, 'callerChoice = asked for an agent'],
  ['play-music', {}, 'defaultmusic_on_hold.wav'],
  ['play-music', { dynamicFile: ref('musicFile') }, '{{musicFile}}'],
  ['screen-pop', { url: t('https://acme.zendesk.com/agent/tickets/1'), label: 'Zendesk ticket' }, 'Zendesk ticket https://acme.zendesk.com/agent/tickets/1'],
  ['blind-transfer', { dialNumber: t('+15551234567') }, 'to +15551234567'],
  ['callback', { dialNumber: ref('NewPhoneContact.ANI') }, 'call back {{NewPhoneContact.ANI}}'],
  ['collect-digits', { tts: [t('Enter your PIN.')], minDigits: 4, maxDigits: 4 }, '4 digits ending #'],
  ['collect-digits', { tts: [t('Enter your number.')], terminator: '*' }, '1-10 digits ending *'],
  ['event', { event: 'AgentAnswered' }, 'on AgentAnswered'],
  ['feedback', { survey: 'inline:s:u', customerId: ref('NewPhoneContact.ANI') }, 'voice survey'],
  ['parse', { input: 'VirtualAgent.MetaData', outputs: [{ variable: 'a', path: '$.a' }, { variable: 'b', path: '$.b' }] }, 'VirtualAgent.MetaData → a, b'],
  ['queue-lookup', { queue: 'q-1' }, 'q-1'],
  ['queue-to-agent', { agent: ref('agentEmail'), reportingQueue: { id: 'q-1' }, recoveryQueue: { id: 'q-2' } }, 'agent {{agentEmail}}'],
  ['raw', { activityName: 'business-hours', activityId: 'x', group: 'action', properties: {}, ports: ['in'] }, 'business-hours'],
  ['start-media-stream', { destination: 'Cisco AI Assistant' }, 'Cisco AI Assistant'],
  ['subflow', { subflow: { id: 's', name: 'ErrorHandler' }, versionId: 'v1' }, 'ErrorHandler'],
  ['virtual-agent', { connector: 'ccai-1' }, 'ccai-1'],
  ['virtual-agent-voice', { connector: 'NATIVE_ADVANCED_VIRTUAL_AGENT', agent: { id: 'a', name: 'Payments agent' } }, 'Payments agent'],
  // Recording, business rules and digital channels (issue 9).
  ['record', {}, 'up to 30 s, ends after 4 s silence or #'],
  ['recording-control', { enabled: t('{{record}}') }, 'recording on while record'],
  ['upload-audio', { agentId: ref('configUserId'), greetingPurpose: t('Default'), recording: t('{{Record.audioFileData | json}}') }, 'greeting of {{configUserId}}'],
  ['bre-request', { context: t('AreaCodes'), keys: { ani: ref('lookupKey') } }, 'AreaCodes by ani'],
  ['wait', { durationSeconds: 90 }, '00:01:30'],
  ['send-custom-message', { channel: { id: 'c', name: 'Chat' }, text: t('Hello!'), attachments: [{ fileName: 'a.jpg', mimeType: 'image/jpg', url: t('https://x/a.jpg') }] }, '"Hello!" + 1 attachment'],
  ['receive-message', { channel: { id: 'c', name: 'templateChannel' }, timeoutSeconds: 600 }, 'on templateChannel, 600 s'],
  // Voice and routing kinds (issue 9).
  ['blind-transfer', { dialNumberVariable: 'transferNumber' }, 'to transferNumber'],
  ['bridged-transfer', { dialNumber: t('4001') }, 'to 4001'],
  ['business-hours', { schedule: { id: 'b', name: 'Office hours' } }, 'Office hours'],
  ['hand-off', { target: t('f-1'), targetName: 'Billing_Flow', version: { id: t('Latest'), name: 'Latest' } }, 'to Billing_Flow'],
  ['percent-allocation', { paths: [{ name: 'A', percent: 70 }, { name: 'B', percent: 30 }] }, 'A 70% · B 30%'],
  ['scheduled-callback', { dialNumber: ref('NewPhoneContact.ANI'), customerName: t('x'), date: t('d'), startTime: t('s'), endTime: t('e'), queueVariable: 'q', timezoneVariable: 'tz' }, 'call back {{NewPhoneContact.ANI}}'],
  ['set-caller-id', { callerId: '+15550100' }, '+15550100'],
];

/** Kinds whose name and kind say it all: a start, an end, a hang-up. */
const withoutSummary = ['disconnect-contact', 'end', 'end-subflow', 'start', 'subflow-start'];

describe("each kind's summary for graphs", () => {
  it.each(cases)('%s %j reads %j', (kind, input, expected) => {
    const definition = activityDefinition(kind)!;
    const options = definition.options.parse(input);
    expect(summaryLine(definition.summary?.(options))).toBe(expected);
  });

  it('the kinds whose name and kind say it all have none (they still draw, as name and kind)', () => {
    for (const kind of withoutSummary) expect(activityDefinition(kind)!.summary, kind).toBeUndefined();
  });

  it('an empty summary reads as none', () => {
    expect(summaryLine([])).toBeUndefined();
    expect(summaryLine(['  ', { template: { parts: [] } }])).toBeUndefined();
    expect(summaryLine(undefined)).toBeUndefined();
  });
});
