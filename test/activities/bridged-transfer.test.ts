/**
 * bridged-transfer: call out and come back. Real shape: Cisco's Bridged_Transfer_Template
 * `BridgedTransfer_5vu` (hnavilur/webex-contact-center-flows at b9c2b05, 2024), copied below.
 */
import { describe, expect, it } from 'vitest';
import { bridgedTransfer } from '../../src/activities/bridged-transfer.js';

const issues = (input: unknown) => (bridgedTransfer.options.safeParse(input).error?.issues ?? []).map((i) => ({ code: i.code, path: i.path }));
const exported = { 'transfertodn:radioName': 'setToVariable', 'transfertodn:name': 'STRING', transfertodn: '{{extTransferDN}}', transfertodn_name: 'STRING', transfertodn_radioName: 'setToVariable', timeout: 10 };

describe('bridged-transfer', () => {
  it.each([
    ['to a variable, 10 s by default', { dialNumberVariable: 'extTransferDN' }, { transfertodn: '{{extTransferDN}}', 'transfertodn:radioName': 'setToVariable', transfertodn_radioName: 'setToVariable', 'transfertodn:name': 'STRING', transfertodn_name: 'STRING', timeout: 10 }],
    ['to a number with a timeout', { dialNumber: { parts: [{ text: '+14085267209' }] }, timeoutSeconds: 30 }, { transfertodn: '+14085267209', 'transfertodn:radioName': 'dn', transfertodn_radioName: 'dn', timeout: 30 }],
  ])('writes %s', (_, input, expected) => {
    expect(bridgedTransfer.toWebex(bridgedTransfer.options.parse(input))).toStrictEqual(expected);
  });

  it('continues by default or failure, both required; outputs failure details and headers', () => {
    const o = bridgedTransfer.options.parse({ dialNumberVariable: 'dn' });
    expect(bridgedTransfer.ports(o)).toStrictEqual(['default', 'failure']);
    expect(bridgedTransfer.requiredPorts(o)).toStrictEqual(['default', 'failure']);
    expect(bridgedTransfer.outputs).toStrictEqual(['FailureCode', 'FailureDescription', 'Headers']);
    expect(bridgedTransfer.webex).toStrictEqual({ activityName: 'bridged-transfer', activityId: '65fa5ba4f86763546736eaf3', group: 'action', description: true });
  });

  it.each([
    ['a timeout over 120 s', { dialNumberVariable: 'dn', timeoutSeconds: 121 }, { code: 'too_big', path: ['timeoutSeconds'] }],
    ['a timeout of 0', { dialNumberVariable: 'dn', timeoutSeconds: 0 }, { code: 'too_small', path: ['timeoutSeconds'] }],
    ['no destination', {}, { code: 'custom', path: ['dialNumber'] }],
    ['an unknown option', { dialNumberVariable: 'dn', outDigits: '1#' }, { code: 'unrecognized_keys', path: [] }],
  ])('rejects %s', (_, input, issue) => {
    expect(issues(input)).toContainEqual(issue);
  });

  it('reads Bridged_Transfer_Template BridgedTransfer_5vu and writes every key back', () => {
    const parsed = bridgedTransfer.options.parse(bridgedTransfer.fromWebex!(exported));
    expect(parsed).toStrictEqual({ dialNumberVariable: 'extTransferDN', timeoutSeconds: 10 });
    const written = bridgedTransfer.toWebex(parsed);
    expect(Object.keys(written).sort()).toStrictEqual(Object.keys(exported).sort());
    for (const [key, value] of Object.entries(exported)) expect(written[key]).toBe(value);
  });

  it('keeps an export with a setting no export has shown (its key is unknown) for the raw kind', () => {
    expect(bridgedTransfer.fromWebex!({ ...exported, transferoutdigits: '1#' })).toBeUndefined();
  });
});
