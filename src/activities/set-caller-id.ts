/**
 * Set Caller ID (`SetCallerID`): sets the number an outbound call shows; the terminal activity of
 * every PreDial path, in event flows only (docs/webex-activities-and-api.md §1.3 "Others";
 * self-loop limit 100). The one real export is the corpus's outbound IVR campaign template
 * (`SetCallerID`, 2025): group `terminating-action`, catalogue id 640ae8c4… (US/EU), widget port
 * `in` only; a static number in `callerId` with `callerId:radioName: "staticCallerId"` and the
 * number again in the name shadows. The variable choice appears in no export, so its radio value
 * is unknown: such an export is imported raw.
 */
import { z } from 'zod';
import { defineActivity } from './define-activity.js';
import { DESCRIBED_KEYS, defineFactory, type Described, type TerminalHandle } from './shared/factory.js';
import { literal, recordValue } from './shared/print-input.js';
import { catalogueId } from './shared/regions.js';
import { radioShadows } from './shared/shadow-keys.js';

const options = z.strictObject({
  /** The calling number to show, e.g. `+15186199162` (an entry point's number). */
  callerId: z.string().min(1),
});
export type SetCallerIdOptions = z.infer<typeof options>;

export interface SetCallerIdInput extends Described {
  /** The number the outbound call shows. */
  callerId: string;
}

export const setCallerId = defineActivity({
  kind: 'set-caller-id',
  options,
  factory: defineFactory<{
    /** Set Caller ID: the number an outbound call shows (the end of a PreDial event flow). */
    setCallerId(name: string, input: SetCallerIdInput): TerminalHandle;
  }>()({ method: 'setCallerId', inputKeys: [...DESCRIBED_KEYS, 'callerId'], options: (input) => ({ callerId: input.callerId }) }),
  printInput: (o) => recordValue([['callerId', literal(o.callerId)]]),
  ports: () => [],
  webex: { activityName: 'SetCallerID', activityId: catalogueId('SetCallerID'), group: 'terminating-action', description: true },
  summary: (o) => [o.callerId],
  // The terminal activity of a PreDial event flow (docs §1.3).
  simulate: (o, call) => {
    call.note(`caller id set to ${o.callerId}`);
    return { end: 'ended' };
  },
  toWebex: (o) => ({
    callerId: o.callerId,
    ...radioShadows('callerId', 'staticCallerId'),
    'callerId:name': o.callerId,
    callerId_name: o.callerId,
  }),
  fromWebex: (p) => {
    const id = p['callerId'];
    const shadowsAgree = p['callerId:name'] === id && (p['callerId_name'] ?? id) === id;
    return p['callerId:radioName'] === 'staticCallerId' && typeof id === 'string' && id && shadowsAgree ? { callerId: id } : undefined;
  },
});
