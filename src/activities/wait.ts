/**
 * Wait (`wait-activity`): pauses the flow, e.g. between two updates to a customer waiting in a
 * messaging queue. Webex facts (docs/webex-activities-and-api.md §1.3 "Others", §1.4): up to
 * 72:00:00; Cisco advises against waiting during an IVR (voice) call. The documented minimum
 * (00:00:10) is not what Flow Designer enforces: Cisco's Prompt Management template
 * (hnavilur/webex-contact-center-flows, prompt-recording-template/Prompt_Management_Template.json
 * @ 57a281a) waits "00:00:07", and a community FlowV2 reference read off the activity registry
 * gives the editor's minimum as 00:00:05, which flowgen takes. Facts from `Wait_kxx` in Cisco's BYO
 * messaging template (corpus hnavilur…/byo-custom-messaging-channel-template__BYO_Custom_Messaging
 * _Template.json, 2026-06) and `Wait_ezv` (Prompt Management, 2025-04): activityId `wait-activity`
 * (a slug), group `action`, ports `default` and `error`; the duration as `"HH:MM:SS"` text.
 */
import { z } from 'zod';
import { defineActivity } from './define-activity.js';
import { DESCRIBED_KEYS, defineFactory, type Chain, type Described, type Target } from './shared/factory.js';
import { literal, recordValue } from './shared/print-input.js';

export const MIN_WAIT_SECONDS = 5;
export const MAX_WAIT_SECONDS = 72 * 3600;

const options = z.strictObject({
  /** How long to wait, in seconds (5 s to 72 h). */
  durationSeconds: z.number().int().min(MIN_WAIT_SECONDS).max(MAX_WAIT_SECONDS),
});
export type WaitOptions = z.infer<typeof options>;

export interface WaitInput extends Described {
  /** 5 seconds to 72 hours. Cisco advises against waiting during a voice call. */
  durationSeconds: number;
}
export type WaitHandle = Target & Chain<'default' | 'error'>;

const two = (n: number) => String(n).padStart(2, '0');

/** 3725 → "01:02:05"; hours are not wrapped (72 h is "72:00:00"). */
export function waitDurationText(seconds: number): string {
  return `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}

/** "01:02:05" → 3725; anything else → undefined. */
function durationSeconds(value: unknown): number | undefined {
  const match = typeof value === 'string' ? /^(\d{1,3}):([0-5]\d):([0-5]\d)$/.exec(value) : null;
  return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : undefined;
}

export const wait = defineActivity({
  kind: 'wait',
  options,
  factory: defineFactory<{
    /** Wait: pauses the flow for 5 s to 72 h. */
    wait(name: string, input: WaitInput): WaitHandle;
  }>()({
    method: 'wait',
    inputKeys: [...DESCRIBED_KEYS, 'durationSeconds'],
    options: (input) => ({ durationSeconds: input.durationSeconds }),
    mainPort: 'default',
  }),
  printInput: (o) => recordValue([['durationSeconds', literal(o.durationSeconds)]]),
  ports: () => ['default', 'error'],
  webex: { activityName: 'wait-activity', activityId: 'wait-activity', group: 'action', description: true },
  summary: (o) => [waitDurationText(o.durationSeconds)],
  simulate: (o, call) => {
    call.wait(o.durationSeconds);
    return { port: 'default' };
  },
  toWebex: (o) => ({ duration: waitDurationText(o.durationSeconds) }),
  fromWebex: (p) => {
    const seconds = durationSeconds(p['duration']);
    // A duration spelled differently ("0:00:10") would not be written back the same way.
    return seconds !== undefined && waitDurationText(seconds) === p['duration'] ? { durationSeconds: seconds } : undefined;
  },
});
