/** end (End Flow): ends an event flow; no options, no output port (ZD24 `EndFlow_agentAnswered`). */
import { describe, expect, it } from 'vitest';
import { end } from '../../src/activities/end.js';
import { zd24Properties } from '../harness/rules.js';

describe('end', () => {
  it('writes no kind-specific property', () => {
    expect(end.toWebex(end.options.parse({}))).toStrictEqual({});
  });

  it('is terminating: an in port and no output port', () => {
    const o = end.options.parse({});
    expect(end.hasInPort).toBe(true);
    expect(end.ports(o)).toStrictEqual([]);
    expect(end.requiredPorts(o)).toStrictEqual([]);
    expect(end.webex).toStrictEqual({ activityName: 'end', activityId: 'end', group: 'end', description: true });
  });

  it('rejects any option', () => {
    expect(end.options.safeParse({ status: 'ok' }).error?.issues.map((i) => i.code)).toStrictEqual(['unrecognized_keys']);
  });

  it.skipIf(!zd24Properties('EndFlow_agentAnswered'))('matches ZD24 EndFlow_agentAnswered, which carries only identity keys', () => {
    expect(zd24Properties('EndFlow_agentAnswered')).toStrictEqual({});
  });
});
