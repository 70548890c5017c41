/**
 * Queue Contact: puts the call in a queue. Webex facts (docs/webex-flow-format.md §7.10,
 * docs/webex-activities-and-api.md §1.3): catalogue id 5f114550ef5cfc454fbbf133 (US/EU), group
 * `action`, ports `default` (queued; the standard continuation is Play Music looping on itself)
 * and `failure`; static queue by id; contact priority P1–P9 (static, or an integer variable);
 * "Check Agent Availability" sends the call to `failure` when no agent is available. Keys from ZD24
 * `QueueContact`; priority values from DFES (`toggle: true`, `priorityRadioGroup: "staticPriority"`,
 * `priority: "1"`), availability from CARS (`staticAgentAvailability`). The variable-priority radio
 * value `variablePriority` is inferred from the UI's naming pattern: no export shows it. A Variable
 * Queue (docs §1.3: a variable yielding a queue id, plus a Fallback Queue) from the corpus's
 * VariableFlow_Template `QueueContact_a62` (2024): `queueRadioGroup: "variableQueue"`, the id in
 * `destinationVariable`, `destination` and its name shadows null, no `destination:type`, and the
 * fallback queue's id, name and routing type.
 */
import { z } from 'zod';
import { defineActivity } from './define-activity.js';
import { DESCRIBED_KEYS, defineFactory, type Chain, type Described, type Routable, type Target, type TextTemplate, type Variable } from './shared/factory.js';
import { compact, runtimeTemplate } from './shared/factory-input.js';
import { first, literal, optionalLiteral, recordValue, referencedVariable, templateValue, variableValue, type PrintedInput } from './shared/print-input.js';
import { renderText } from '../ir/template.js';
import { resourceSchema, templateSchema, variableNameSchema } from './shared/schemas.js';
import { namedRef, namedResourceSchema } from './shared/resources.js';
import { catalogueId } from './shared/regions.js';
import { defined, numberOf, textTemplate } from './shared/from-webex.js';
import { selectShadows } from './shared/shadow-keys.js';

const ROUTING_TYPES = ['LONGEST_AVAILABLE_AGENT', 'SKILLS_BASED'] as const;

const options = z.strictObject({
  /** The queue: `{ id, name }`, or `{ name }` for plan/deploy to resolve in each org. */
  queue: namedResourceSchema.optional(),
  /** Or a template that yields the queue's id at run time (Flow Designer's Variable Queue)… */
  queueVariable: templateSchema.optional(),
  /** …with the queue calls go to when the variable holds no valid queue. */
  fallbackQueue: resourceSchema.extend({ routingType: z.enum(ROUTING_TYPES).default('LONGEST_AVAILABLE_AGENT') }).optional(),
  routingType: z.enum(['LONGEST_AVAILABLE_AGENT', 'SKILLS_BASED']).default('LONGEST_AVAILABLE_AGENT'),
  /** Contact priority 1 (highest) to 9, or the name of an integer variable that holds it. */
  priority: z.union([z.number().int().min(1).max(9), z.strictObject({ variable: variableNameSchema })]).optional(),
  /** Take `failure` at once when no agent is available instead of waiting. */
  checkAgentAvailability: z.boolean().default(false),
}).superRefine((o, ctx) => {
  if ((o.queue === undefined) === (o.queueVariable === undefined)) ctx.addIssue({ code: 'custom', path: ['queue'], message: 'give exactly one of "queue" and "queueVariable"' });
  if ((o.queueVariable === undefined) !== (o.fallbackQueue === undefined)) ctx.addIssue({ code: 'custom', path: ['fallbackQueue'], message: 'a variable queue needs a "fallbackQueue", and only it has one' });
});
export type QueueContactOptions = z.infer<typeof options>;

/** An option left out takes the default of the kind's schema (`options` above). */
interface QueueContactSettings extends Described {
  routingType?: 'LONGEST_AVAILABLE_AGENT' | 'SKILLS_BASED';
  /** 1 (highest) to 9, or an integer variable. @default none (Webex uses 10) */
  priority?: number | Variable<'integer'>;
  /** Take `failure` at once when no agent is available. */
  checkAgentAvailability?: boolean;
}

/** A static queue, or a Variable Queue (its id read at run time) with the fallback queue it needs. */
export type QueueContactInput = QueueContactSettings &
  (
    | { /** `{ id, name }`, or `{ name }` alone for plan/deploy to resolve in each org. */ queue: { id?: string | undefined; name: string }; queueVariable?: never; fallbackQueue?: never }
    | { /** A String variable (or template) holding the queue's id. */ queueVariable: Variable<'string'> | TextTemplate; fallbackQueue: { id: string; name: string }; queue?: never }
  );
export type QueueContactHandle = Target & Chain<'default' | 'failure'> & Routable<'default', 'failure'>;

/** The factory's fallback queue has no routing type of its own: the default one only. */
function printQueueContact(o: QueueContactOptions): PrintedInput | undefined {
  if (o.fallbackQueue && o.fallbackQueue.routingType !== 'LONGEST_AVAILABLE_AGENT') return undefined;
  return recordValue([
    ['queue', o.queue && literal(o.queue.id === undefined ? { name: o.queue.name } : { id: o.queue.id, name: o.queue.name })],
    ['queueVariable', o.queueVariable && first(referencedVariable(o.queueVariable, 'string'), templateValue(o.queueVariable))],
    ['fallbackQueue', o.fallbackQueue && literal({ id: o.fallbackQueue.id, name: o.fallbackQueue.name })],
    ['routingType', literal(o.routingType)],
    ['priority', typeof o.priority === 'object' ? variableValue(o.priority.variable, 'integer') : optionalLiteral(o.priority)],
    ['checkAgentAvailability', literal(o.checkAgentAvailability)],
  ]);
}

