/**
 * Record (`record`): records a caller's message after an optional start tone, into
 * `<name>.audioFileData` (a file-info JSON that an HTTP Request can upload). Limits from
 * docs/webex-activities-and-api.md §1.3 "Others": silence timeout 1–120 s (default 4), maximum
 * recording 1–120 s (default 30). The same section says "not in event flows", but Cisco's own
 * Recording template records a survey answer in its AgentDisconnected event flow (`RecordSurvey`),
 * so flowgen does not forbid it. Facts from that export (corpus hnavilur…/recording-template
 * __Recording_Template.json, 2024-10): catalogue id 659f917ef2cd9b2a8a4f2681, group `action`, ports
 * `default`, `noInputTimeout`, `undefinedErrors` (all wired in both instances); the termination key
 * in `terminationSymbol` with name shadows; `RecordSurvey` (defaults) writes the two times as
 * numbers, the edited `Record_zfp` as strings ("120"); `testObject` names the JSON variable that
 * Flow Designer's debug mode uses as a stand-in recording (`{{ testRecordingInfo }}`). Cisco's
 * Record Agent Greeting template (hnavilur/webex-contact-center-flows @ 29339d3, outside the corpus)
 * has the same keys in another environment, under catalogue id 649b4acc07869f6859411d0a (kept on
 * import; which region it belongs to is not known).
 */
import { z } from 'zod';
import { renderText } from '../ir/template.js';
import { defineActivity } from './define-activity.js';
import { DESCRIBED_KEYS, defineFactory, type Chain, type Described, type Routable, type Target, type Text, type Variable, type OutputRef, outputRef } from './shared/factory.js';
import { compact, fieldTemplate } from './shared/factory-input.js';
import { literal, recordValue, textValue } from './shared/print-input.js';
import { catalogueId } from './shared/regions.js';
import { defined, numberOf, textTemplate } from './shared/from-webex.js';
import { templateSchema } from './shared/schemas.js';
import { selectShadows } from './shared/shadow-keys.js';

/** flowgen port → Webex port: flowgen says `timeout` and `error` for every kind. */
const WEBEX_PORTS: Readonly<Record<string, string>> = { timeout: 'noInputTimeout', error: 'undefinedErrors' };

const options = z.strictObject({
  /** Seconds of silence that end the recording (1–120). */
  silenceTimeoutSeconds: z.number().int().min(1).max(120).default(4),
  /** Longest recording in seconds (1–120). */
  maxRecordingSeconds: z.number().int().min(1).max(120).default(30),
  /** Whether a tone tells the caller to start speaking. */
  playStartTone: z.boolean().default(true),
  /** The key that ends the recording. */
  terminator: z.enum(['#', '*']).default('#'),
  /** A JSON variable that stands in for the recording when the flow is debugged, e.g. `{{ testRecordingInfo }}`. */
  testRecording: templateSchema.optional(),
});
export type RecordOptions = z.infer<typeof options>;

/** An option left out takes the default of the kind's schema (`options` above). */
export interface RecordInput extends Described {
  /** Seconds of silence that end the recording, 1 to 120. */
  silenceTimeoutSeconds?: number;
  /** Longest recording in seconds, 1 to 120. */
  maxRecordingSeconds?: number;
  /** Play a tone before recording. */
  playStartTone?: boolean;
  /** The key that ends the recording. */
  terminator?: '#' | '*';
  /** A JSON variable Flow Designer's debug mode uses in place of a real recording. */
  testRecording?: Variable<'json'> | Text;
}
export type RecordHandle = Target & Chain<'default' | 'timeout' | 'error'> & Routable<'default' | 'timeout', 'error'> & {
  /** `<name>.audioFileData`: the recording's file info (JSON), e.g. for an HTTP upload. */
  readonly recording: OutputRef<'json'>;
};

