/**
 * Play Music: plays a file from the prompt store, by default `defaultmusic_on_hold.wav`, for a
 * duration in seconds (capped by Webex at 5× the file length; docs/webex-activities-and-api.md
 * §1.3). Catalogue id 5faa2ad13505f538acc86afc (US/EU), group `action`, ports `default`, `error`.
 * Linking `default` back to itself is the standard "wait in queue" loop (14 self-loops in the
 * corpus). Keys from ZD24 `PlayMusic`; `duration` is a string there ("30"), `skip` an integer.
 * Dynamic audio (docs/webex-flow-format.md §7.11; QueueTreatment subflow 2024 `PlayMusic_eqz`):
 * `audioRadioGroup: "dynamicAudio"`, `promptDynamic` a template yielding a file name, `prompt` null,
 * and the duration may be a template (`"{{ musicDuration }}"`). A duration of null (play the file
 * once; 8 corpus activities) or -1 (dialogflow-sample `PlayMusic1`, meaning undocumented) is kept.
 */
import { z } from 'zod';
import { defineActivity } from './define-activity.js';
import { DESCRIBED_KEYS, defineFactory, type Chain, type Described, type Target, type Text, type TextTemplate } from './shared/factory.js';
import { compact, toTemplate } from './shared/factory-input.js';
import { literal, optionalLiteral, recordValue, templateValue, textValue, type PrintedInput } from './shared/print-input.js';
import { catalogueId } from './shared/regions.js';
import { renderText } from '../ir/template.js';
import { numberOf, textTemplate } from './shared/from-webex.js';
import { templateSchema } from './shared/schemas.js';
import { selectShadows } from './shared/shadow-keys.js';

export const DEFAULT_HOLD_MUSIC = 'defaultmusic_on_hold.wav';
const DEFAULT_SECONDS = 30;

const options = z
  .strictObject({
    /** A file from the prompt store. @default DEFAULT_HOLD_MUSIC (unless `dynamicFile` is given) */
    file: z.string().min(1).optional(),
    /** Dynamic audio: a template that yields the name of an uploaded .wav file. */
    dynamicFile: templateSchema.optional(),
    /** Seconds to play; null plays the file once; -1 as some exports write it. */
    durationSeconds: z
      .number()
      .int()
      .min(-1)
      .max(3600)
      .refine((n) => n !== 0, { message: 'a duration of 0 s plays nothing' })
      .nullable()
      .default(DEFAULT_SECONDS),
    /** A duration computed at run time (`{{ musicDuration }}`); replaces `durationSeconds`. */
    durationTemplate: templateSchema.optional(),
    /** Seconds into the file to start from. */
    startOffsetSeconds: z.number().int().min(0).default(0),
  })
  .superRefine((o, ctx) => {
    if (o.file !== undefined && o.dynamicFile !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['dynamicFile'], message: 'give a file or a dynamicFile, not both' });
    }
  });
export type PlayMusicOptions = z.infer<typeof options>;

/** A file from the prompt store, by name. */
export interface PlayMusicStaticFile {
  /** A file from the prompt store. @default {@link DEFAULT_HOLD_MUSIC} */
  file?: string;
  dynamicFile?: never;
}

/** Dynamic audio: the file's name computed at run time. */
export interface PlayMusicDynamicFile {
  /** Instead of `file`: a template that yields the name of an uploaded .wav file (`text\`${holdMusic}\``). */
  dynamicFile: Text;
  file?: never;
}

/** An option left out takes the default of the kind's schema (`options` above). */
export interface PlayMusicCommon extends Described {
  /** Seconds to play; `null` plays the file once (Flow Designer's unset duration). @default 30 */
  durationSeconds?: number | null;
  /** Seconds computed at run time (`text\`${musicDuration}\``); replaces `durationSeconds`. */
  durationTemplate?: TextTemplate;
  /** Seconds into the file to start from. */
  startOffsetSeconds?: number;
}

/** A `file` (or the default hold music) or a `dynamicFile`. */
export type PlayMusicInput = PlayMusicCommon & (PlayMusicStaticFile | PlayMusicDynamicFile);

/** The options as the factory takes them; a computed duration with other seconds than the default has no factory form. */
function printPlayMusic(o: PlayMusicOptions): PrintedInput | undefined {
  if (o.durationTemplate !== undefined && o.durationSeconds !== DEFAULT_SECONDS) return undefined;
  return recordValue([
    ['file', optionalLiteral(o.file)],
    ['dynamicFile', o.dynamicFile === undefined ? undefined : textValue(o.dynamicFile)],
    ['durationSeconds', o.durationTemplate === undefined ? literal(o.durationSeconds) : undefined],
    ['durationTemplate', o.durationTemplate === undefined ? undefined : templateValue(o.durationTemplate)],
    ['startOffsetSeconds', literal(o.startOffsetSeconds)],
  ]);
}

