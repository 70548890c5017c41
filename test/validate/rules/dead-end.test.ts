/** FG110 dead-end: an activity that does not end the call, with ports and no link at all. */
import { describe, expect, it } from 'vitest';
import { activity, essentials, handFlow, HAND_FILE, validateIr, withCode } from '../../harness/rules.js';

const raw = (name: string, ports: string[], links: Record<string, string> = {}) =>
  activity(name, 'raw', { activityName: 'callback', activityId: 'x', group: 'action', properties: { activityName: 'callback' }, ports: ['in', ...ports] }, links);

describe('dead-end (FG110)', () => {
  it('reports a raw activity with output ports none of which is linked', () => {
    const ir = handFlow({ first: 'Callback', activities: [raw('Callback', ['default', 'failure'])] });
    expect(essentials(withCode(validateIr(ir), 'FG110'))).toStrictEqual([{ code: 'FG110', data: { activity: 'Callback' }, location: { file: HAND_FILE, activity: 'Callback' } }]);
  });

  it('passes a linked raw activity and one without output ports (a transfer ends the call)', () => {
    const ir = handFlow({ first: 'Callback', activities: [raw('Callback', ['default', 'failure'], { default: 'Transfer' }), raw('Transfer', [])] });
    expect(withCode(validateIr(ir), 'FG110')).toStrictEqual([]);
  });
});
