/** callback: a courtesy callback to a number, optionally to a queue and from a static ANI (CL-*, CARS). */
import { describe, expect, it } from 'vitest';
import { callback } from '../../src/activities/callback.js';

const dialNumber = { parts: [{ text: '{{NewPhoneContact.ani}}' }] };
const webex = (input: unknown, exported?: Record<string, unknown>) => callback.toWebex(callback.options.parse(input), exported);
const issues = (input: unknown) => (callback.options.safeParse(input).error?.issues ?? []).map((i) => ({ code: i.code, path: i.path }));

describe('callback', () => {
  it.each([
    [
      'to the caller, queue and ANI by default',
      { dialNumber },
      { callbackDn: '{{NewPhoneContact.ani}}', toggleCallbackDestination: false, callbackQueue: null, 'callbackQueue:radioName': null, callbackQueue_radioName: null, callbackAni: null, 'callbackAni:radioName': 'staticAni', callbackAni_radioName: 'staticAni' },
    ],
    [
      'to a queue from a static ANI',
      { dialNumber, queue: '945d0b0d-8a00-4ad9-bb5b-98de5663a26a', ani: '+12027548691' },
      {
        callbackDn: '{{NewPhoneContact.ani}}',
        toggleCallbackDestination: true,
        callbackQueue: '945d0b0d-8a00-4ad9-bb5b-98de5663a26a',
        'callbackQueue:radioName': 'singleQueue',
        callbackQueue_radioName: 'singleQueue',
        callbackAni: '+12027548691',
        'callbackAni:radioName': 'staticAni',
        callbackAni_radioName: 'staticAni',
      },
    ],
  ])('%s', (_, input, expected) => {
    expect(webex(input)).toStrictEqual(expected);
  });

  it('writes the 2022 CARS shape (no toggle, no ANI) when given that export', () => {
    const cars22 = { callbackQueue_radioName: 'singleQueue', callbackDn: '{{NewPhoneContact.ani}}', 'callbackQueue:radioName': 'singleQueue', callbackQueue: 'q1' };
    expect(webex({ dialNumber, queue: 'q1' }, cars22)).toStrictEqual({ callbackDn: '{{NewPhoneContact.ani}}', callbackQueue: 'q1', 'callbackQueue:radioName': 'singleQueue', callbackQueue_radioName: 'singleQueue' });
    expect(webex({ dialNumber }, { toggleCallbackDestination: false, callbackAni: '' })['callbackAni']).toBe('');
  });

  it('has ports default and failure, of which default is required', () => {
    const o = callback.options.parse({ dialNumber });
    expect(callback.ports(o)).toStrictEqual(['default', 'failure']);
    expect(callback.requiredPorts(o)).toStrictEqual(['default']);
    expect(callback.templates(o)).toStrictEqual([dialNumber]);
    expect(callback.outputs).toStrictEqual(['FailureCode', 'FailureDescription']);
    expect(callback.webex).toStrictEqual({ activityName: 'callback', activityId: '5f367a285d76a50d1e8fb4d2', group: 'action', description: true });
  });

  it.each([
    ['no dial number', {}, { code: 'invalid_type', path: ['dialNumber'] }],
    ['an empty queue id', { dialNumber, queue: '' }, { code: 'too_small', path: ['queue'] }],
    ['an unknown option', { dialNumber, retries: 2 }, { code: 'unrecognized_keys', path: [] }],
  ])('rejects %s', (_, input, issue) => {
    expect(issues(input)).toContainEqual(issue);
  });

  it('reads CL_1_start Callback_noh and CARS Callback1', () => {
    const clStart = { callbackAni: '+12027548691', callbackQueue: null, 'callbackAni:radioName': 'staticAni', callbackAni_radioName: 'staticAni', callbackQueue_radioName: null, callbackDn: '{{NewPhoneContact.ani}}', 'callbackQueue:radioName': null, toggleCallbackDestination: false };
    expect(callback.options.parse(callback.fromWebex!(clStart))).toStrictEqual({ dialNumber, ani: '+12027548691' });
    const cars = { callbackAni: '', callbackQueue: '945d0b0d-8a00-4ad9-bb5b-98de5663a26a', 'callbackAni:radioName': 'staticAni', callbackQueue_radioName: 'singleQueue', callbackDn: '{{NewPhoneContact.ani}}', 'callbackQueue:radioName': 'singleQueue', toggleCallbackDestination: true };
    expect(callback.options.parse(callback.fromWebex!(cars))).toStrictEqual({ dialNumber, queue: '945d0b0d-8a00-4ad9-bb5b-98de5663a26a' });
  });

  it('reads and writes AvoidDuplicateCallBack Callback_20e: an ANI from a variable and the queue name beside its id (2025)', () => {
    const exported = {
      callbackAni: '{{NewPhoneContact.ANI}}',
      callbackQueue_name: 'Q_arubhatt',
      callbackQueue: '81350cc8-7e99-4146-83e3-a52de2cf92b7',
      'callbackQueue:name': 'Q_arubhatt',
      'callbackAni:radioName': 'variableAni',
      callbackAni_radioName: 'variableAni',
      callbackQueue_radioName: 'singleQueue',
      callbackDn: '{{NewPhoneContact.ANI}}',
      'callbackQueue:radioName': 'singleQueue',
      toggleCallbackDestination: true,
    };
    const parsed = callback.options.parse(callback.fromWebex!(exported));
    expect(parsed).toStrictEqual({ dialNumber: { parts: [{ text: '{{NewPhoneContact.ANI}}' }] }, queue: '81350cc8-7e99-4146-83e3-a52de2cf92b7', queueName: 'Q_arubhatt', aniVariable: { parts: [{ text: '{{NewPhoneContact.ANI}}' }] } });
    const written = callback.toWebex(parsed, exported);
    expect(Object.keys(written).sort()).toStrictEqual(Object.keys(exported).sort());
    for (const [key, value] of Object.entries(exported)) expect(written[key]).toBe(value);
  });

  it('rejects a static and a variable ANI together', () => {
    expect(issues({ dialNumber, ani: '+1', aniVariable: dialNumber })).toContainEqual({ code: 'custom', path: ['ani'] });
  });
});
