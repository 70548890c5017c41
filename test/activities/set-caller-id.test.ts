/** set-caller-id (`SetCallerID`): the number an outbound call shows. Real shape: the corpus's outbound IVR campaign template (2025). */
import { describe, expect, it } from 'vitest';
import { setCallerId } from '../../src/activities/set-caller-id.js';
import { corpusActivities } from '../harness/corpus-activities.js';
import { hasShared } from '../harness/paths.js';

describe('set-caller-id', () => {
  it('writes the number with the static radio and again in its name shadows', () => {
    expect(setCallerId.toWebex(setCallerId.options.parse({ callerId: '+15186199162' }))).toStrictEqual({
      callerId: '+15186199162',
      'callerId:radioName': 'staticCallerId',
      callerId_radioName: 'staticCallerId',
      'callerId:name': '+15186199162',
      callerId_name: '+15186199162',
    });
  });

  it('is terminating', () => {
    const o = setCallerId.options.parse({ callerId: '1' });
    expect(setCallerId.ports(o)).toStrictEqual([]);
    expect(setCallerId.hasInPort).toBe(true);
    expect(setCallerId.webex).toStrictEqual({ activityName: 'SetCallerID', activityId: '640ae8c41a51567ec6a87000', group: 'terminating-action', description: true });
  });

  it('rejects an empty number and unknown options', () => {
    expect(setCallerId.options.safeParse({ callerId: '' }).success).toBe(false);
    expect(setCallerId.options.safeParse({ callerId: '1', variable: 'x' }).success).toBe(false);
  });

  it.skipIf(!hasShared)('reads the campaign template SetCallerID and writes it back exactly', () => {
    const [exported] = corpusActivities('SetCallerID');
    const parsed = setCallerId.options.parse(setCallerId.fromWebex!(exported!));
    expect(parsed).toStrictEqual({ callerId: '+15186199162' });
    const written = setCallerId.toWebex(parsed);
    expect(Object.keys(written).sort()).toStrictEqual(Object.keys(exported!).sort());
    for (const [key, value] of Object.entries(exported!)) expect(written[key]).toBe(value);
  });

  it('keeps a variable caller id (its radio value is unknown) for the raw kind', () => {
    expect(setCallerId.fromWebex!({ callerId: '{{ani}}', 'callerId:radioName': 'variableCallerId', 'callerId:name': 'STRING' })).toBeUndefined();
  });
});
