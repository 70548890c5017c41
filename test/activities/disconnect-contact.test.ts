/** disconnect-contact: hangs up; no options, no output port (ZD24 `CallDisconnect`). */
import { describe, expect, it } from 'vitest';
import { disconnectContact } from '../../src/activities/disconnect-contact.js';
import { zd24Properties } from '../harness/rules.js';

describe('disconnect-contact', () => {
  it('writes no kind-specific property', () => {
    expect(disconnectContact.toWebex(disconnectContact.options.parse({}))).toStrictEqual({});
  });

  it('is terminating: an in port and no output port', () => {
    const o = disconnectContact.options.parse({});
    expect(disconnectContact.hasInPort).toBe(true);
    expect(disconnectContact.ports(o)).toStrictEqual([]);
    expect(disconnectContact.requiredPorts(o)).toStrictEqual([]);
    expect(disconnectContact.webex).toStrictEqual({ activityName: 'disconnect-contact', activityId: '5faa898c8bf5b65b82f0706b', group: 'terminating-action', description: true });
  });

  it('rejects any option', () => {
    expect(disconnectContact.options.safeParse({ reason: 'done' }).error?.issues.map((i) => i.code)).toStrictEqual(['unrecognized_keys']);
  });

  it.skipIf(!zd24Properties('CallDisconnect'))('matches ZD24 CallDisconnect, which carries only identity keys', () => {
    expect(zd24Properties('CallDisconnect')).toStrictEqual({});
  });
});
