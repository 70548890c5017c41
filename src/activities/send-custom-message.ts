/**
 * Send Message (`SendCustomMessage`) on a bring-your-own messaging channel: sends text, optionally
 * with attachments, to the customer. Not in Cisco's activity documentation
 * (docs/webex-activities-and-api.md has no section). Facts from the three instances in Cisco's BYO
 * messaging template (corpus hnavilur…/byo-custom-messaging-channel-template__BYO_Custom_Messaging
 * _Template.json, 2026-06: `SendCustomMessage_uai`, `SendQueueUpdates`, `SendErrorMessage`):
 * catalogue id 69ca170f8c028a0b3669dab0, group `action`, ports `default` and `error` (default
 * wired); `messageType` `text` ("Text", `attachments: null`) or `text-with-attachments` ("Text
 * with attachment(s)", `attachments: [{fileName, mimeType, fileUrl}]`); channel, transcript switch
 * and response mapping as in `shared/messaging.ts`. Key order: `SendCustomMessage_uai`.
 */
import { z } from 'zod';
import { renderText } from '../ir/template.js';
import { defineActivity } from './define-activity.js';
import { defineFactory, type Chain, type Target, type TextOrVariable } from './shared/factory.js';
import { compact, fieldTemplate } from './shared/factory-input.js';
import { MESSAGING_INPUT_KEYS, messagingOptions, type MessagingInput } from './shared/messaging.js';
import { listValue, literal, recordValue, textValue } from './shared/print-input.js';
import { defined, textTemplate } from './shared/from-webex.js';
import { channelShadows, messagingFromWebex, messagingShape, outputDraft, outputRows, printMessaging } from './shared/messaging.js';
import { templateSchema } from './shared/schemas.js';

const MESSAGE_TYPE_NAMES = { text: 'Text', 'text-with-attachments': 'Text with attachment(s)' } as const;

const attachment = z.strictObject({
  fileName: z.string().min(1),
  /** e.g. `image/jpg`. */
  mimeType: z.string().min(1),
  /** Where the channel fetches the file. */
  url: templateSchema,
});

const options = z.strictObject({
  ...messagingShape,
  /** The message text. */
  text: templateSchema,
  /** Files sent with the text (the message type is then "Text with attachment(s)"). */
  attachments: z.array(attachment).default([]),
});
export type SendCustomMessageOptions = z.infer<typeof options>;

/** An option left out takes the default of the kind's schema (`options` above). */
export interface SendCustomMessageInput extends MessagingInput {
  text: TextOrVariable;
  /** Files sent with the text. */
  attachments?: readonly { fileName: string; mimeType: string; url: TextOrVariable }[];
}
export type SendCustomMessageHandle = Target & Chain<'default' | 'error'>;

export const sendCustomMessage = defineActivity({
  kind: 'send-custom-message',
  options,
  factory: defineFactory<{
    /** Send Message on a bring-your-own messaging channel. */
    sendCustomMessage(name: string, input: SendCustomMessageInput): SendCustomMessageHandle;
  }>()({
    method: 'sendCustomMessage',
    inputKeys: [...MESSAGING_INPUT_KEYS, 'text', 'attachments'],
    options: (input) =>
      compact({
        ...messagingOptions(input),
        text: fieldTemplate(input.text),
        attachments: input.attachments?.map((f) => ({ fileName: f.fileName, mimeType: f.mimeType, url: fieldTemplate(f.url) })),
      }),
    mainPort: 'default',
  }),
  printInput: (o) =>
    recordValue([
      ...printMessaging(o),
      ['text', textValue(o.text)],
      ['attachments', listValue(o.attachments.map((a) => recordValue([['fileName', literal(a.fileName)], ['mimeType', literal(a.mimeType)], ['url', textValue(a.url)]])))],
    ]),
  ports: () => ['default', 'error'],
  templates: (o) => [o.text, ...o.attachments.map((a) => a.url)],
  writes: (o) => o.outputs.map((m) => m.variable),
  webex: { activityName: 'SendCustomMessage', activityId: '69ca170f8c028a0b3669dab0', group: 'action', description: true },
  summary: (o) => [{ spoken: o.text }, ...(o.attachments.length ? [`+ ${o.attachments.length} attachment${o.attachments.length > 1 ? 's' : ''}`] : [])],
  simulate: (o, call) => {
    call.note(`sends on ${o.channel.name}: "${call.render(o.text)}"`);
    return { port: 'default' };
  },
  toWebex: (o) => {
    const type = o.attachments.length > 0 ? 'text-with-attachments' : 'text';
    const channel = channelShadows(o);
    return {
      channelName_type: channel['channelName_type'],
      messageText: renderText(o.text),
      attachments: o.attachments.length > 0 ? o.attachments.map((a) => ({ fileName: a.fileName, mimeType: a.mimeType, fileUrl: renderText(a.url) })) : null,
      messageType_type: null,
      'messageType:type': null,
      'channelName:type': channel['channelName:type'],
      'channelName:name': channel['channelName:name'],
      outputVariableArray1: outputRows(o),
      appendToTranscript: o.appendToTranscript,
      outputVariableArray1__draft: outputDraft(o),
      messageType_name: MESSAGE_TYPE_NAMES[type],
      messageType: type,
      channelName_name: channel['channelName_name'],
      'messageType:name': MESSAGE_TYPE_NAMES[type],
      channelName: o.channel.id,
    };
  },
  fromWebex: (p) => {
    const shared = messagingFromWebex(p);
    const text = textTemplate(p['messageText']);
    const files = p['attachments'] ?? [];
    if (!shared || !text || !Array.isArray(files)) return undefined;
    // The type follows from the attachments; an export where it does not is kept raw.
    if (p['messageType'] !== (files.length > 0 ? 'text-with-attachments' : 'text')) return undefined;
    const attachments = files.map((f: { fileName?: unknown; mimeType?: unknown; fileUrl?: unknown }) => defined({ fileName: f?.fileName, mimeType: f?.mimeType, url: textTemplate(f?.fileUrl) }));
    return { ...shared, text, attachments };
  },
  // a messaging queue's updates (Cisco's BYO messaging template)
  settings: { playsAudio: true },
});
