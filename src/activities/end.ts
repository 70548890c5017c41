/**
 * End Flow (`end`): ends an event flow. Not for the voice main flow, where it leaves dead air
 * (docs/webex-activities-and-api.md §1.4); Cisco ends every event flow with one (ZD22, ZD24).
 */
import { z } from 'zod';
import { defineActivity } from './define-activity.js';
import { DESCRIBED_KEYS, defineFactory, type Described, type TerminalHandle } from './shared/factory.js';
import { recordValue } from './shared/print-input.js';

export const end = defineActivity({
  kind: 'end',
  options: z.strictObject({}),
  factory: defineFactory<{
    /** End Flow: the end of an event flow (never of the voice main flow). */
    end(name: string, input?: Described): TerminalHandle;
  }>()({ method: 'end', inputKeys: DESCRIBED_KEYS, options: () => ({}) }),
  printInput: () => recordValue([]),
  ports: () => [],
  webex: { activityName: 'end', activityId: 'end', group: 'end', description: true },
  // In the main flow the flow stops (dead air, docs §1.4); in an event flow that flow ends.
  simulate: () => ({ end: 'ended' }),
  toWebex: () => ({}),
  fromWebex: () => ({}),
});
