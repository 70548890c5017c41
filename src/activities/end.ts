/**
 * End Flow (`end`): ends an event flow. Not for the voice main flow, where it leaves dead air
 * (docs/webex-activities-and-api.md §1.4); Cisco ends every event flow with one (ZD22, ZD24).
 */
import { z } from 'zod';
import { defineActivity } from './define-activity.js';
import { recordValue } from './shared/print-input.js';

export const end = defineActivity({
  kind: 'end',
  options: z.strictObject({}),
  printInput: () => recordValue([]),
  ports: () => [],
  webex: { activityName: 'end', activityId: 'end', group: 'end', description: true },
  // In the main flow the flow stops (dead air, docs §1.4); in an event flow that flow ends.
  simulate: () => ({ end: 'ended' }),
  toWebex: () => ({}),
  fromWebex: () => ({}),
});
