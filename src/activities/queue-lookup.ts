/**
 * Get Queue Info (`queue-lookup`): statistics of a queue for routing decisions. Webex facts
 * (docs/webex-activities-and-api.md §1.3 "Others": Lookback Time 5–240 min, branches Success /
 * Insufficient Information / Failure, EWT in ms; §2.3 `GetQueueInfo.EWT/PIQ`;
 * docs/webex-flow-format.md §7.13): catalogue id 5fabaf1f8bf5b65b82f0706f (US/EU), group `action`,
 * ports `default`, `insufficientdata`, `failure` (both corpus instances wire the first two).
 * Keys from the customer-journey samples (`GetQueueInfoPayment`): `destination` with
 * `destination:radioName` `queueId`, `ewtLookbackMinutes` as a string ("5").
 */
import { z } from 'zod';
import { defineActivity } from './define-activity.js';
import { idRef } from './shared/resources.js';
import { catalogueId } from './shared/regions.js';
import { numberOf } from './shared/from-webex.js';
import { radioShadows } from './shared/shadow-keys.js';

const options = z.strictObject({
  /** The queue's id. */
  queue: z.string().min(1),
  /** Minutes of history for the Estimated Wait Time. */
  lookbackMinutes: z.number().int().min(5).max(240).default(5),
});
export type QueueLookupOptions = z.infer<typeof options>;

export const queueLookup = defineActivity({
  kind: 'queue-lookup',
  options,
  resources: (o) => idRef('queue', o.queue, ['queue']),
  ports: () => ['default', 'insufficientdata', 'failure'],
  requiredPorts: () => ['default', 'insufficientdata'],
  outputs: ['EWT', 'PIQ', 'CallsQueuedNow', 'OldestCallTime', 'LoggedOnAgentsAll'],
  webex: { activityName: 'queue-lookup', activityId: catalogueId('queue-lookup'), group: 'action', description: true },
  summary: (o) => [o.queue],
  // Queue statistics are the scenario's; without them Webex has "insufficient information".
  simulate: (_, call) => {
    const answer = call.scenarioAnswer();
    for (const [name, value] of Object.entries(answer?.outputs ?? {})) call.output(name, value);
    return { port: answer?.port ?? (answer?.outputs ? 'default' : 'insufficientdata') };
  },
  toWebex: (o) => ({
    destination: o.queue,
    ...radioShadows('destination', 'queueId'),
    ewtLookbackMinutes: String(o.lookbackMinutes),
  }),
  fromWebex: (p) =>
    p['destination:radioName'] === 'queueId' && typeof p['destination'] === 'string'
      ? { queue: p['destination'], lookbackMinutes: numberOf(p['ewtLookbackMinutes']) }
      : undefined,
});