export const queueContact = defineActivity({
  kind: 'queue-contact',
  options,
  factory: defineFactory<{
    /** Queue Contact: queues the call to a static queue or a Variable Queue. */
    queueContact(name: string, input: QueueContactInput): QueueContactHandle;
  }>()({
    method: 'queueContact',
    inputKeys: [...DESCRIBED_KEYS, 'queue', 'queueVariable', 'fallbackQueue', 'routingType', 'priority', 'checkAgentAvailability'],
    options: (input) => {
      const priority = typeof input.priority === 'object' ? { variable: input.priority.name } : input.priority;
      const queue = input.queue
        ? { queue: { ...input.queue } }
        : { queueVariable: runtimeTemplate(input.queueVariable!), fallbackQueue: { ...input.fallbackQueue! } };
      return compact({ ...queue, routingType: input.routingType, priority, checkAgentAvailability: input.checkAgentAvailability });
    },
    mainPort: 'default',
  }),
  printInput: (o) => printQueueContact(o),
  resources: (o) => namedRef('queue', o, 'queue'),
  ports: () => ['default', 'failure'],
  requiredPorts: () => ['default'],
  templates: (o) => (o.queueVariable ? [o.queueVariable] : []),
  outputs: ['QueueId', 'FailureCode', 'FailureDescription'],
  webex: { activityName: 'queue-contact', activityId: catalogueId('queue-contact'), group: 'action', description: true },
  summary: (o) => [o.queue?.name ?? renderText(o.queueVariable!)],
  // Queued: the flow goes on with the treatment (music) until an agent answers; `failure` when
  // queueing fails or, with checkAgentAvailability, no agent is available (docs §1.3).
  simulate: (o, call) => {
    const priority = typeof o.priority === 'number' ? o.priority : o.priority ? Number(call.read(o.priority.variable)) : undefined;
    // A variable queue is simulated as its fallback queue: the variable's value is an id the
    // simulator cannot look up.
    const queue = o.queue ?? o.fallbackQueue!;
    const answer = call.queue({ ...(queue.id === undefined ? {} : { queueId: queue.id }), queueName: queue.name, checkAgentAvailability: o.checkAgentAvailability, ...(priority === undefined ? {} : { priority }) });
    call.output('QueueId', queue.id ?? queue.name);
    if ('failed' in answer) {
      call.output('FailureCode', answer.code);
      call.output('FailureDescription', answer.description);
      return { port: 'failure' };
    }
    return { port: 'default' };
  },
  toWebex: (o, exported) => {
    const staticPriority = typeof o.priority === 'number' ? String(o.priority) : null;
    const priorityVariable = typeof o.priority === 'object' ? o.priority.variable : null;
    const fallback = o.fallbackQueue;
    // A variable queue keeps what a static choice left in the name shadows (BRE template `Queue`);
    // a default routing type the export left null stays null (BYO template `QueueContact_6id`).
    const leftover = (key: string) => (exported?.[key] as string | null | undefined) ?? null;
    const routingType = exported?.['destination:type'] === null && o.routingType === 'LONGEST_AVAILABLE_AGENT' ? null : o.routingType;
    return {
      queueRadioGroup: o.queue ? 'staticQueue' : 'variableQueue',
      destination: o.queue ? o.queue.id : null,
      'destination:name': o.queue?.name ?? leftover('destination:name'),
      destination_name: o.queue?.name ?? leftover('destination_name'),
      ...(o.queue ? { 'destination:type': routingType, destination_type: routingType } : {}),
      destinationVariable: o.queueVariable ? renderText(o.queueVariable) : null,
      fallbackQueue: fallback?.id ?? null,
      'fallbackQueue:name': fallback?.name ?? null,
      fallbackQueue_name: fallback?.name ?? null,
      ...(fallback ? { 'fallbackQueue:type': fallback.routingType, fallbackQueue_type: fallback.routingType } : {}),
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
    const variable = p['queueRadioGroup'] === 'variableQueue' ? variableQueueFromWebex(p) : undefined;
    if (!variable && (p['queueRadioGroup'] !== 'staticQueue' || typeof p['destination'] !== 'string')) return undefined;
    const name = p['destination:name'];
    const staticPriority = numberOf(p['priority']);
    const priority =
      p['priorityRadioGroup'] === 'staticPriority' && staticPriority !== undefined
        ? staticPriority
        : typeof p['priorityVariable'] === 'string' && p['priorityVariable']
          ? { variable: p['priorityVariable'] }
          : undefined;
    return defined({
      ...(variable ?? { queue: { id: p['destination'], name: typeof name === 'string' && name ? name : p['destination'] } }),
      routingType: p['destination:type'] ?? undefined,
      priority,
      checkAgentAvailability: p['toggleAgentAvailability'] === true,
    });
  },
  settings: { ranges: [{ key: 'priority', min: 1, max: 9, integer: true, label: 'priority' }], queuesCall: true },
});

/** The variable queue and its fallback of an export, when both are there in the shape flowgen writes. */
function variableQueueFromWebex(p: Readonly<Record<string, unknown>>): Record<string, unknown> | undefined {
  const queueVariable = typeof p['destinationVariable'] === 'string' && p['destinationVariable'] ? textTemplate(p['destinationVariable']) : undefined;
  const id = p['fallbackQueue'];
  const name = p['fallbackQueue:name'];
  if (!queueVariable || p['destination'] !== null || typeof id !== 'string' || !id || typeof name !== 'string' || !name) return undefined;
  return { queueVariable, fallbackQueue: defined({ id, name, routingType: p['fallbackQueue:type'] ?? undefined }) };
}
