/**
 * Disconnect Contact: hangs up; terminating, no output port; the right end of every caller branch
 * with no agent (docs/webex-activities-and-api.md §1.3). Catalogue id 5faa898c8bf5b65b82f0706b
 * (US/EU), group `terminating-action` (docs/webex-flow-format.md §7.1; ZD24 `CallDisconnect`).
 */
import { z } from 'zod';
import { defineActivity } from './define-activity.js';
import { DESCRIBED_KEYS, defineFactory, type Described, type TerminalHandle } from './shared/factory.js';
import { recordValue } from './shared/print-input.js';
import { catalogueId } from './shared/regions.js';

export const disconnectContact = defineActivity({
  kind: 'disconnect-contact',
  options: z.strictObject({}),
  factory: defineFactory<{
    /** Disconnect Contact: ends the call. */
    disconnect(name: string, input?: Described): TerminalHandle;
  }>()({ method: 'disconnect', inputKeys: DESCRIBED_KEYS, options: () => ({}) }),
  printInput: () => recordValue([]),
  ports: () => [],
  webex: { activityName: 'disconnect-contact', activityId: catalogueId('disconnect-contact'), group: 'terminating-action', description: true },
  simulate: () => ({ end: 'disconnected' }),
  toWebex: () => ({}),
  fromWebex: () => ({}),
});
