/**
 * Queue To Agent: queues the call to one agent, found by email or id in a variable. Webex facts
 * (docs/webex-activities-and-api.md §1.3 "Queue To Agent"): a Reporting Queue; "Park contact if
 * agent is unavailable" (off → the error branch); a Recovery Queue (Longest Available Agent only);
 * priority as Queue Contact (P1–P9 static or an integer variable); outputs AgentId, FailureCode,
 * FailureDescription, AgentState, AgentIdleCode. Catalogue id 628d7efd4ba3176df6ce0088 (US/EU),
 * group `action`, ports `default` and `error`, both wired in the corpus (docs/webex-flow-format.md
 * §7.13). Keys from CL-AR (LTRCCT-2004 `QueueToOwner`): queues carry only their id and routing type
 * (`reportingQueue:type`), the priority a string ("5"). `agentId` as the other lookup type is
 * inferred from the UI's wording; no export shows it.
 */
import { z } from 'zod';
import { renderText } from '../ir/template.js';
import { defineActivity } from './define-activity.js';
import { DESCRIBED_KEYS, defineFactory, outputRef, type Chain, type Described, type OutputRef, type Routable, type Target, type TextOrVariable, type Variable } from './shared/factory.js';
import { compact, fieldTemplate } from './shared/factory-input.js';
import { literal, optionalLiteral, recordValue, textValue, variableValue } from './shared/print-input.js';
import { idRef } from './shared/resources.js';
import { catalogueId } from './shared/regions.js';
import { defined, numberOf, textTemplate } from './shared/from-webex.js';
import { templateSchema, variableNameSchema } from './shared/schemas.js';

const ROUTING_TYPES = ['LONGEST_AVAILABLE_AGENT', 'SKILLS_BASED'] as const;
const queueSchema = z.strictObject({ id: z.string().min(1), routingType: z.enum(ROUTING_TYPES).default('LONGEST_AVAILABLE_AGENT') });

const options = z.strictObject({
  /** The agent's email or id, e.g. `{{agentEmail}}`. */
  agent: templateSchema,
  lookupType: z.enum(['agentEmail', 'agentId']).default('agentEmail'),
  reportingQueue: queueSchema,
  /** Where the call goes when the agent cannot take it (Longest Available Agent queues only). */
  recoveryQueue: queueSchema,
  /** Wait for the agent when unavailable, instead of leaving by `error`. */
  parkContact: z.boolean().default(false),
  priority: z.union([z.number().int().min(1).max(9), z.strictObject({ variable: variableNameSchema })]).optional(),
});
export type QueueToAgentOptions = z.infer<typeof options>;

/** A queue by id, with its routing type. */
export interface AgentQueue {
  id: string;
  routingType?: (typeof ROUTING_TYPES)[number];
}
/** An option left out takes the default of the kind's schema (`options` above). */
export interface QueueToAgentInput extends Described {
  /** The agent: an email (or an id, with `lookupType: 'agentId'`), e.g. a String variable. */
  agent: TextOrVariable;
  lookupType?: 'agentEmail' | 'agentId';
  /** The queue the contact is reported in. */
  reportingQueue: AgentQueue;
  /** Where the call goes when the agent cannot take it (Longest Available Agent queues only). */
  recoveryQueue: AgentQueue;
  /** Wait for the agent when unavailable, instead of leaving by `error`. */
  parkContact?: boolean;
  /** 1 (highest) to 9, or an integer variable. */
  priority?: number | Variable<'integer'>;
}
export interface QueueToAgentHandle extends Target, Chain<'default' | 'error'>, Routable<'default' | 'error', never> {
  /** `<name>.AgentId`: the agent the contact went to. */
  readonly agentId: OutputRef<'string'>;
  readonly failureCode: OutputRef<'string'>;
  readonly failureDescription: OutputRef<'string'>;
}

const agentQueue = (q: AgentQueue) => compact({ id: q.id, routingType: q.routingType });

