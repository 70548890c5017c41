/** FG305 regional-catalogue-id: a new activity gets another region's catalogue id only with a warning. */
import { describe, expect, it } from 'vitest';
import { activity, essentials, handFlow, HAND_FILE, literal, validateIr, withCode } from '../../harness/rules.js';

const bridge = () => activity('Bridge', 'bridged-transfer', { dialNumber: literal('4001') }, { default: 'Bye', failure: 'Bye' });
const flow = (region: string | undefined, first = bridge()) => ({
  ...handFlow({ first: first.name, activities: [first, activity('Bye', 'disconnect-contact')] }),
  ...(region ? { region } : {}),
});

describe('regional-catalogue-id (FG305)', () => {
  it('warns when the flow\'s region has no id for the kind (bridged transfer in APJ)', () => {
    expect(essentials(withCode(validateIr(flow('apj')), 'FG305'))).toStrictEqual([
      { code: 'FG305', data: { activity: 'Bridge', kind: 'bridged-transfer', region: 'apj', used: 'us-eu' }, location: { file: HAND_FILE, activity: 'Bridge' } },
    ]);
    expect(withCode(validateIr(flow('apj')), 'FG305')[0]!.severity).toBe('warning');
  });

  it('passes the same activity in its own region, and kinds with a slug id anywhere', () => {
    expect(withCode(validateIr(flow(undefined)), 'FG305')).toStrictEqual([]);
    expect(withCode(validateIr(flow('us-eu')), 'FG305')).toStrictEqual([]);
    const hours = activity('Hours', 'business-hours', { scheduleVariable: literal('{{bh}}') }, { workingHours: 'Bye', holidays: 'Bye', override: 'Bye', default: 'Bye' });
    expect(withCode(validateIr(flow('apj', hours)), 'FG305')).toStrictEqual([]);
  });

  it('passes an imported activity, which keeps its exported id', () => {
    const imported = { ...bridge(), webex: { group: 'action', properties: { activityId: '65fa5ba4f86763546736eaf3' }, ports: ['in', 'default', 'failure'], importedOptions: {} } };
    expect(withCode(validateIr(flow('apj', imported)), 'FG305')).toStrictEqual([]);
  });
});
