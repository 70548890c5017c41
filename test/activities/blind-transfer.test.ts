/** blind-transfer: hand the call to a number and leave the flow (CARS `BlindTransfer_jvq`). */
import { describe, expect, it } from 'vitest';
import { blindTransfer } from '../../src/activities/blind-transfer.js';

const dialNumber = { parts: [{ text: '4001' }] };

describe('blind-transfer', () => {
  it('writes the dial number with its radio shadows', () => {
    expect(blindTransfer.toWebex(blindTransfer.options.parse({ dialNumber }))).toStrictEqual({ transfertodn: '4001', 'transfertodn:radioName': 'dn', transfertodn_radioName: 'dn' });
  });

  it('is terminating: no output port', () => {
    const o = blindTransfer.options.parse({ dialNumber });
    expect(blindTransfer.ports(o)).toStrictEqual([]);
    expect(blindTransfer.hasInPort).toBe(true);
    expect(blindTransfer.webex).toStrictEqual({ activityName: 'blind-transfer', activityId: '606c86b98924f14526c564b3', group: 'terminating-action', description: true });
  });

  it.each([
    ['no number', {}, 'invalid_type'],
    ['an unknown option', { dialNumber, headers: {} }, 'unrecognized_keys'],
  ])('rejects %s', (_, input, code) => {
    expect(blindTransfer.options.safeParse(input).error?.issues.map((i) => i.code)).toContain(code);
  });

  it('reads CARS BlindTransfer_jvq', () => {
    const properties = { 'transfertodn:radioName': 'dn', transfertodn: '4001', transfertodn_radioName: 'dn' };
    expect(blindTransfer.options.parse(blindTransfer.fromWebex!(properties))).toStrictEqual({ dialNumber });
  });
});