export type PlayMusicHandle = Target & Chain<'default' | 'error'> & {
  /** Links `default` back to this activity: the standard "music while queued" loop. */
  loop(): PlayMusicHandle;
};

export const playMusic = defineActivity({
  kind: 'play-music',
  options,
  factory: defineFactory<{
    /** Play Music: music while the caller waits (a `file` or a `dynamicFile`, for seconds or once); `.loop()` replays it until an agent answers. */
    playMusic(name: string, input?: PlayMusicInput): PlayMusicHandle;
  }>()({
    method: 'playMusic',
    inputKeys: [...DESCRIBED_KEYS, 'file', 'dynamicFile', 'durationSeconds', 'durationTemplate', 'startOffsetSeconds'],
    options: (input) =>
      compact({
        file: input.file,
        dynamicFile: input.dynamicFile === undefined ? undefined : toTemplate(input.dynamicFile),
        durationSeconds: input.durationSeconds,
        durationTemplate: input.durationTemplate?.template,
        startOffsetSeconds: input.startOffsetSeconds,
      }),
    mainPort: 'default',
    handle: (_name, self) => ({ loop: () => self.then(self) }),
  }),
  printInput: (o) => printPlayMusic(o),
  // The default hold music is a system file, in no org's audio-file list.
  resources: (o) => (o.file === undefined || o.file === DEFAULT_HOLD_MUSIC ? [] : [{ kind: 'audio-file', path: ['file'], name: o.file, id: undefined }]),
  ports: () => ['default', 'error'],
  templates: (o) => [...(o.dynamicFile ? [o.dynamicFile] : []), ...(o.durationTemplate ? [o.durationTemplate] : [])],
  webex: { activityName: 'play-music', activityId: catalogueId('play-music'), group: 'action', description: true },
  summary: (o) => [o.dynamicFile ? { template: o.dynamicFile } : (o.file ?? DEFAULT_HOLD_MUSIC)],
  // Time passes for the duration (null: the file once, taken as 30 s, since the file's length is unknown here).
  simulate: (o, call) => {
    const file = o.dynamicFile ? call.render(o.dynamicFile) : (o.file ?? DEFAULT_HOLD_MUSIC);
    let seconds: number | null = o.durationSeconds === -1 ? null : o.durationSeconds;
    if (o.durationTemplate) {
      seconds = Number(call.render(o.durationTemplate));
      if (!Number.isFinite(seconds) || seconds <= 0) call.fail(`the music duration is not a number of seconds`);
    }
    call.playMusic(file, seconds);
    return { port: 'default' };
  },
  toWebex: (o) => {
    const file = o.dynamicFile ? null : (o.file ?? DEFAULT_HOLD_MUSIC);
    const { 'prompt:name:name': _a, 'prompt_name:name': _b, ...shadows } = selectShadows('prompt', file, true);
    return {
      audioRadioGroup: o.dynamicFile ? 'dynamicAudio' : 'staticAudio',
      prompt: file,
      ...shadows,
      promptDynamic: o.dynamicFile ? renderText(o.dynamicFile) : null,
      duration: o.durationTemplate ? renderText(o.durationTemplate) : o.durationSeconds === null ? null : String(o.durationSeconds),
      skip: o.startOffsetSeconds,
    };
  },
  fromWebex: (p) => {
    const raw = p['duration'];
    const duration = numberOf(raw);
    const durationTemplate = duration === undefined && typeof raw === 'string' && raw.includes('{{') ? textTemplate(raw) : undefined;
    if (raw !== null && duration === undefined && durationTemplate === undefined) return undefined;
    const skip = numberOf(p['skip']) ?? 0;
    const common = { durationSeconds: raw === null ? null : (duration ?? 30), ...(durationTemplate ? { durationTemplate } : {}), startOffsetSeconds: skip };
    if (p['audioRadioGroup'] === 'staticAudio' && typeof p['prompt'] === 'string') return { file: p['prompt'], ...common };
    if (p['audioRadioGroup'] === 'dynamicAudio' && typeof p['promptDynamic'] === 'string') return { dynamicFile: textTemplate(p['promptDynamic']), ...common };
    return undefined;
  },
  settings: {
    // -1 is written by Flow Designer once in the corpus (docs/webex-flow-format.md §7.11), so accepted.
    ranges: [{ key: 'duration', min: 1, max: Infinity, allow: [-1], label: 'duration (s)' }],
    playsAudio: true,
  },
});
