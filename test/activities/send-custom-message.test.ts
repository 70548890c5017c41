/** send-custom-message: text and attachments on a BYO messaging channel (BYO messaging template, three instances). */
import { describe, expect, it } from 'vitest';
import { sendCustomMessage } from '../../src/activities/send-custom-message.js';
import { overlayShape } from '../../src/emit/webex/emit.js';

const t = (text: string) => ({ parts: [{ text }] });
const channel = { id: '738848e7-8980-4ec0-b223-b7fe27194dbe', name: 'templateChannel' };
const parse = (input: unknown) => sendCustomMessage.options.parse(input);
const issues = (input: unknown) => (sendCustomMessage.options.safeParse(input).error?.issues ?? []).map((i) => ({ code: i.code, path: i.path }));

/** `SendQueueUpdates` as exported (2026 extras and common keys left out). */
const sendQueueUpdates = {
  channelName_type: null,
  messageText: 'Please wait while we connect you with an agent.',
  attachments: null,
  messageType_type: null,
  'messageType:type': null,
  'channelName:type': null,
  'channelName:name': 'templateChannel',
  outputVariableArray1: [],
  appendToTranscript: true,
  outputVariableArray1__draft: { inputs: [], jsons: [] },
  messageType_name: 'Text',
  messageType: 'text',
  channelName_name: 'templateChannel',
  'messageType:name': 'Text',
  channelName: '738848e7-8980-4ec0-b223-b7fe27194dbe',
};
/** `SendCustomMessage_uai`: with an attachment and two mapped outputs. */
const sendUai = {
  ...sendQueueUpdates,
  messageText: 'Hello, thanks for contacting us. What do you need help with?',
  attachments: [{ fileName: 'image.jpg', mimeType: 'image/jpg', fileUrl: 'https://picsum.photos/400/300.jpg' }],
  outputVariableArray1: [
    { outputVariable: 'sentMessageText', jsonPathExp: '$.message.text' },
    { outputVariable: 'sentMessageAttachment1Url', jsonPathExp: '$.message.attachments[0].fileUrl' },
  ],
  outputVariableArray1__draft: null,
  messageType_name: 'Text with attachment(s)',
  messageType: 'text-with-attachments',
  'messageType:name': 'Text with attachment(s)',
};

describe('send-custom-message', () => {
  it('writes a text message exactly as SendQueueUpdates, in its key order', () => {
    const written = sendCustomMessage.toWebex(parse({ channel, text: t('Please wait while we connect you with an agent.') }));
    expect(written).toStrictEqual(sendQueueUpdates);
    expect(Object.keys(written)).toStrictEqual(Object.keys(sendQueueUpdates));
  });

  it('writes attachments and mappings exactly as SendCustomMessage_uai (type "text-with-attachments", draft null)', () => {
    const o = parse(sendCustomMessage.fromWebex!(sendUai));
    expect(o).toStrictEqual({
      channel,
      appendToTranscript: true,
      outputs: [
        { variable: 'sentMessageText', path: '$.message.text' },
        { variable: 'sentMessageAttachment1Url', path: '$.message.attachments[0].fileUrl' },
      ],
      text: t('Hello, thanks for contacting us. What do you need help with?'),
      attachments: [{ fileName: 'image.jpg', mimeType: 'image/jpg', url: t('https://picsum.photos/400/300.jpg') }],
    });
    expect(sendCustomMessage.toWebex(o)).toStrictEqual(sendUai);
    expect(sendCustomMessage.writes(o)).toStrictEqual(['sentMessageText', 'sentMessageAttachment1Url']);
    expect(sendCustomMessage.templates(o)).toStrictEqual([o.text, o.attachments[0]!.url]);
  });

  it('writes SendErrorMessage back exactly over its shape, which lacks the messageType type shadows', () => {
    const { messageType_type: _a, 'messageType:type': _b, ...sendError } = { ...sendQueueUpdates, messageText: 'There was a server error. Please start a new conversation.' };
    const o = parse(sendCustomMessage.fromWebex!(sendError));
    expect(overlayShape(sendCustomMessage.toWebex(o, sendError) as never, sendError)).toStrictEqual(sendError);
  });

  it('has ports default and error, of which default is required', () => {
    const o = parse({ channel, text: t('x') });
    expect(sendCustomMessage.ports(o)).toStrictEqual(['default', 'error']);
    expect(sendCustomMessage.requiredPorts(o)).toStrictEqual(['default']);
    expect(sendCustomMessage.webex).toStrictEqual({ activityName: 'SendCustomMessage', activityId: '69ca170f8c028a0b3669dab0', group: 'action', description: true });
  });

  it('leaves an export whose message type does not match its attachments raw', () => {
    expect(sendCustomMessage.fromWebex!({ ...sendUai, messageType: 'text' })).toBeUndefined();
    expect(sendCustomMessage.fromWebex!({ ...sendQueueUpdates, channelName: null })).toBeUndefined();
  });

  it.each([
    ['no channel', { text: t('x') }, { code: 'invalid_type', path: ['channel'] }],
    ['no text', { channel }, { code: 'invalid_type', path: ['text'] }],
    ['an attachment without a MIME type', { channel, text: t('x'), attachments: [{ fileName: 'a.jpg', mimeType: '', url: t('https://x') }] }, { code: 'too_small', path: ['attachments', 0, 'mimeType'] }],
    ['an unknown option', { channel, text: t('x'), priority: 1 }, { code: 'unrecognized_keys', path: [] }],
  ])('rejects %s', (_, input, issue) => {
    expect(issues(input)).toContainEqual(issue);
  });
});
