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

  it('rejects an unknown option and an unknown event', () => {
    expect(start.options.safeParse({ channel: 'chat' }).error?.issues.map((i) => i.code)).toStrictEqual(['unrecognized_keys']);
    expect(start.options.safeParse({ event: 'NewChatContact' }).error?.issues.map((i) => i.code)).toStrictEqual(['invalid_value']);
  });

  it.skipIf(!zd24Properties('NewPhoneContact'))('matches ZD24 NewPhoneContact', () => {
    expect(start.toWebex(start.options.parse({}))).toStrictEqual(zd24Properties('NewPhoneContact'));
  });

  describe('the digital start (NewContact, BYO messaging template)', () => {
    const byo = {
      event: 'NewContact',
      flowType: {
        eventSourceId: '5f0ed8452c6b937a6789c13a',
        eventSourceName: 'WebexContactCenter',
        eventSpecificationId: '5f0ed8ea2c6b937a6789c13c',
        eventSpecificationName: 'ContactStartWorkflow',
        eventClassificationId: '5f0ed85f2c6b937a6789c13b',
        eventClassificationName: 'VoiceInteractions',
      },
    };

    it('reads the event, and reads a voice start (PAY26 activityName NewContact, event NewPhoneContact) as voice', () => {
      expect(start.options.parse(start.fromWebex!(byo))).toStrictEqual({ event: 'NewContact' });
      expect(start.options.parse(start.fromWebex!({ activityName: 'NewContact', event: 'NewPhoneContact' }))).toStrictEqual({ event: 'NewPhoneContact' });
    });

    it('is named after its event in activityName and event', () => {
      const o = start.options.parse({ event: 'NewContact' });
      expect(start.identity!(o)).toStrictEqual({ activityName: 'NewContact', activityId: 'start', group: 'start', description: false });
      expect(start.toWebex(o)).toStrictEqual({ ...properties, event: 'NewContact' });
    });

    it('keeps the flow-type ids of the export it was imported from (environment data)', () => {
      expect(start.toWebex(start.options.parse({ event: 'NewContact' }), byo)).toStrictEqual(byo);
    });
  });
});
