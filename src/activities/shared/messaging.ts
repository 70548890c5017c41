/**
 * What Send Message (`SendCustomMessage`) and Receive Message (`ReceiveMessage`) of a
 * bring-your-own messaging channel share: the channel (id + display name), the "append to
 * transcript" switch and the response mapping `outputVariableArray1`. Read off Cisco's BYO messaging
 * template (corpus hnavilur…/byo-custom-messaging-channel-template__BYO_Custom_Messaging_Template
 * .json, 2026-06; three Send and one Receive): an empty mapping is written `[]` with the editor
 * draft `{inputs: [], jsons: []}`, a filled one with the draft `null`, in all four instances.
 */
import { z } from 'zod';
import { resourceSchema, variableNameSchema } from './schemas.js';
import { literal, mappingsValue, type PrintedEntry } from './print-input.js';
import { selectShadows } from './shadow-keys.js';
import { DESCRIBED_KEYS, type Described } from './factory.js';
import { compact, outputMappings, type OutputMapping } from './factory-input.js';

export const messagingShape = {
  /** The messaging channel (Control Hub id + display name). */
  channel: resourceSchema,
  /** Whether the message goes into the conversation transcript the agent sees. */
  appendToTranscript: z.boolean().default(true),
  /** JSONPath on the message (`$.message.text`) → flow variable. */
  outputs: z.array(z.strictObject({ variable: variableNameSchema, path: z.string().min(1) })).default([]),
};

export interface MessagingOptions {
  channel: { id: string; name: string };
  appendToTranscript: boolean;
  outputs: { variable: string; path: string }[];
}

/** The channel's shadow keys, by name (`channelName:name`, `channelName_type`, …). */
export function channelShadows(o: MessagingOptions): Record<string, unknown> {
  return selectShadows('channelName', o.channel.name, false);
}

export function outputRows(o: MessagingOptions): { outputVariable: string; jsonPathExp: string }[] {
  return o.outputs.map((m) => ({ outputVariable: m.variable, jsonPathExp: m.path }));
}

export function outputDraft(o: MessagingOptions): { inputs: never[]; jsons: never[] } | null {
  return o.outputs.length === 0 ? { inputs: [], jsons: [] } : null;
}

/** The shared options from an export, or undefined when the channel or mapping is not readable. */
export function messagingFromWebex(p: Readonly<Record<string, unknown>>): Record<string, unknown> | undefined {
  const id = p['channelName'];
  const name = p['channelName:name'] ?? p['channelName_name'];
  const rows = p['outputVariableArray1'] ?? [];
  if (typeof id !== 'string' || typeof name !== 'string' || !Array.isArray(rows)) return undefined;
  const outputs = rows.map((m: { outputVariable?: unknown; jsonPathExp?: unknown }) => ({ variable: m?.outputVariable, path: m?.jsonPathExp }));
  return { channel: { id, name }, appendToTranscript: p['appendToTranscript'], outputs };
}

/** The channel part of the Send and Receive Message factories' input; an option left out takes the schema's default (`messagingShape`). */
export interface MessagingInput extends Described {
  /** The bring-your-own messaging channel (Control Hub id + display name). */
  channel: { id: string; name: string };
  /** Add the message to the transcript the agent sees. */
  appendToTranscript?: boolean;
  /** JSONPath on the message (`$.message.text`) → variable. */
  outputs?: readonly OutputMapping[];
}

/** The option names of {@link MessagingInput}, for a factory's `inputKeys`. */
export const MESSAGING_INPUT_KEYS = [...DESCRIBED_KEYS, 'channel', 'appendToTranscript', 'outputs'] as const;

/** A factory's channel input → the channel options. */
export function messagingOptions(input: MessagingInput): Record<string, unknown> {
  return compact({ channel: { id: input.channel.id, name: input.channel.name }, appendToTranscript: input.appendToTranscript, outputs: outputMappings(input.outputs) });
}

/** The messaging factories' shared input entries. */
export function printMessaging(o: MessagingOptions): PrintedEntry[] {
  return [['channel', literal({ id: o.channel.id, name: o.channel.name })], ['appendToTranscript', literal(o.appendToTranscript)], ['outputs', mappingsValue(o.outputs)]];
}
