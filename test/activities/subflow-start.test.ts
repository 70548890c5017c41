/** subflow-start: the entry of a subflow (ErrorHandling, QueueTreatment, PAY26 subflows). */
import { describe, expect, it } from 'vitest';
import { subflowStart } from '../../src/activities/subflow-start.js';

describe('subflow-start', () => {
  it('is a root: no in port, one out port, no keys of its own', () => {
    const o = subflowStart.options.parse({});
    expect(subflowStart.hasInPort).toBe(false);
    expect(subflowStart.ports(o)).toStrictEqual(['out']);
    expect(subflowStart.requiredPorts(o)).toStrictEqual([]);
    expect(subflowStart.toWebex(o)).toStrictEqual({});
    expect(subflowStart.webex).toStrictEqual({ activityName: 'NewSubFlowStart', activityId: 'start-subflow', group: 'start-subflow', description: false });
    expect(subflowStart.options.parse(subflowStart.fromWebex!({ name: 'StartSubflow', activityName: 'NewSubFlowStart', activityId: 'start-subflow' }))).toStrictEqual({});
  });

  it('rejects options', () => {
    expect(subflowStart.options.safeParse({ event: 'x' }).success).toBe(false);
  });
});
