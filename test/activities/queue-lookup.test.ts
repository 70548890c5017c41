/** queue-lookup: Get Queue Info, EWT and PIQ of a queue (customer-journey samples `GetQueueInfoPayment`). */
import { describe, expect, it } from 'vitest';
import { queueLookup } from '../../src/activities/queue-lookup.js';

const webex = (input: unknown) => queueLookup.toWebex(queueLookup.options.parse(input));
const issues = (input: unknown) => (queueLookup.options.safeParse(input).error?.issues ?? []).map((i) => ({ code: i.code, path: i.path }));

describe('queue-lookup', () => {
  it.each([
    ['defaults', { queue: 'q1' }, { destination: 'q1', 'destination:radioName': 'queueId', destination_radioName: 'queueId', ewtLookbackMinutes: '5' }],
    ['a longer lookback', { queue: 'q1', lookbackMinutes: 60 }, { destination: 'q1', 'destination:radioName': 'queueId', destination_radioName: 'queueId', ewtLookbackMinutes: '60' }],
  ])('%s', (_, input, expected) => {
    expect(webex(input)).toStrictEqual(expected);
  });

  it('has ports default, insufficientdata, failure; failure is optional', () => {
    const o = queueLookup.options.parse({ queue: 'q1' });
    expect(queueLookup.ports(o)).toStrictEqual(['default', 'insufficientdata', 'failure']);
    expect(queueLookup.requiredPorts(o)).toStrictEqual(['default', 'insufficientdata']);
    expect(queueLookup.outputs).toEqual(expect.arrayContaining(['EWT', 'PIQ']));
    expect(queueLookup.webex).toStrictEqual({ activityName: 'queue-lookup', activityId: '5fabaf1f8bf5b65b82f0706f', group: 'action', description: true });
  });

  it.each([
    ['a lookback of 4 min', { queue: 'q', lookbackMinutes: 4 }, { code: 'too_small', path: ['lookbackMinutes'] }],
    ['a lookback of 241 min', { queue: 'q', lookbackMinutes: 241 }, { code: 'too_big', path: ['lookbackMinutes'] }],
    ['no queue', {}, { code: 'invalid_type', path: ['queue'] }],
    ['an unknown option', { queue: 'q', name: 'Q' }, { code: 'unrecognized_keys', path: [] }],
  ])('rejects %s', (_, input, issue) => {
    expect(issues(input)).toContainEqual(issue);
  });

  it('reads customer-journey GetQueueInfoPayment', () => {
    const properties = { 'destination:radioName': 'queueId', ewtLookbackMinutes: '5', destination: 'AXj7J67QX-tU5CjVIxNA', destination_radioName: 'queueId' };
    expect(queueLookup.options.parse(queueLookup.fromWebex!(properties))).toStrictEqual({ queue: 'AXj7J67QX-tU5CjVIxNA', lookbackMinutes: 5 });
  });
});