export const queueToAgent = defineActivity({
  kind: 'queue-to-agent',
  options,
  factory: defineFactory<{
    /** Queue To Agent: queues the contact to one agent (e.g. the last agent the caller spoke to). */
    queueToAgent(name: string, input: QueueToAgentInput): QueueToAgentHandle;
  }>()({
    method: 'queueToAgent',
    inputKeys: [...DESCRIBED_KEYS, 'agent', 'lookupType', 'reportingQueue', 'recoveryQueue', 'parkContact', 'priority'],
    options: (input) =>
      compact({
        agent: fieldTemplate(input.agent),
        lookupType: input.lookupType,
        reportingQueue: agentQueue(input.reportingQueue),
        recoveryQueue: agentQueue(input.recoveryQueue),
        parkContact: input.parkContact,
        priority: typeof input.priority === 'object' ? { variable: input.priority.name } : input.priority,
      }),
    mainPort: 'default',
    handle: (name) => ({ agentId: outputRef(`${name}.AgentId`), failureCode: outputRef(`${name}.FailureCode`), failureDescription: outputRef(`${name}.FailureDescription`) }),
  }),
  printInput: (o) =>
    recordValue([
      ['agent', textValue(o.agent)],
      ['lookupType', literal(o.lookupType)],
      ['reportingQueue', literal(o.reportingQueue)],
      ['recoveryQueue', literal(o.recoveryQueue)],
      ['parkContact', literal(o.parkContact)],
      ['priority', typeof o.priority === 'object' ? variableValue(o.priority.variable, 'integer') : optionalLiteral(o.priority)],
    ]),
  resources: (o) => [...idRef<QueueToAgentOptions>('queue', o.reportingQueue.id, ['reportingQueue', 'id']), ...idRef<QueueToAgentOptions>('queue', o.recoveryQueue.id, ['recoveryQueue', 'id'])],
  ports: () => ['default', 'error'],
  requiredPorts: () => ['default', 'error'],
  // Its failure branch is the Undefined Error path (§1.1): Cisco's Last Agent Routing template was
  // published with `error` unwired.
  designerRequiredPorts: () => ['default'],
  templates: (o) => [o.agent],
  outputs: ['AgentId', 'FailureCode', 'FailureDescription', 'AgentState', 'AgentIdleCode'],
  webex: { activityName: 'queue-to-agent', activityId: catalogueId('queue-to-agent'), group: 'action', description: true },
  summary: (o) => ['agent', { template: o.agent }],
  // Without parking, an unavailable agent leaves by `error` (docs §1.3: "off → failure branch").
  simulate: (o, call) => {
    const answer = call.queueToAgent({ agent: call.render(o.agent), reportingQueueId: o.reportingQueue.id, park: o.parkContact });
    if ('failed' in answer) {
      call.output('FailureCode', answer.code);
      call.output('FailureDescription', answer.description);
      return call.fail(answer.description);
    }
    call.output('AgentId', answer.agentId);
    return { port: 'default' };
  },
  toWebex: (o) => {
    const staticPriority = typeof o.priority === 'number' ? String(o.priority) : null;
    const priorityVariable = typeof o.priority === 'object' ? o.priority.variable : null;
    return {
      destinationVariable: renderText(o.agent),
      destinationLookupType: o.lookupType,
      'destinationLookupType:type': null,
      destinationLookupType_type: null,
      reportingQueue: o.reportingQueue.id,
      'reportingQueue:type': o.reportingQueue.routingType,
      reportingQueue_type: o.reportingQueue.routingType,
      parkContactToggle: o.parkContact,
      recoveryQueue: o.recoveryQueue.id,
      'recoveryQueue:type': o.recoveryQueue.routingType,
      recoveryQueue_type: o.recoveryQueue.routingType,
      priorityToggle: o.priority !== undefined,
      priorityRadioGroup: staticPriority !== null ? 'staticPriority' : priorityVariable !== null ? 'variablePriority' : null,
      priority: staticPriority,
      'priority:type': null,
      priority_type: null,
      priorityVariable,
    };
  },
  fromWebex: (p) => {
    const agent = textTemplate(p['destinationVariable']);
    const queue = (id: unknown, type: unknown) => (typeof id === 'string' && id ? defined({ id, routingType: type ?? undefined }) : undefined);
    const staticPriority = numberOf(p['priority']);
    const priority =
      p['priorityToggle'] !== true
        ? undefined
        : p['priorityRadioGroup'] === 'staticPriority' && staticPriority !== undefined
          ? staticPriority
          : typeof p['priorityVariable'] === 'string' && p['priorityVariable']
            ? { variable: p['priorityVariable'] }
            : undefined;
    return agent && defined({
      agent,
      lookupType: p['destinationLookupType'] ?? undefined,
      reportingQueue: queue(p['reportingQueue'], p['reportingQueue:type']),
      recoveryQueue: queue(p['recoveryQueue'], p['recoveryQueue:type']),
      parkContact: p['parkContactToggle'] === true,
      priority,
    });
  },
});