export const record = defineActivity({
  kind: 'record',
  options,
  factory: defineFactory<{
    /** Record: records the caller's message into `<handle>.recording`. */
    record(name: string, input?: RecordInput): RecordHandle;
  }>()({
    method: 'record',
    inputKeys: [...DESCRIBED_KEYS, 'silenceTimeoutSeconds', 'maxRecordingSeconds', 'playStartTone', 'terminator', 'testRecording'],
    options: (input) =>
      compact({
        silenceTimeoutSeconds: input.silenceTimeoutSeconds,
        maxRecordingSeconds: input.maxRecordingSeconds,
        playStartTone: input.playStartTone,
        terminator: input.terminator,
        testRecording: input.testRecording === undefined ? undefined : fieldTemplate(input.testRecording),
      }),
    mainPort: 'default',
    handle: (name) => ({ recording: outputRef(`${name}.audioFileData`, 'json') }),
  }),
  printInput: (o) =>
    recordValue([
      ['silenceTimeoutSeconds', literal(o.silenceTimeoutSeconds)],
      ['maxRecordingSeconds', literal(o.maxRecordingSeconds)],
      ['playStartTone', literal(o.playStartTone)],
      ['terminator', literal(o.terminator)],
      ['testRecording', o.testRecording && textValue(o.testRecording)],
    ]),
  ports: () => ['default', 'timeout', 'error'],
  requiredPorts: () => ['default', 'timeout'],
  // Flow Designer publishes a Record with its No-Input Timeout unwired (error paths are optional).
  designerRequiredPorts: () => ['default'],
  webexPort: (port) => WEBEX_PORTS[port] ?? port,
  portFromWebex: (port) => Object.keys(WEBEX_PORTS).find((p) => WEBEX_PORTS[p] === port) ?? port,
  templates: (o) => (o.testRecording ? [o.testRecording] : []),
  outputs: ['audioFileData'],
  webex: { activityName: 'record', activityId: catalogueId('record'), group: 'action', description: true },
  summary: (o) => [`up to ${o.maxRecordingSeconds} s, ends after ${o.silenceTimeoutSeconds} s silence or ${o.terminator}`],
  // What a caller says cannot be simulated: the flow's own test recording (as Flow Designer's debug
  // uses it) or the scenario's answer stands in; with neither, the run stops rather than guess.
  simulate: (o, call) => {
    const answer = call.scenarioAnswer();
    if (!answer && !o.testRecording) return call.unsupported('the scenario gives no recording (answers) and the activity has no test recording');
    call.note(`records the caller (up to ${o.maxRecordingSeconds} s)`);
    call.wait(Math.min(o.maxRecordingSeconds, o.silenceTimeoutSeconds + 5));
    for (const [name, value] of Object.entries(answer?.outputs ?? {})) call.output(name, value);
    if (!answer?.outputs && o.testRecording) call.output('audioFileData', call.render(o.testRecording));
    return { port: answer?.port ?? 'default' };
  },
  toWebex: (o) => {
    const shadows = selectShadows('terminationSymbol', o.terminator, true);
    return {
      terminationSymbol_name: shadows['terminationSymbol_name'],
      'terminationSymbol:name:name': shadows['terminationSymbol:name:name'],
      maxRecordingTime: o.maxRecordingSeconds,
      playStartTone: o.playStartTone,
      silenceTimeout: o.silenceTimeoutSeconds,
      'terminationSymbol:name': shadows['terminationSymbol:name'],
      'terminationSymbol_name:name': shadows['terminationSymbol_name:name'],
      terminationSymbol_type: null,
      'terminationSymbol:type': null,
      terminationSymbol: o.terminator,
      ...(o.testRecording ? { testObject: renderText(o.testRecording) } : {}),
    };
  },
  fromWebex: (p) => {
    const test = p['testObject'];
    if (test !== undefined && test !== null && typeof test !== 'string') return undefined;
    return defined({
      silenceTimeoutSeconds: numberOf(p['silenceTimeout']),
      maxRecordingSeconds: numberOf(p['maxRecordingTime']),
      playStartTone: typeof p['playStartTone'] === 'boolean' ? p['playStartTone'] : undefined,
      terminator: p['terminationSymbol'] ?? undefined,
      testRecording: typeof test === 'string' && test !== '' ? textTemplate(test) : undefined,
    });
  },
});
