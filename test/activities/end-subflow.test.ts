/** end-subflow: the exits of a subflow (ErrorHandling, QueueTreatment, PAY26 subflows). */
import { describe, expect, it } from 'vitest';
import { endSubflow } from '../../src/activities/end-subflow.js';

describe('end-subflow', () => {
  it('is terminating, without a description (4/4 corpus instances)', () => {
    const o = endSubflow.options.parse({});
    expect(endSubflow.hasInPort).toBe(true);
    expect(endSubflow.ports(o)).toStrictEqual([]);
    expect(endSubflow.toWebex(o)).toStrictEqual({});
    expect(endSubflow.webex).toStrictEqual({ activityName: 'end-subflow', activityId: 'end-subflow', group: 'end', description: false });
    expect(endSubflow.options.parse(endSubflow.fromWebex!({ name: 'EndSubflow_esa', activityName: 'end-subflow', activityId: 'end-subflow' }))).toStrictEqual({});
  });

  it('rejects options', () => {
    expect(endSubflow.options.safeParse({ outputs: [] }).success).toBe(false);
  });
});
