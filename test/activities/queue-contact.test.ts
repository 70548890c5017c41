/** queue-contact: static queue, priority (static or variable), agent availability (ZD24 `QueueContact`, DFES, CARS). */
import { describe, expect, it } from 'vitest';
import { queueContact } from '../../src/activities/queue-contact.js';
import { buildFlow, defineFlow, z } from '../../src/index.js';
import { onSharedKeys, zd24Properties } from '../harness/rules.js';

const queue = { id: '81350cc8-7e99-4146-83e3-a52de2cf92b7', name: 'Q_arubhatt' };
const webex = (input: unknown) => queueContact.toWebex(queueContact.options.parse(input));
const issues = (input: unknown) => (queueContact.options.safeParse(input).error?.issues ?? []).map((i) => ({ code: i.code, path: i.path }));

const base = (routing: string) => ({
  queueRadioGroup: 'staticQueue',
  destination: queue.id,
  'destination:name': queue.name,
  destination_name: queue.name,
  'destination:type': routing,
  destination_type: routing,
  destinationVariable: null,
  fallbackQueue: null,
  'fallbackQueue:name': null,
  fallbackQueue_name: null,
  skills: null,
});
const noPriorityShadows = { 'priority:type': null, priority_type: null, 'priority:name': null, priority_name: null };

