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
import { DESCRIBED_KEYS, defineFactory, outputRef, type Chain, type Described, type OutputRef, type Routable, type Target } from './shared/factory.js';
import { compact } from './shared/factory-input.js';
import { literal, recordValue } from './shared/print-input.js';
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

/** An option left out takes the default of the kind's schema (`options` above). */
export interface GetQueueInfoInput extends Described {
  /** The queue's id. */
  queue: string;
  /** Minutes of history for the Estimated Wait Time, 5 to 240. */
  lookbackMinutes?: number;
}
export interface GetQueueInfoHandle extends Target, Chain<'default' | 'insufficientdata' | 'failure'>, Routable<'default' | 'insufficientdata', 'failure'> {
  /** `<name>.EWT`: the Estimated Wait Time in milliseconds. */
  readonly ewt: OutputRef<'integer'>;
  /** `<name>.PIQ`: the contact's position in the queue. */
  readonly positionInQueue: OutputRef<'integer'>;
}

export const queueLookup = defineActivity({
  kind: 'queue-lookup',
  options,
  factory: defineFactory<{
    /** Get Queue Info: a queue's statistics (Estimated Wait Time, position) for routing decisions. */
    getQueueInfo(name: string, input: GetQueueInfoInput): GetQueueInfoHandle;
  }>()({
    method: 'getQueueInfo',
    inputKeys: [...DESCRIBED_KEYS, 'queue', 'lookbackMinutes'],
    options: (input) => compact({ queue: input.queue, lookbackMinutes: input.lookbackMinutes }),
    mainPort: 'default',
    handle: (name) => ({ ewt: outputRef(`${name}.EWT`, 'integer'), positionInQueue: outputRef(`${name}.PIQ`, 'integer') }),
  }),
  printInput: (o) => recordValue([['queue', literal(o.queue)], ['lookbackMinutes', literal(o.lookbackMinutes)]]),
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
