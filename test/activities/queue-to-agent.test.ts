/** queue-to-agent: queue to one agent by email, with reporting and recovery queues (CL-AR `QueueToOwner`). */
import { describe, expect, it } from 'vitest';
import { queueToAgent } from '../../src/activities/queue-to-agent.js';

const agent = { parts: [{ text: '{{agentEmail}}' }] };
const queues = { reportingQueue: { id: '8636ddae-1722-44cf-8217-9a34b071677e' }, recoveryQueue: { id: 'ab14e66f-0817-40f7-875d-fe078f59d6b9' } };
const webex = (input: unknown) => queueToAgent.toWebex(queueToAgent.options.parse(input));
const issues = (input: unknown) => (queueToAgent.options.safeParse(input).error?.issues ?? []).map((i) => ({ code: i.code, path: i.path }));

/** CL_1_salesService_lang `QueueToOwner`, without the common keys. */
const queueToOwner = {
  'recoveryQueue:type': 'LONGEST_AVAILABLE_AGENT',
  reportingQueue: '8636ddae-1722-44cf-8217-9a34b071677e',
  priority: '5',
  'priority:type': null,
  priorityRadioGroup: 'staticPriority',
  'reportingQueue:type': 'LONGEST_AVAILABLE_AGENT',
  destinationLookupType: 'agentEmail',
  reportingQueue_type: 'LONGEST_AVAILABLE_AGENT',
  priority_type: null,
  priorityToggle: true,
  'destinationLookupType:type': null,
  priorityVariable: null,
  destinationVariable: '{{agentEmail}}',
  destinationLookupType_type: null,
  recoveryQueue_type: 'LONGEST_AVAILABLE_AGENT',
  recoveryQueue: 'ab14e66f-0817-40f7-875d-fe078f59d6b9',
  parkContactToggle: true,
};

describe('queue-to-agent', () => {
  it('writes every key of CL-AR QueueToOwner with its values', () => {
    const written = webex({ agent, ...queues, parkContact: true, priority: 5 });
    expect(Object.keys(written).sort()).toStrictEqual(Object.keys(queueToOwner).sort());
    expect(written).toStrictEqual(expect.objectContaining(queueToOwner));
  });

  it('writes a variable priority', () => {
    expect(webex({ agent, ...queues, priority: { variable: 'prio' } })).toEqual(
      expect.objectContaining({ priorityToggle: true, priorityRadioGroup: 'variablePriority', priority: null, priorityVariable: 'prio', parkContactToggle: false }),
    );
  });

  it('has ports default and error, both required (the corpus wires both)', () => {
    const o = queueToAgent.options.parse({ agent, ...queues });
    expect(queueToAgent.ports(o)).toStrictEqual(['default', 'error']);
    expect(queueToAgent.requiredPorts(o)).toStrictEqual(['default', 'error']);
    expect(queueToAgent.outputs).toStrictEqual(['AgentId', 'FailureCode', 'FailureDescription', 'AgentState', 'AgentIdleCode']);
    expect(queueToAgent.webex).toStrictEqual({ activityName: 'queue-to-agent', activityId: '628d7efd4ba3176df6ce0088', group: 'action', description: true });
  });

  it.each([
    ['no recovery queue', { agent, reportingQueue: queues.reportingQueue }, { code: 'invalid_type', path: ['recoveryQueue'] }],
    ['priority 10', { agent, ...queues, priority: 10 }, { code: 'too_big', path: ['priority'] }],
    ['an unknown lookup type', { agent, ...queues, lookupType: 'agentName' }, { code: 'invalid_value', path: ['lookupType'] }],
    ['an unknown option', { agent, ...queues, skills: [] }, { code: 'unrecognized_keys', path: [] }],
  ])('rejects %s', (_, input, issue) => {
    expect(issues(input)).toContainEqual(issue);
  });

  it('reads CL-AR QueueToOwner', () => {
    expect(queueToAgent.options.parse(queueToAgent.fromWebex!(queueToOwner))).toStrictEqual({
      agent,
      lookupType: 'agentEmail',
      reportingQueue: { id: '8636ddae-1722-44cf-8217-9a34b071677e', routingType: 'LONGEST_AVAILABLE_AGENT' },
      recoveryQueue: { id: 'ab14e66f-0817-40f7-875d-fe078f59d6b9', routingType: 'LONGEST_AVAILABLE_AGENT' },
      parkContact: true,
      priority: 5,
    });
  });
});
