/**
 * Virtual Agent (`ivr-virtualassistant`, Dialogflow ES / the legacy virtual agent): hands the
 * caller to a CCAI bot until it ends or escalates. Limits from docs/webex-activities-and-api.md
 * §1.3 "Virtual Agent (Dialogflow ES)": No-Input Timeout 1–30 s (default 5), Max No-Input Attempts
 * 0–9 (default 3), inter-digit timeout 0–30 s (default 3), Termination Delay 1–30 s; outputs
 * `LastIntent`, `TranscriptURL`, `ErrorCode`; TTS speaking rate 0.25–4.0 and volume gain −96 to
 * 16 dB as Play Message. Catalogue id 5f33a6045d76a50d1e8fb4d0 (US/EU), group `enum-gateway`,
 * ports `ENDED`, `ESCALATE`, `error`, all wired in all four corpus instances
 * (docs/webex-flow-format.md §7.13). Keys from dialogflow-sample `CustomGreeting` and CARS
 * `scosborn_ebot`: rates as strings ("1.0", "0.0"), timeouts as integers, `botParameters` an object
 * of templates (or null in 2022).
 */
import { z } from 'zod';
import { renderText } from '../ir/template.js';
import { defineActivity } from './define-activity.js';
import { DESCRIBED_KEYS, defineFactory, outputRef, type Described, type OutputRef, type Routable, type Target, type Text } from './shared/factory.js';
import { compact, textRecord } from './shared/factory-input.js';
import { literal, optionalLiteral, recordValue, textRecordValue } from './shared/print-input.js';
import { idRef } from './shared/resources.js';
import { catalogueId } from './shared/regions.js';
import { defined, numberOf, templateRecord } from './shared/from-webex.js';
import { templateSchema } from './shared/schemas.js';

const options = z.strictObject({
  /** The CCAI connector's id. */
  connector: z.string().min(1),
  /** Custom parameters passed to the bot (`{name: "{{customerName}}"}`). */
  botParameters: z.record(z.string(), templateSchema).default({}),
  /** Language the caller speaks, e.g. `en-AU`. */
  inputLanguage: z.string().min(1).default('en-US'),
  /** TTS voice of the bot, e.g. `en-AU-Wavenet-C`. */
  outputVoice: z.string().min(1).optional(),
  /** Override the default language and voice on this activity. */
  overrideLanguage: z.boolean().default(true),
  noInputTimeoutSeconds: z.number().int().min(1).max(30).default(5),
  maxNoInputCount: z.number().int().min(0).max(9).default(3),
  dtmfTimeoutSeconds: z.number().int().min(0).max(30).default(3),
  dtmfTerminator: z.enum(['#', '*']).default('#'),
  terminationDelaySeconds: z.number().int().min(1).max(30).default(5),
  /** Keep a transcript (`<name>.TranscriptURL`). */
  transcript: z.boolean().default(true),
  interruptible: z.boolean().default(true),
  speakingRate: z.number().min(0.25).max(4).default(1),
  volumeGainDb: z.number().min(-96).max(16).default(0),
});
export type VirtualAgentOptions = z.infer<typeof options>;

/** `1` → "1.0", as the exports write rates and gains. */
export const decimalText = (n: number): string => (Number.isInteger(n) ? n.toFixed(1) : String(n));

/** An option left out takes the default of the kind's schema (`options` above). */
export interface VirtualAgentInput extends Described {
  /** The Contact Center AI connector's id. */
  connector: string;
  /** Custom parameters passed to the bot, e.g. `{ name: text`${customerName}` }`. */
  botParameters?: Readonly<Record<string, Text>>;
  /** The language the caller speaks, e.g. `en-AU`. */
  inputLanguage?: string;
  /** The bot's TTS voice, e.g. `en-AU-Wavenet-C`. */
  outputVoice?: string;
  /** Override the default language and voice on this activity. */
  overrideLanguage?: boolean;
  /** 1 to 30. */
  noInputTimeoutSeconds?: number;
  /** 0 to 9. */
  maxNoInputCount?: number;
  /** 0 to 30. */
  dtmfTimeoutSeconds?: number;
  dtmfTerminator?: '#' | '*';
  /** 1 to 30. */
  terminationDelaySeconds?: number;
  /** Keep a transcript (`<handle>.transcriptUrl`). */
  transcript?: boolean;
  interruptible?: boolean;
  /** 0.25 to 4.0. */
  speakingRate?: number;
  /** −96 to 16 dB. */
  volumeGainDb?: number;
}
/** The conversation ends (`ENDED`) or asks for an agent (`ESCALATE`); both must be wired. */
export interface VirtualAgentHandle extends Target, Routable<'ENDED' | 'ESCALATE' | 'error', never> {
  /** `<name>.MetaData`: what the bot returned (JSON), e.g. for a Parse activity. */
  readonly metaData: OutputRef<'json'>;
  readonly lastIntent: OutputRef<'string'>;
  readonly transcriptUrl: OutputRef<'string'>;
}

