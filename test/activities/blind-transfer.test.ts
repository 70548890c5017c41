/**
 * blind-transfer: hand the call to a number and leave the flow. Real shapes: CARS
 * `BlindTransfer_jvq` (APJ, static), Cisco's PercentageAllocation_Template `BlindTransfer_stj`
 * (US/EU, static) and Bridged_Transfer_Template `BlindTransfer_uk4` (US/EU, a variable), properties
 * copied from hnavilur/webex-contact-center-flows at 89a8151 and b9c2b05.
 */
import { describe, expect, it } from 'vitest';
import { blindTransfer } from '../../src/activities/blind-transfer.js';

const dialNumber = { parts: [{ text: '4001' }] };
const issues = (input: unknown) => (blindTransfer.options.safeParse(input).error?.issues ?? []).map((i) => ({ code: i.code, path: i.path }));

/** `BlindTransfer_uk4` of Bridged_Transfer_Template, without the common keys. */
const variableExport = { 'transfertodn:radioName': 'setToVariable', 'transfertodn:name': 'STRING', transfertodn: '{{blindTransferDN}}', transfertodn_name: 'STRING', transfertodn_radioName: 'setToVariable' };

describe('blind-transfer', () => {
  it('writes the dial number with its radio shadows', () => {
    expect(blindTransfer.toWebex(blindTransfer.options.parse({ dialNumber }))).toStrictEqual({ transfertodn: '4001', 'transfertodn:radioName': 'dn', transfertodn_radioName: 'dn' });
  });

  it('writes a String variable as Flow Designer does: setToVariable and the type in the name shadows', () => {
    expect(blindTransfer.toWebex(blindTransfer.options.parse({ dialNumberVariable: 'blindTransferDN' }))).toStrictEqual({
      transfertodn: '{{blindTransferDN}}',
      'transfertodn:radioName': 'setToVariable',
      transfertodn_radioName: 'setToVariable',
      'transfertodn:name': 'STRING',
      transfertodn_name: 'STRING',
    });
  });

  it('is terminating: no output port; its default id is the US/EU one', () => {
    const o = blindTransfer.options.parse({ dialNumber });
    expect(blindTransfer.ports(o)).toStrictEqual([]);
    expect(blindTransfer.hasInPort).toBe(true);
    expect(blindTransfer.webex).toStrictEqual({ activityName: 'blind-transfer', activityId: '5faa897107cf954e1147199a', group: 'terminating-action', description: true });
  });

  it('reads a variable destination as a reference, so an undeclared variable is caught', () => {
    expect(blindTransfer.templates(blindTransfer.options.parse({ dialNumberVariable: 'dn' }))).toStrictEqual([{ parts: [{ ref: 'dn' }] }]);
  });

  it.each([
    ['no number', {}, { code: 'custom', path: ['dialNumber'] }],
    ['both a number and a variable', { dialNumber, dialNumberVariable: 'dn' }, { code: 'custom', path: ['dialNumber'] }],
    ['a variable name with a space', { dialNumberVariable: 'my dn' }, { code: 'invalid_format', path: ['dialNumberVariable'] }],
    ['an unknown option', { dialNumber, headers: {} }, { code: 'unrecognized_keys', path: [] }],
  ])('rejects %s', (_, input, issue) => {
    expect(issues(input)).toContainEqual(issue);
  });

  it.each([
    ['CARS BlindTransfer_jvq', { 'transfertodn:radioName': 'dn', transfertodn: '4001', transfertodn_radioName: 'dn' }, { dialNumber }],
    ['PercentageAllocation_Template BlindTransfer_stj', { 'transfertodn:radioName': 'dn', transfertodn: '2343454567', transfertodn_radioName: 'dn' }, { dialNumber: { parts: [{ text: '2343454567' }] } }],
    ['Bridged_Transfer_Template BlindTransfer_uk4', variableExport, { dialNumberVariable: 'blindTransferDN' }],
  ])('reads %s and writes it back key for key', (_, properties, options) => {
    const parsed = blindTransfer.options.parse(blindTransfer.fromWebex!(properties));
    expect(parsed).toStrictEqual(options);
    const written = blindTransfer.toWebex(parsed);
    expect(Object.keys(written).sort()).toStrictEqual(Object.keys(properties).sort());
    for (const [key, value] of Object.entries(properties)) expect(written[key]).toBe(value);
  });

  it('keeps a shape it cannot write back (an unknown radio value, `{{ spaced }}`) for the raw kind', () => {
    expect(blindTransfer.fromWebex!({ ...variableExport, 'transfertodn:radioName': 'setToValue' })).toBeUndefined();
    expect(blindTransfer.fromWebex!({ ...variableExport, transfertodn: '{{ blindTransferDN }}' })).toBeUndefined();
  });
});