describe('queue-contact', () => {
  it.each([
    [
      'a static queue with defaults',
      { queue },
      {
        ...base('LONGEST_AVAILABLE_AGENT'),
        toggle: false,
        priorityRadioGroup: null,
        priority: null,
        ...noPriorityShadows,
        priorityVariable: null,
        toggleAgentAvailability: false,
        agentAvailabilityRadioGroup: null,
        agentAvailabilityVariable: null,
      },
    ],
    [
      'a static priority (written as a string, as DFES does)',
      { queue, priority: 1 },
      {
        ...base('LONGEST_AVAILABLE_AGENT'),
        toggle: true,
        priorityRadioGroup: 'staticPriority',
        priority: '1',
        ...noPriorityShadows,
        priorityVariable: null,
        toggleAgentAvailability: false,
        agentAvailabilityRadioGroup: null,
        agentAvailabilityVariable: null,
      },
    ],
    [
      'a priority variable, skills-based routing, agent availability checked (CARS: toggle stays false)',
      { queue, priority: { variable: 'callerPriority' }, routingType: 'SKILLS_BASED', checkAgentAvailability: true },
      {
        ...base('SKILLS_BASED'),
        toggle: true,
        priorityRadioGroup: 'variablePriority',
        priority: null,
        ...noPriorityShadows,
        priorityVariable: 'callerPriority',
        toggleAgentAvailability: true,
        agentAvailabilityRadioGroup: 'staticAgentAvailability',
        agentAvailabilityVariable: null,
      },
    ],
    [
      'agent availability alone',
      { queue, checkAgentAvailability: true },
      {
        ...base('LONGEST_AVAILABLE_AGENT'),
        toggle: false,
        priorityRadioGroup: null,
        priority: null,
        ...noPriorityShadows,
        priorityVariable: null,
        toggleAgentAvailability: true,
        agentAvailabilityRadioGroup: 'staticAgentAvailability',
        agentAvailabilityVariable: null,
      },
    ],
  ])('%s', (_, input, expected) => {
    expect(webex(input)).toStrictEqual(expected);
  });

  it('has ports default and failure, of which only default is required', () => {
    const o = queueContact.options.parse({ queue });
    expect(queueContact.ports(o)).toStrictEqual(['default', 'failure']);
    expect(queueContact.requiredPorts(o)).toStrictEqual(['default']);
    expect(queueContact.outputs).toStrictEqual(['QueueId', 'FailureCode', 'FailureDescription']);
    expect(queueContact.webex).toStrictEqual({ activityName: 'queue-contact', activityId: '5f114550ef5cfc454fbbf133', group: 'action', description: true });
  });

  it.each([1, 9])('accepts priority %i', (priority) => {
    expect(queueContact.options.safeParse({ queue, priority }).success).toBe(true);
  });

  it.each([
    ['priority 0', { priority: 0 }, { code: 'too_small', path: ['priority'] }],
    ['priority 10', { priority: 10 }, { code: 'too_big', path: ['priority'] }],
    ['a fractional priority', { priority: 1.5 }, { code: 'invalid_union', path: ['priority'] }],
    ['a priority variable with an invalid name', { priority: { variable: 'my prio' } }, { code: 'invalid_format', path: ['priority', 'variable'] }],
    ['an unknown routing type', { routingType: 'RANDOM' }, { code: 'invalid_value', path: ['routingType'] }],
    ['a queue without a name', { queue: { id: 'q' } }, { code: 'invalid_type', path: ['queue', 'name'] }],
    ['an unknown option', { skills: [] }, { code: 'unrecognized_keys', path: [] }],
  ])('rejects %s', (_, overrides, issue) => {
    expect(issues({ queue, ...overrides })).toContainEqual(issue);
  });

  it('accepts what the builder passes (static and variable priority)', () => {
    const flow = defineFlow({ name: 'Agree', params: z.object({}) }, (f) => {
      const prio = f.variable('prio', 'integer');
      const a = f.queueContact('A', { queue, priority: prio, checkAgentAvailability: true, routingType: 'SKILLS_BASED' });
      const b = f.queueContact('B', { queue, priority: 3 });
      f.start.then(a).then(f.playMusic('Hold')).loop();
      a.on('failure', b);
      b.then(f.disconnect('Bye'));
    });
    const built = buildFlow(flow, {}).ir.activities.filter((x) => x.kind === 'queue-contact');
    expect(built.map((a) => a.options['priority'])).toStrictEqual([{ variable: 'prio' }, 3]);
    for (const a of built) expect(queueContact.options.safeParse(a.options).success, a.name).toBe(true);
  });

  it.skipIf(!zd24Properties('QueueContact'))('gives the values of ZD24 QueueContact on every shared key', () => {
    const [ours, theirs] = onSharedKeys(webex({ queue }), zd24Properties('QueueContact')!);
    expect(ours).toStrictEqual(theirs);
  });

  describe('a variable queue (VariableFlow_Template QueueContact_a62, BRE template Queue)', () => {
    const fallbackQueue = { id: '81350cc8-7e99-4146-83e3-a52de2cf92b7', name: 'Q_arubhatt' };
    const queueVariable = { parts: [{ text: '{{queue}}' }] };
    /** QueueContact_a62's kind-specific keys, as exported (2024). */
    const a62 = {
      fallbackQueue: fallbackQueue.id, queueRadioGroup: 'variableQueue', 'fallbackQueue:type': 'LONGEST_AVAILABLE_AGENT', destination: null, destination_name: null, skills: null,
      priority_name: null, fallbackQueue_type: 'LONGEST_AVAILABLE_AGENT', 'fallbackQueue:name': 'Q_arubhatt', toggle: false, priority: null, agentAvailabilityRadioGroup: null,
      priorityRadioGroup: null, fallbackQueue_name: 'Q_arubhatt', priorityVariable: null, destinationVariable: '{{queue}}', toggleAgentAvailability: false, 'priority:name': null,
      agentAvailabilityVariable: null, 'destination:name': null,
    };

    it('writes the id from the variable, no destination and the fallback queue with its shadows', () => {
      expect(webex({ queueVariable, fallbackQueue })).toMatchObject({
        queueRadioGroup: 'variableQueue', destination: null, 'destination:name': null, destinationVariable: '{{queue}}',
        fallbackQueue: fallbackQueue.id, 'fallbackQueue:name': 'Q_arubhatt', fallbackQueue_name: 'Q_arubhatt', 'fallbackQueue:type': 'LONGEST_AVAILABLE_AGENT', fallbackQueue_type: 'LONGEST_AVAILABLE_AGENT',
      });
      expect(webex({ queueVariable, fallbackQueue })).not.toHaveProperty('destination:type');
    });

    it('reads QueueContact_a62 and writes every key back as exported', () => {
      const parsed = queueContact.options.parse(queueContact.fromWebex!(a62));
      expect(parsed).toMatchObject({ queueVariable, fallbackQueue: { ...fallbackQueue, routingType: 'LONGEST_AVAILABLE_AGENT' } });
      const written = queueContact.toWebex(parsed, a62);
      for (const [key, value] of Object.entries(a62)) expect(written[key]).toStrictEqual(value);
    });

    it('keeps the name a static choice left behind, as the BRE template exports it', () => {
      const bre = { ...a62, 'destination:name': 'Q_arubhatt', destination_name: 'Q_arubhatt' };
      const written = queueContact.toWebex(queueContact.options.parse(queueContact.fromWebex!(bre)), bre);
      expect([written['destination:name'], written['destination_name']]).toStrictEqual(['Q_arubhatt', 'Q_arubhatt']);
    });

    it.each([
      ['a variable without a fallback queue', { queueVariable }, { code: 'custom', path: ['fallbackQueue'] }],
      ['a static and a variable queue', { queue, queueVariable, fallbackQueue }, { code: 'custom', path: ['queue'] }],
      ['no queue at all', {}, { code: 'custom', path: ['queue'] }],
    ])('rejects %s', (_, input, issue) => {
      expect(issues(input)).toContainEqual(issue);
    });
  });
});
