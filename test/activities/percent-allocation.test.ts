/**
 * percent-allocation: weighted paths. Real shape: Cisco's PercentageAllocation_Template
 * `PercentAllocation_0b2` (hnavilur/webex-contact-center-flows at 89a8151, 2024), properties below
 * copied from it.
 */
import { describe, expect, it } from 'vitest';
import { percentAllocation } from '../../src/activities/percent-allocation.js';

const paths = [
  { name: 'MainQueue', percent: 90 },
  { name: 'OverflowSupport', percent: 0 },
  { name: 'Off Site', percent: 10 },
];
const inputs = ['{"percent":90,"desc":"MainQueue"}', '{"percent":0,"desc":"OverflowSupport"}', '{"percent":10,"desc":"Off Site"}'];
const exported = { allocations_input: inputs, allocations: ['0', '1', '2'], 'allocations:input': inputs };
const issues = (input: unknown) => (percentAllocation.options.safeParse(input).error?.issues ?? []).map((i) => ({ code: i.code, path: i.path, message: i.message }));

describe('percent-allocation', () => {
  it('writes positional port names and one JSON text per path, as Flow Designer does', () => {
    expect(percentAllocation.toWebex(percentAllocation.options.parse({ paths }))).toStrictEqual({ allocations: ['0', '1', '2'], 'allocations:input': inputs, allocations_input: inputs });
  });

  it('names its ports by path and maps them to positions both ways', () => {
    const o = percentAllocation.options.parse({ paths });
    expect(percentAllocation.ports(o)).toStrictEqual(['MainQueue', 'OverflowSupport', 'Off Site', 'error']);
    expect(percentAllocation.requiredPorts(o)).toStrictEqual(['MainQueue', 'OverflowSupport', 'Off Site']);
    expect(percentAllocation.webexPort('Off Site', o)).toBe('2');
    expect(percentAllocation.webexPort('error', o)).toBe('error');
    expect(percentAllocation.portFromWebex('1', o)).toBe('OverflowSupport');
    expect(percentAllocation.outputs).toStrictEqual(['percentage', 'description']);
    expect(percentAllocation.webex).toStrictEqual({ activityName: 'percent-allocation', activityId: 'percent-allocation', group: 'enum-gateway', description: true });
  });

  it.each([
    ['a total other than 100', { paths: [{ name: 'A', percent: 60 }, { name: 'B', percent: 30 }] }, 'the percentages must total 100'],
    ['a path named twice', { paths: [{ name: 'A', percent: 50 }, { name: 'A', percent: 50 }] }, 'path names must be unique'],
    ['a path named "error"', { paths: [{ name: 'error', percent: 100 }] }, '"error" is a port name, not a path'],
  ])('rejects %s', (_, input, message) => {
    expect(issues(input).map((i) => i.message)).toContain(message);
  });

  it.each([
    ['eleven paths', { paths: Array.from({ length: 11 }, (_, i) => ({ name: `P${i}`, percent: i === 0 ? 100 : 0 })) }, { code: 'too_big', path: ['paths'] }],
    ['a share over 100', { paths: [{ name: 'A', percent: 101 }] }, { code: 'too_big', path: ['paths', 0, 'percent'] }],
    ['a fractional share', { paths: [{ name: 'A', percent: 50.5 }, { name: 'B', percent: 49.5 }] }, { code: 'invalid_type', path: ['paths', 0, 'percent'] }],
    ['no path', { paths: [] }, { code: 'too_small', path: ['paths'] }],
  ])('rejects %s', (_, input, issue) => {
    expect(issues(input).map(({ code, path }) => ({ code, path }))).toContainEqual(issue);
  });

  it('reads PercentageAllocation_Template and writes it back key for key', () => {
    const parsed = percentAllocation.options.parse(percentAllocation.fromWebex!(exported));
    expect(parsed).toStrictEqual({ paths });
    expect(percentAllocation.toWebex(parsed)).toStrictEqual({ allocations: exported.allocations, 'allocations:input': inputs, allocations_input: inputs });
  });

  it('keeps for the raw kind what it would not write back the same (other keys, spacing, non-positional ports)', () => {
    expect(percentAllocation.fromWebex!({ ...exported, 'allocations:input': ['{"percent":100,"desc":"A","color":"red"}'], allocations: ['0'] })).toBeUndefined();
    expect(percentAllocation.fromWebex!({ ...exported, 'allocations:input': ['{ "percent": 100, "desc": "A" }'], allocations: ['0'] })).toBeUndefined();
    expect(percentAllocation.fromWebex!({ ...exported, allocations: ['1', '0', '2'] })).toBeUndefined();
    expect(percentAllocation.fromWebex!({ ...exported, 'allocations:input': ['not json', ...inputs.slice(1)] })).toBeUndefined();
  });
});