const VIRTUAL_AGENT_SETTINGS = [
  'inputLanguage', 'outputVoice', 'overrideLanguage', 'noInputTimeoutSeconds', 'maxNoInputCount', 'dtmfTimeoutSeconds',
  'dtmfTerminator', 'terminationDelaySeconds', 'transcript', 'interruptible', 'speakingRate', 'volumeGainDb',
] as const;

export const virtualAgent = defineActivity({
  kind: 'virtual-agent',
  options,
  factory: defineFactory<{
    /** Virtual Agent: hands the call to a Contact Center AI bot until it ends or escalates. */
    virtualAgent(name: string, input: VirtualAgentInput): VirtualAgentHandle;
  }>()({
    method: 'virtualAgent',
    inputKeys: [...DESCRIBED_KEYS, 'connector', 'botParameters', ...VIRTUAL_AGENT_SETTINGS],
    options: (input) =>
      compact({
        connector: input.connector,
        botParameters: textRecord(input.botParameters),
        ...Object.fromEntries(VIRTUAL_AGENT_SETTINGS.map((key) => [key, input[key]])),
      }),
    handle: (name) => ({
      metaData: outputRef(`${name}.MetaData`, 'json'),
      lastIntent: outputRef(`${name}.LastIntent`),
      transcriptUrl: outputRef(`${name}.TranscriptURL`),
    }),
  }),
  printInput: (o) =>
    recordValue([
      ['connector', literal(o.connector)],
      ['botParameters', Object.keys(o.botParameters).length ? textRecordValue(o.botParameters) : undefined],
      ...VIRTUAL_AGENT_SETTINGS.map((key) => [key, optionalLiteral(o[key])] as const),
    ]),
  resources: (o) => idRef('connector', o.connector, ['connector']),
  ports: () => ['ENDED', 'ESCALATE', 'error'],
  requiredPorts: () => ['ENDED', 'ESCALATE', 'error'],
  // `error` is the Undefined Error path, optional in Flow Designer (docs/webex-activities-and-api.md §1.1).
  designerRequiredPorts: () => ['ENDED', 'ESCALATE'],
  templates: (o) => Object.values(o.botParameters),
  outputs: ['LastIntent', 'TranscriptURL', 'ErrorCode', 'IntentTriggered', 'MetaData'],
  webex: { activityName: 'ivr-virtualassistant', activityId: catalogueId('ivr-virtualassistant'), group: 'enum-gateway', description: true },
  summary: (o) => [o.connector],
  // How a bot conversation ends is the scenario's to say; without it the run stops rather than guess.
  simulate: (_, call) => {
    const answer = call.scenarioAnswer();
    if (!answer?.port) return call.unsupported('the scenario does not say how the virtual agent conversation ends (ENDED or ESCALATE)');
    for (const [name, value] of Object.entries(answer.outputs ?? {})) call.output(name, value);
    return { port: answer.port };
  },
  toWebex: (o, exported) => {
    const parameters = Object.fromEntries(Object.entries(o.botParameters).map(([k, v]) => [k, renderText(v)]));
    // 2022 exports (CARS) write no parameters as null.
    const noParameters = exported?.['botParameters'] === null ? null : {};
    return {
      connector: o.connector,
      'connector:type': null,
      connector_type: null,
      botParameters: Object.keys(parameters).length > 0 ? parameters : noParameters,
      overrideLanguageToggle: o.overrideLanguage,
      inputLanguage: o.inputLanguage,
      'inputLanguage:type': null,
      inputLanguage_type: null,
      outputVoice: o.outputVoice ?? null,
      'outputVoice:type': null,
      outputVoice_type: null,
      speakingRate: decimalText(o.speakingRate),
      volumeGain: decimalText(o.volumeGainDb),
      interruptible: o.interruptible,
      noInputTimeout: o.noInputTimeoutSeconds,
      maxNoInputCount: o.maxNoInputCount,
      dtmfTimeout: o.dtmfTimeoutSeconds,
      dtmfTerminatorSymbol: o.dtmfTerminator,
      terminationDelay: o.terminationDelaySeconds,
      transcript: o.transcript,
    };
  },
  fromWebex: (p) => {
    const botParameters = templateRecord(p['botParameters']);
    if (typeof p['connector'] !== 'string' || !botParameters) return undefined;
    return defined({
      connector: p['connector'],
      botParameters,
      inputLanguage: p['inputLanguage'] ?? undefined,
      outputVoice: p['outputVoice'] ?? undefined,
      overrideLanguage: p['overrideLanguageToggle'] === true,
      noInputTimeoutSeconds: numberOf(p['noInputTimeout']),
      maxNoInputCount: numberOf(p['maxNoInputCount']),
      dtmfTimeoutSeconds: numberOf(p['dtmfTimeout']),
      dtmfTerminator: p['dtmfTerminatorSymbol'] ?? undefined,
      terminationDelaySeconds: numberOf(p['terminationDelay']),
      transcript: p['transcript'] === true,
      interruptible: p['interruptible'] === true,
      speakingRate: numberOf(p['speakingRate']),
      volumeGainDb: numberOf(p['volumeGain']),
    });
  },
  settings: { playsAudio: true },
});
