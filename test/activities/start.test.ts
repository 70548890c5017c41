/** start (NewPhoneContact): the voice flow's entry; constant properties (docs §6.2, ZD24). */
import { describe, expect, it } from 'vitest';
import { START_ACTIVITY_NAME, start } from '../../src/activities/start.js';
import { zd24Properties } from '../harness/rules.js';

const properties = {
  event: 'NewPhoneContact',
  flowType: {
    eventSourceId: '5eff0e2eb10162499bc9f932',
    eventSourceName: 'WebexContactCenter',
    eventSpecificationId: '5f2d02144332507e39cc8a7f',
    eventSpecificationName: 'ContactStartWorkflow',
    eventClassificationId: '5f10475cf021306e89e1692c',
    eventClassificationName: 'VoiceInteractions',
  },
};

describe('start', () => {
  it('writes the NewPhoneContact event and flow type', () => {
    expect(start.toWebex(start.options.parse({}))).toStrictEqual(properties);
  });

  it('is a root named NewPhoneContact with one out port and the call data outputs', () => {
    const o = start.options.parse({});
    expect(START_ACTIVITY_NAME).toBe('NewPhoneContact');
    expect(start.hasInPort).toBe(false);
    expect(start.ports(o)).toStrictEqual(['out']);
    expect(start.outputs).toEqual(expect.arrayContaining(['ANI', 'DNIS', 'InteractionId']));
    expect(start.webex).toStrictEqual({ activityName: 'NewPhoneContact', activityId: 'start', group: 'start', description: false });
  });

  // Regression: an unwired start is reported once, by FG108 no-start, not also as FG102.
  it('leaves the out port to the no-start rule (FG108)', () => {
    expect(start.requiredPorts(start.options.parse({}))).toStrictEqual([]);
  });

  it('rejects any option', () => {
    expect(start.options.safeParse({ event: 'NewContact' }).error?.issues.map((i) => i.code)).toStrictEqual(['unrecognized_keys']);
  });

  it.skipIf(!zd24Properties('NewPhoneContact'))('matches ZD24 NewPhoneContact', () => {
    expect(start.toWebex({})).toStrictEqual(zd24Properties('NewPhoneContact'));
  });
});
