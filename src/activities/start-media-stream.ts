/**
 * Start Media Stream: streams the call's audio to a media destination (an AI assistant) from an
 * event flow. Facts from docs/webex-flow-format.md §7.13 and the only export, PAY26
 * `StartMediaStream_b9q` (2026, in the event flow): catalogue id 6698cc9ec61ded2fa580fba1, group
 * `action`, ports `default` and `failure` (default wired); `mediaDestinationId` is a display name
 * (`"Cisco AI Assistant"`) repeated in `:name` and `:name:name` shadows. Not in Cisco's activity
 * documentation (docs/webex-activities-and-api.md has no section): no limits known.
 */
import { z } from 'zod';
import { defineActivity } from './define-activity.js';
import { DESCRIBED_KEYS, defineFactory, type Chain, type Described, type Routable, type Target } from './shared/factory.js';
import { literal, recordValue } from './shared/print-input.js';
import { catalogueId } from './shared/regions.js';
import { selectShadows } from './shared/shadow-keys.js';

const options = z.strictObject({
  /** The media destination, e.g. `Cisco AI Assistant`. */
  destination: z.string().min(1),
});
export type StartMediaStreamOptions = z.infer<typeof options>;

export interface StartMediaStreamInput extends Described {
  /** The media destination, e.g. `Cisco AI Assistant`. */
  destination: string;
}
export type StartMediaStreamHandle = Target & Chain<'default' | 'failure'> & Routable<'default', 'failure'>;

export const startMediaStream = defineActivity({
  kind: 'start-media-stream',
  options,
  factory: defineFactory<{
    /** Start Media Stream: streams the call's audio to a media destination (e.g. Cisco AI Assistant). */
    startMediaStream(name: string, input: StartMediaStreamInput): StartMediaStreamHandle;
  }>()({
    method: 'startMediaStream',
    inputKeys: [...DESCRIBED_KEYS, 'destination'],
    options: (input) => ({ destination: input.destination }),
    mainPort: 'default',
  }),
  printInput: (o) => recordValue([['destination', literal(o.destination)]]),
  ports: () => ['default', 'failure'],
  requiredPorts: () => ['default'],
  webex: { activityName: 'start-media-stream', activityId: catalogueId('start-media-stream'), group: 'action', description: true },
  summary: (o) => [o.destination],
  simulate: (o, call) => {
    call.note(`media stream to ${o.destination} started`);
    return { port: 'default' };
  },
  toWebex: (o) => {
    const { 'mediaDestinationId:type': _a, mediaDestinationId_type: _b, ...shadows } = selectShadows('mediaDestinationId', o.destination, true);
    return { mediaDestinationId: o.destination, ...shadows };
  },
  fromWebex: (p) => (typeof p['mediaDestinationId'] === 'string' ? { destination: p['mediaDestinationId'] } : undefined),
});
