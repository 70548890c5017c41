/**
 * raw: the escape hatch for an activity flowgen does not model. It keeps identity, properties and
 * widget ports verbatim and writes back every property but the common ones the emitter writes.
 */
import { describe, expect, it } from 'vitest';
import { raw, rawHasInPort } from '../../src/activities/raw.js';

const exported = {
  activityName: 'future-widget',
  activityId: 'future-widget',
  group: 'action',
  properties: { name: 'Future_1', activityName: 'future-widget', activityId: 'future-widget', description: 'x', _renderRequestTimestamp: 1, knob: 3, nested: { a: [1] } },
  ports: ['in', 'success', 'failure'],
};

describe('raw', () => {
  it('writes back every kind-specific property unchanged, and none of the common ones', () => {
    expect(raw.toWebex(raw.options.parse(exported))).toStrictEqual({ knob: 3, nested: { a: [1] } });
  });

  it('takes its ports from the export, without the in port, and requires none', () => {
    const o = raw.options.parse(exported);
    expect(raw.ports(o)).toStrictEqual(['success', 'failure']);
    expect(raw.requiredPorts(o)).toStrictEqual([]);
    expect(rawHasInPort(o)).toBe(true);
    expect(rawHasInPort(raw.options.parse({ ...exported, ports: ['out'] }))).toBe(false);
  });

  it('takes its identity from the export (description when the export carries one)', () => {
    expect(raw.identity!(raw.options.parse(exported))).toStrictEqual({ activityName: 'future-widget', activityId: 'future-widget', group: 'action', description: true });
    const { description: _, ...withoutDescription } = exported.properties;
    expect(raw.identity!(raw.options.parse({ ...exported, properties: withoutDescription })).description).toBe(false);
  });

  it('rejects an export without a group', () => {
    expect(raw.options.safeParse({ ...exported, group: '' }).success).toBe(false);
  });
});
