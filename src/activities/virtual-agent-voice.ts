/**
 * Virtual Agent V2 (`ivr-virtualassistantvoice`): a Dialogflow CX bot through a CCAI connector, or
 * the Webex AI Agent (connector `NATIVE_ADVANCED_VIRTUAL_AGENT` plus a `virtualAgentId`). Webex
 * facts (docs/webex-activities-and-api.md §1.3 "Virtual Agent V2": Next-Gen only, not after Queue
 * Contact; outcomes Handled/Escalated, error Errored; Termination Delay 0–30 s, default 30; rates
 * and gain as Play Message); docs/webex-flow-format.md §7.13: catalogue id 62da6fe3a350ce0ccab93a04
 * (US/EU), group `enum-gateway`, ports `ENDED`, `ESCALATE`, `error`; event name and data are
 * templates; outputs `StateEventName`, `MetaData`. Keys from dialogflow-sample `VirtualAgent`
 * (2023, no agent id) and PAY26 `AI_Agent_payment` (2026: `virtualAgentId` with name shadows,
 * `configIdRadioGroup: "staticConfigId"`, `recordAutonomous`, `recordScripted`, `variableSelection`).
 */
import { z } from 'zod';
import { renderText } from '../ir/template.js';
import { defineActivity } from './define-activity.js';
import { DESCRIBED_KEYS, defineFactory, outputRef, type Described, type OutputRef, type Routable, type Target, type Text } from './shared/factory.js';
import { compact, toTemplate } from './shared/factory-input.js';
import { literal, optionalLiteral, recordValue, textValue } from './shared/print-input.js';
import { idRef } from './shared/resources.js';
import { catalogueId } from './shared/regions.js';
import { defined, numberOf, textTemplate } from './shared/from-webex.js';
import { resourceSchema, templateSchema } from './shared/schemas.js';
import { selectShadows } from './shared/shadow-keys.js';
import { decimalText } from './virtual-agent.js';

/** The connector value that selects Cisco's own AI Agent rather than a CCAI connector. */
export const WEBEX_AI_AGENT_CONNECTOR = 'NATIVE_ADVANCED_VIRTUAL_AGENT';

const options = z.strictObject({
  /** A CCAI connector id, or the Webex AI Agent (`NATIVE_ADVANCED_VIRTUAL_AGENT`) with its display name. */
  connector: z.union([z.string().min(1), resourceSchema]),
  /** The Webex AI Agent to talk to (id + display name). */
  agent: resourceSchema.optional(),
  /** Event sent to the bot at the start (a template, may be empty). */
  eventName: templateSchema.default({ parts: [] }),
  /** Data sent with the event (JSON text or a template yielding it). */
  eventData: templateSchema.optional(),
  terminationDelaySeconds: z.number().int().min(0).max(30).default(30),
  transcript: z.boolean().default(true),
  /** Record the AI Agent's autonomous conversation (2026). */
  recordAutonomous: z.boolean().optional(),
  pitch: z.number().min(-20).max(20).default(0),
  speakingRate: z.number().min(0.25).max(4).default(1),
  volumeGainDb: z.number().min(-96).max(16).default(0),
});
export type VirtualAgentVoiceOptions = z.infer<typeof options>;

/** An option left out takes the default of the kind's schema (`options` above). */
export interface VirtualAgentVoiceInput extends Described {
  /** A Contact Center AI connector's id, or Cisco's Webex AI Agent (`NATIVE_ADVANCED_VIRTUAL_AGENT`) with its display name. */
  connector: string | { id: string; name: string };
  /** The Webex AI Agent to talk to (id + display name). */
  agent?: { id: string; name: string };
  /** Event sent to the bot at the start. @default "" */
  eventName?: Text;
  /** Data sent with the event: JSON text, or a template yielding it. */
  eventData?: Text;
  /** 0 to 30. */
  terminationDelaySeconds?: number;
  transcript?: boolean;
  /** Record the AI Agent's autonomous conversation. */
  recordAutonomous?: boolean;
  /** −20 to 20. */
  pitch?: number;
  /** 0.25 to 4.0. */
  speakingRate?: number;
  /** −96 to 16 dB. */
  volumeGainDb?: number;
}
/** The conversation ends (`ENDED`) or asks for an agent (`ESCALATE`). */
export interface VirtualAgentVoiceHandle extends Target, Routable<'ENDED' | 'ESCALATE', 'error'> {
  /** `<name>.MetaData`: what the agent returned (JSON), e.g. for a Parse activity. */
  readonly metaData: OutputRef<'json'>;
  readonly stateEventName: OutputRef<'string'>;
  readonly transcriptUrl: OutputRef<'string'>;
}

const VOICE_AGENT_SETTINGS = ['terminationDelaySeconds', 'transcript', 'recordAutonomous', 'pitch', 'speakingRate', 'volumeGainDb'] as const;

