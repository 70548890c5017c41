/** receive-message: wait for the customer's next message on a BYO channel (BYO messaging template `ReceiveMessage_v9u`). */
import { describe, expect, it } from 'vitest';
import { receiveMessage } from '../../src/activities/receive-message.js';

const channel = { id: '738848e7-8980-4ec0-b223-b7fe27194dbe', name: 'templateChannel' };
const parse = (input: unknown) => receiveMessage.options.parse(input);
const issues = (input: unknown) => (receiveMessage.options.safeParse(input).error?.issues ?? []).map((i) => ({ code: i.code, path: i.path }));

/** `ReceiveMessage_v9u` as exported (2026 extras and common keys left out). */
const receiveV9u = {
  'channelType:name': 'Custom messaging',
  channelName_type: null,
  'channelName:type': null,
  'channelName:name': 'templateChannel',
  channelType: 'CUSTOM_MESSAGING',
  outputVariableArray1: [{ outputVariable: 'receivedMessageText', jsonPathExp: '$.message.text' }],
  appendToTranscript: true,
  timeout: '600',
  outputVariableArray1__draft: null,
  channelName_name: 'templateChannel',
  channelName: '738848e7-8980-4ec0-b223-b7fe27194dbe',
  channelType_name: 'Custom messaging',
};

describe('receive-message', () => {
  it('reads ReceiveMessage_v9u and writes it back exactly, in its key order', () => {
    const o = parse(receiveMessage.fromWebex!(receiveV9u));
    expect(o).toStrictEqual({ channel, appendToTranscript: true, outputs: [{ variable: 'receivedMessageText', path: '$.message.text' }], timeoutSeconds: 600, channelType: 'CUSTOM_MESSAGING' });
    const written = receiveMessage.toWebex(o);
    expect(written).toStrictEqual(receiveV9u);
    expect(Object.keys(written)).toStrictEqual(Object.keys(receiveV9u));
  });

  it('writes an empty mapping with the editor draft, and the transcript switch off', () => {
    expect(receiveMessage.toWebex(parse({ channel, timeoutSeconds: 30, appendToTranscript: false }))).toMatchObject({
      outputVariableArray1: [],
      outputVariableArray1__draft: { inputs: [], jsons: [] },
      appendToTranscript: false,
      timeout: '30',
    });
  });

  it('has ports default, timeout and error; only default is required (the template leaves timeout unwired)', () => {
    const o = parse({ channel, timeoutSeconds: 600 });
    expect(receiveMessage.ports(o)).toStrictEqual(['default', 'timeout', 'error']);
    expect(receiveMessage.requiredPorts(o)).toStrictEqual(['default']);
    expect(receiveMessage.writes(parse(receiveMessage.fromWebex!(receiveV9u)))).toStrictEqual(['receivedMessageText']);
    expect(receiveMessage.webex).toStrictEqual({ activityName: 'ReceiveMessage', activityId: '69ca1371839cd7945851c136', group: 'action', description: true });
  });

  it.each([
    ['no timeout', { channel }, { code: 'invalid_type', path: ['timeoutSeconds'] }],
    ['a zero timeout', { channel, timeoutSeconds: 0 }, { code: 'too_small', path: ['timeoutSeconds'] }],
    ['an unknown channel type', { channel, timeoutSeconds: 5, channelType: 'SMS' }, { code: 'invalid_value', path: ['channelType'] }],
    ['an unknown option', { channel, timeoutSeconds: 5, text: 'hi' }, { code: 'unrecognized_keys', path: [] }],
  ])('rejects %s', (_, input, issue) => {
    expect(issues(input)).toContainEqual(issue);
  });

  it('leaves an export without a readable channel raw', () => {
    expect(receiveMessage.fromWebex!({ ...receiveV9u, channelName: 7 })).toBeUndefined();
    expect(receiveMessage.fromWebex!({ ...receiveV9u, outputVariableArray1: 'x' })).toBeUndefined();
  });
});
