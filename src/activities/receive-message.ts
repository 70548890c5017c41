/**
 * Receive Message (`ReceiveMessage`) on a bring-your-own messaging channel: waits for the
 * customer's next message, which the partner forwards with the Task Messages API. Not in Cisco's
 * activity documentation (docs/webex-activities-and-api.md has no section). Facts from the only
 * export, `ReceiveMessage_v9u` in Cisco's BYO messaging template (corpus hnavilur…/byo-custom-
 * messaging-channel-template__BYO_Custom_Messaging_Template.json, 2026-06): catalogue id
 * 69ca1371839cd7945851c136, group `action`, ports `default`, `timeout`, `error` (default wired);
 * `timeout` in seconds as a string ("600"); the channel type `CUSTOM_MESSAGING` ("Custom
 * messaging"); channel, transcript switch and response mapping as in `shared/messaging.ts`.
 */
import { z } from 'zod';
import { defineActivity } from './define-activity.js';
import { defineFactory, type Chain, type Routable, type Target } from './shared/factory.js';
import { compact } from './shared/factory-input.js';
import { MESSAGING_INPUT_KEYS, messagingOptions, type MessagingInput } from './shared/messaging.js';
import { literal, recordValue } from './shared/print-input.js';
import { numberOf } from './shared/from-webex.js';
import { channelShadows, messagingFromWebex, messagingShape, outputDraft, outputRows, printMessaging } from './shared/messaging.js';

const CHANNEL_TYPE_NAMES = { CUSTOM_MESSAGING: 'Custom messaging' } as const;
type ChannelType = keyof typeof CHANNEL_TYPE_NAMES;

const options = z.strictObject({
  ...messagingShape,
  /** Seconds to wait for the customer before the `timeout` exit. */
  timeoutSeconds: z.number().int().min(1),
  /** The kind of channel. */
  channelType: z.enum(Object.keys(CHANNEL_TYPE_NAMES) as [ChannelType]).default('CUSTOM_MESSAGING'),
});
export type ReceiveMessageOptions = z.infer<typeof options>;

/** An option left out takes the default of the kind's schema (`options` above). */
export interface ReceiveMessageInput extends MessagingInput {
  /** Seconds to wait for the customer's message before `timeout`. */
  timeoutSeconds: number;
  channelType?: 'CUSTOM_MESSAGING';
}
export type ReceiveMessageHandle = Target & Chain<'default' | 'timeout' | 'error'> & Routable<'default', 'timeout' | 'error'>;

export const receiveMessage = defineActivity({
  kind: 'receive-message',
  options,
  factory: defineFactory<{
    /** Receive Message on a bring-your-own messaging channel: waits for the customer's next message. */
    receiveMessage(name: string, input: ReceiveMessageInput): ReceiveMessageHandle;
  }>()({
    method: 'receiveMessage',
    inputKeys: [...MESSAGING_INPUT_KEYS, 'timeoutSeconds', 'channelType'],
    options: (input) => compact({ ...messagingOptions(input), timeoutSeconds: input.timeoutSeconds, channelType: input.channelType }),
    mainPort: 'default',
  }),
  printInput: (o) => recordValue([...printMessaging(o), ['timeoutSeconds', literal(o.timeoutSeconds)], ['channelType', literal(o.channelType)]]),
  ports: () => ['default', 'timeout', 'error'],
  // Cisco's template leaves `timeout` unwired and publishes: only `default` is required.
  requiredPorts: () => ['default'],
  writes: (o) => o.outputs.map((m) => m.variable),
  webex: { activityName: 'ReceiveMessage', activityId: '69ca1371839cd7945851c136', group: 'action', description: true },
  summary: (o) => [`on ${o.channel.name}, ${o.timeoutSeconds} s`],
  // The customer's message is the scenario's (its answer's outputs are the message); none: timeout.
  simulate: (o, call) => {
    const answer = call.scenarioAnswer();
    if (!answer?.outputs) {
      call.note(`no message on ${o.channel.name} within ${o.timeoutSeconds} s`);
      call.wait(o.timeoutSeconds);
      return { port: 'timeout' };
    }
    for (const mapping of o.outputs) {
      const found = call.selectJson(answer.outputs, mapping.path);
      if (found) call.write(mapping.variable, found.value);
    }
    return { port: answer.port ?? 'default' };
  },
  toWebex: (o) => {
    const channel = channelShadows(o);
    return {
      'channelType:name': CHANNEL_TYPE_NAMES[o.channelType],
      channelName_type: channel['channelName_type'],
      'channelName:type': channel['channelName:type'],
      'channelName:name': channel['channelName:name'],
      channelType: o.channelType,
      outputVariableArray1: outputRows(o),
      appendToTranscript: o.appendToTranscript,
      timeout: String(o.timeoutSeconds),
      outputVariableArray1__draft: outputDraft(o),
      channelName_name: channel['channelName_name'],
      channelName: o.channel.id,
      channelType_name: CHANNEL_TYPE_NAMES[o.channelType],
    };
  },
  fromWebex: (p) => {
    const shared = messagingFromWebex(p);
    return shared && { ...shared, timeoutSeconds: numberOf(p['timeout']), channelType: p['channelType'] ?? undefined };
  },
});