export const virtualAgentVoice = defineActivity({
  kind: 'virtual-agent-voice',
  options,
  factory: defineFactory<{
    /** Virtual Agent V2: hands the call to a voice AI agent (Webex AI Agent or Contact Center AI) until it ends or escalates. */
    virtualAgentVoice(name: string, input: VirtualAgentVoiceInput): VirtualAgentVoiceHandle;
  }>()({
    method: 'virtualAgentVoice',
    inputKeys: [...DESCRIBED_KEYS, 'connector', 'agent', 'eventName', 'eventData', ...VOICE_AGENT_SETTINGS],
    options: (input) =>
      compact({
        connector: typeof input.connector === 'string' ? input.connector : { id: input.connector.id, name: input.connector.name },
        agent: input.agent && { id: input.agent.id, name: input.agent.name },
        eventName: input.eventName === undefined ? undefined : toTemplate(input.eventName),
        eventData: input.eventData === undefined ? undefined : toTemplate(input.eventData),
        ...Object.fromEntries(VOICE_AGENT_SETTINGS.map((key) => [key, input[key]])),
      }),
    handle: (name) => ({
      metaData: outputRef(`${name}.MetaData`, 'json'),
      stateEventName: outputRef(`${name}.StateEventName`),
      transcriptUrl: outputRef(`${name}.TranscriptURL`),
    }),
  }),
  printInput: (o) =>
    recordValue([
      ['connector', literal(o.connector)],
      ['agent', o.agent && literal(o.agent)],
      ['eventName', textValue(o.eventName)],
      ['eventData', o.eventData && textValue(o.eventData)],
      ...VOICE_AGENT_SETTINGS.map((key) => [key, optionalLiteral(o[key])] as const),
    ]),
  resources: (o) => {
    const id = typeof o.connector === 'string' ? o.connector : o.connector.id;
    // Cisco's own AI Agent is selected by a constant, not an org connector.
    return id === WEBEX_AI_AGENT_CONNECTOR ? [] : idRef('connector', id, typeof o.connector === 'string' ? ['connector'] : ['connector', 'id']);
  },
  ports: () => ['ENDED', 'ESCALATE', 'error'],
  templates: (o) => [o.eventName, ...(o.eventData ? [o.eventData] : [])],
  outputs: ['StateEventName', 'MetaData', 'TranscriptURL', 'ErrorCode'],
  webex: { activityName: 'ivr-virtualassistantvoice', activityId: catalogueId('ivr-virtualassistantvoice'), group: 'enum-gateway', description: true },
  summary: (o) => [o.agent?.name ?? (typeof o.connector === 'string' ? o.connector : o.connector.name)],
  // How a bot conversation ends is the scenario's to say; without it the run stops rather than guess.
  simulate: (_, call) => {
    const answer = call.scenarioAnswer();
    if (!answer?.port) return call.unsupported('the scenario does not say how the virtual agent conversation ends (ENDED or ESCALATE)');
    for (const [name, value] of Object.entries(answer.outputs ?? {})) call.output(name, value);
    return { port: answer.port };
  },
  toWebex: (o) => {
    const connector = typeof o.connector === 'string' ? { id: o.connector, name: null } : o.connector;
    return {
      connector: connector.id,
      'connector:type': null,
      connector_type: null,
      ...(connector.name === null ? {} : { 'connector:name': connector.name, connector_name: connector.name }),
      ...(o.agent
        ? {
            configIdRadioGroup: 'staticConfigId',
            virtualAgentId: o.agent.id,
            ...selectShadows('virtualAgentId', o.agent.name, false),
          }
        : {}),
      eventName: renderText(o.eventName),
      eventData: o.eventData ? renderText(o.eventData) : null,
      pitch: decimalText(o.pitch),
      speakingRate: decimalText(o.speakingRate),
      volumeGain: decimalText(o.volumeGainDb),
      terminationDelay: o.terminationDelaySeconds,
      transcript: o.transcript,
      ...(o.recordAutonomous === undefined ? {} : { recordAutonomous: o.recordAutonomous, recordScripted: null, variableSelection: null }),
    };
  },
  fromWebex: (p) => {
    const id = p['connector'];
    if (typeof id !== 'string' || !id) return undefined;
    const connectorName = p['connector:name'];
    const agentId = p['virtualAgentId'];
    const agentName = p['virtualAgentId:name'];
    if (agentId !== undefined && agentId !== null && (typeof agentId !== 'string' || p['configIdRadioGroup'] !== 'staticConfigId')) return undefined;
    return defined({
      connector: typeof connectorName === 'string' && connectorName ? { id, name: connectorName } : id,
      agent: typeof agentId === 'string' ? { id: agentId, name: typeof agentName === 'string' && agentName ? agentName : agentId } : undefined,
      eventName: textTemplate(p['eventName'] ?? ''),
      eventData: textTemplate(p['eventData']),
      terminationDelaySeconds: numberOf(p['terminationDelay']),
      transcript: p['transcript'] === true,
      recordAutonomous: typeof p['recordAutonomous'] === 'boolean' ? p['recordAutonomous'] : undefined,
      pitch: numberOf(p['pitch']),
      speakingRate: numberOf(p['speakingRate']),
      volumeGainDb: numberOf(p['volumeGain']),
    });
  },
  settings: { playsAudio: true },
});
