/**
 * Queue Contact: puts the call in a queue. Webex facts (docs/webex-flow-format.md §7.10,
 * docs/webex-activities-and-api.md §1.3): catalogue id 5f114550ef5cfc454fbbf133 (US/EU), group
 * `action`, ports `default` (queued; the standard continuation is Play Music looping on itself)
 * and `failure`; static queue by id; contact priority P1–P9 (static, or an integer variable);
 * "Check Agent Availability" sends the call to `failure` when no agent is available. Keys from ZD24
 * `QueueContact`; priority values from DFES (`toggle: true`, `priorityRadioGroup: "staticPriority"`,
 * `priority: "1"`), availability from CARS (`staticAgentAvailability`). The variable-priority radio
 * value `variablePriority` is inferred from the UI's naming pattern: no export shows it.
 */
import { z } from 'zod';
import { defineActivity } from './define-activity.js';
import { catalogueId } from './shared/regions.js';
import { resourceSchema, variableNameSchema } from './shared/schemas.js';
import { defined, numberOf } from './shared/from-webex.js';
import { selectShadows } from './shared/shadow-keys.js';

const options = z.strictObject({
  queue: resourceSchema,
  routingType: z.enum(['LONGEST_AVAILABLE_AGENT', 'SKILLS_BASED']).default('LONGEST_AVAILABLE_AGENT'),
  /** Contact priority 1 (highest) to 9, or the name of an integer variable that holds it. */
  priority: z.union([z.number().int().min(1).max(9), z.strictObject({ variable: variableNameSchema })]).optional(),
  /** Take `failure` at once when no agent is available instead of waiting. */
  checkAgentAvailability: z.boolean().default(false),
});
export type QueueContactOptions = z.infer<typeof options>;

export const queueContact = defineActivity({
  kind: 'queue-contact',
  options,
  ports: () => ['default', 'failure'],
  requiredPorts: () => ['default'],
  outputs: ['QueueId', 'FailureCode', 'FailureDescription'],
  webex: { activityName: 'queue-contact', activityId: catalogueId('queue-contact'), group: 'action', description: true },
  toWebex: (o) => {
    const staticPriority = typeof o.priority === 'number' ? String(o.priority) : null;
    const priorityVariable = typeof o.priority === 'object' ? o.priority.variable : null;
    return {
      queueRadioGroup: 'staticQueue',
      destination: o.queue.id,
      'destination:name': o.queue.name,
      destination_name: o.queue.name,
      'destination:type': o.routingType,
      destination_type: o.routingType,
      destinationVariable: null,
      fallbackQueue: null,
      'fallbackQueue:name': null,
      fallbackQueue_name: null,
      skills: null,
      toggle: o.priority !== undefined,
      priorityRadioGroup: staticPriority !== null ? 'staticPriority' : priorityVariable !== null ? 'variablePriority' : null,
      priority: staticPriority,
      ...selectShadows('priority', null, false),
      priorityVariable,
      toggleAgentAvailability: o.checkAgentAvailability,
      agentAvailabilityRadioGroup: o.checkAgentAvailability ? 'staticAgentAvailability' : null,
      agentAvailabilityVariable: null,
    };
  },
  fromWebex: (p) => {
    if (p['queueRadioGroup'] !== 'staticQueue' || typeof p['destination'] !== 'string') return undefined;
    const name = p['destination:name'];
    const staticPriority = numberOf(p['priority']);
    const priority =
      p['priorityRadioGroup'] === 'staticPriority' && staticPriority !== undefined
        ? staticPriority
        : typeof p['priorityVariable'] === 'string' && p['priorityVariable']
          ? { variable: p['priorityVariable'] }
          : undefined;
    return defined({
      queue: { id: p['destination'], name: typeof name === 'string' && name ? name : p['destination'] },
      routingType: p['destination:type'] ?? undefined,
      priority,
      checkAgentAvailability: p['toggleAgentAvailability'] === true,
    });
  },
});
