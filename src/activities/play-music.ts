/**
 * Play Music: plays a file from the prompt store, by default `defaultmusic_on_hold.wav`, for a
 * duration in seconds (capped by Webex at 5× the file length; docs/webex-activities-and-api.md
 * §1.3). Catalogue id 5faa2ad13505f538acc86afc (US/EU), group `action`, ports `default`, `error`.
 * Linking `default` back to itself is the standard "wait in queue" loop (14 self-loops in the
 * corpus). Keys from ZD24 `PlayMusic`; `duration` is a string there ("30"), `skip` an integer.
 */
import { z } from 'zod';
import { defineActivity } from './define-activity.js';
import { numberOf } from './shared/from-webex.js';
import { selectShadows } from './shared/shadow-keys.js';

export const DEFAULT_HOLD_MUSIC = 'defaultmusic_on_hold.wav';

const options = z.strictObject({
  file: z.string().min(1).default(DEFAULT_HOLD_MUSIC),
  durationSeconds: z.number().int().min(1).max(3600).default(30),
  /** Seconds into the file to start from. */
  startOffsetSeconds: z.number().int().min(0).default(0),
});
export type PlayMusicOptions = z.infer<typeof options>;

export const playMusic = defineActivity({
  kind: 'play-music',
  options,
  ports: () => ['default', 'error'],
  webex: { activityName: 'play-music', activityId: '5faa2ad13505f538acc86afc', group: 'action', description: true },
  toWebex: (o) => {
    const { 'prompt:name:name': _a, 'prompt_name:name': _b, ...shadows } = selectShadows('prompt', o.file, true);
    return {
      audioRadioGroup: 'staticAudio',
      prompt: o.file,
      ...shadows,
      promptDynamic: null,
      duration: String(o.durationSeconds),
      skip: o.startOffsetSeconds,
    };
  },
  fromWebex: (p) => {
    const duration = numberOf(p['duration']);
    if (p['audioRadioGroup'] !== 'staticAudio' || typeof p['prompt'] !== 'string' || duration === undefined) return undefined;
    return { file: p['prompt'], durationSeconds: duration, startOffsetSeconds: numberOf(p['skip']) ?? 0 };
  },
});
