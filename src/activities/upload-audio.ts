/**
 * Upload Audio (`upload-audio`): stores a recording (a Record activity's `audioFileData`) as an
 * agent's personal greeting. Not in Cisco's activity documentation
 * (docs/webex-activities-and-api.md has no section). Facts from the only export, `UploadAudio_9ax`
 * in Cisco's Record Agent Greeting template (hnavilur/webex-contact-center-flows,
 * record-agent-greeting-template/Record_Agent_Greeting_Template.json, commit 29339d33c148, read
 * through the public file index; not in the corpus): catalogue id 68bfe69d05d0809aba5a06c2 (that
 * export's environment, the one whose start carries the `5f0ed845…` ids), group `action`, links
 * from `default` and `error`; `audioFileType` `agent_greeting` ("Agent Personal Greeting", `:name`
 * and `_name` shadows only); `agentId`, `greetingPurpose` and the recording as Pebble text, the
 * recording twice: `audioFileDataInput` "{{ Record_o10.audioFileData | json }}" and
 * `audioFileData` "{{Record_o10.audioFileData | json}}" (the same reference, spaced differently).
 */
import { z } from 'zod';
import { renderText } from '../ir/template.js';
import { defineActivity } from './define-activity.js';
import { DESCRIBED_KEYS, defineFactory, type Chain, type Described, type Routable, type Target, type Text, type TextOrVariable, type Variable, type OutputRef } from './shared/factory.js';
import { compact, fieldTemplate } from './shared/factory-input.js';
import type { Template } from '../ir/types.js';
import { literal, recordValue, textValue } from './shared/print-input.js';
import { textTemplate } from './shared/from-webex.js';
import { templateSchema } from './shared/schemas.js';

const AUDIO_FILE_TYPE_NAMES = { agent_greeting: 'Agent Personal Greeting' } as const;
type AudioFileType = keyof typeof AUDIO_FILE_TYPE_NAMES;

const options = z.strictObject({
  /** What the file is for. */
  audioFileType: z.enum(Object.keys(AUDIO_FILE_TYPE_NAMES) as [AudioFileType]).default('agent_greeting'),
  /** The agent whose greeting this is (id or email), e.g. `{{configUserId}}`. */
  agentId: templateSchema,
  /** The greeting's purpose tag, e.g. `{{greetingPurpose}}`. */
  greetingPurpose: templateSchema,
  /** The recording's file info (JSON), e.g. `{{Record_o10.audioFileData | json}}`. */
  recording: templateSchema,
});
export type UploadAudioOptions = z.infer<typeof options>;

/** An option left out takes the default of the kind's schema (`options` above). */
export interface UploadAudioInput extends Described {
  /** The agent (id or email) whose personal greeting this becomes. */
  agentId: TextOrVariable;
  /** The greeting's purpose tag. */
  greetingPurpose: TextOrVariable;
  /** The recording: a Record activity's `recording` (or a JSON variable holding one), passed as JSON. */
  recording: OutputRef<'json'> | Variable<'json'> | Text;
  audioFileType?: 'agent_greeting';
}
export type UploadAudioHandle = Target & Chain<'default' | 'error'> & Routable<'default', 'error'>;

/** A reference is passed through Pebble's json filter, as Cisco's template writes it. */
function recordingTemplate(recording: UploadAudioInput['recording']): Template {
  return typeof recording === 'object' && recording.kind !== 'template'
    ? { parts: [{ ref: recording.kind === 'variable' ? recording.name : recording.ref, filters: 'json' }] }
    : fieldTemplate(recording);
}

export const uploadAudio = defineActivity({
  kind: 'upload-audio',
  options,
  factory: defineFactory<{
    /** Upload Audio: stores a recording as an agent's personal greeting. */
    uploadAudio(name: string, input: UploadAudioInput): UploadAudioHandle;
  }>()({
    method: 'uploadAudio',
    inputKeys: [...DESCRIBED_KEYS, 'agentId', 'greetingPurpose', 'recording', 'audioFileType'],
    options: (input) =>
      compact({
        audioFileType: input.audioFileType,
        agentId: fieldTemplate(input.agentId),
        greetingPurpose: fieldTemplate(input.greetingPurpose),
        recording: recordingTemplate(input.recording),
      }),
    mainPort: 'default',
  }),
  printInput: (o) =>
    recordValue([['audioFileType', literal(o.audioFileType)], ['agentId', textValue(o.agentId)], ['greetingPurpose', textValue(o.greetingPurpose)], ['recording', textValue(o.recording)]]),
  ports: () => ['default', 'error'],
  templates: (o) => [o.agentId, o.greetingPurpose, o.recording],
  webex: { activityName: 'upload-audio', activityId: '68bfe69d05d0809aba5a06c2', group: 'action', description: true },
  summary: (o) => ['greeting of', { template: o.agentId }],
  // Stores the recording for the agent; nothing is recorded (an empty reference) is an error.
  simulate: (o, call) => {
    const recording = call.render(o.recording).trim();
    if (recording === '' || recording === 'null') return call.fail('there is no recording to upload');
    call.note(`uploads the recording as the ${o.audioFileType} of ${call.render(o.agentId)}`);
    return { port: 'default' };
  },
  toWebex: (o) => ({
    agentId: renderText(o.agentId),
    audioFileType_name: AUDIO_FILE_TYPE_NAMES[o.audioFileType],
    greetingPurpose: renderText(o.greetingPurpose),
    audioFileDataInput: renderText(o.recording),
    audioFileData: renderText(o.recording),
    'audioFileType:name': AUDIO_FILE_TYPE_NAMES[o.audioFileType],
    audioFileType: o.audioFileType,
  }),
  fromWebex: (p) => {
    const agentId = textTemplate(p['agentId']);
    const greetingPurpose = textTemplate(p['greetingPurpose']);
    const recording = textTemplate(p['audioFileData']);
    return agentId && greetingPurpose && recording ? { audioFileType: p['audioFileType'] ?? undefined, agentId, greetingPurpose, recording } : undefined;
  },
});
