/** scheduled-callback: book a callback window. Real shape: the corpus's RegisteredScheduledCallback_Template (2025). */
import { describe, expect, it } from 'vitest';
import { scheduledCallback } from '../../src/activities/scheduled-callback.js';
import { corpusActivities } from '../harness/corpus-activities.js';
import { hasShared } from '../harness/paths.js';

const t = (text: string) => ({ parts: [{ text }] });
const input = {
  dialNumber: t('{{CallbackNumber}}'),
  customerName: t('{{CustomerName}}'),
  date: t('{{CallbackScheduleDate}}'),
  startTime: t('{{CallbackScheduleStartTime}}'),
  endTime: t('{{CallbackScheduleEndTime}}'),
  queueVariable: 'CallbackQueue',
  timezoneVariable: 'CallbackScheduleTimezone',
};
const issues = (value: unknown) => (scheduledCallback.options.safeParse(value).error?.issues ?? []).map((i) => ({ code: i.code, path: i.path }));

describe('scheduled-callback', () => {
  it('writes every value, the queue and the zone as variables with their type in the name shadows', () => {
    expect(scheduledCallback.toWebex(scheduledCallback.options.parse(input))).toStrictEqual({
      callbackDn: '{{CallbackNumber}}',
      customerName: '{{CustomerName}}',
      callbackQueue: '{{CallbackQueue}}',
      'callbackQueue:radioName': 'variableQueue',
      callbackQueue_radioName: 'variableQueue',
      'callbackQueue:name': 'STRING',
      callbackQueue_name: 'STRING',
      scheduleDate: '{{CallbackScheduleDate}}',
      scheduleStartTime: '{{CallbackScheduleStartTime}}',
      scheduleEndTime: '{{CallbackScheduleEndTime}}',
      scheduleTimezone: '{{CallbackScheduleTimezone}}',
      'scheduleTimezone:radioName': 'variableTimezone',
      scheduleTimezone_radioName: 'variableTimezone',
      'scheduleTimezone:name': 'STRING',
      scheduleTimezone_name: 'STRING',
    });
  });

  it('has ports default and failure, and checks the queue and zone variables as references', () => {
    const o = scheduledCallback.options.parse(input);
    expect(scheduledCallback.ports(o)).toStrictEqual(['default', 'failure']);
    expect(scheduledCallback.templates(o)).toContainEqual({ parts: [{ ref: 'CallbackQueue' }] });
    expect(scheduledCallback.webex).toStrictEqual({ activityName: 'scheduled-callback', activityId: '6879dfca76835b681f1ce5b1', group: 'action', description: true });
  });

  it.each([
    ['no time zone', { ...input, timezoneVariable: undefined }, { code: 'invalid_type', path: ['timezoneVariable'] }],
    ['a queue given as an expression', { ...input, queueVariable: '{{CallbackQueue}}' }, { code: 'invalid_format', path: ['queueVariable'] }],
  ])('rejects %s', (_, value, issue) => {
    expect(issues(value)).toContainEqual(issue);
  });

  it.skipIf(!hasShared)('reads ScheduleCallback_ojj and writes it back exactly', () => {
    const [exported] = corpusActivities('scheduled-callback');
    const parsed = scheduledCallback.options.parse(scheduledCallback.fromWebex!(exported!));
    expect(parsed).toStrictEqual(input);
    const written = scheduledCallback.toWebex(parsed);
    expect(Object.keys(written).sort()).toStrictEqual(Object.keys(exported!).sort());
    for (const [key, value] of Object.entries(exported!)) expect(written[key]).toBe(value);
  });

  it('keeps a static queue (its radio value is unknown) for the raw kind', () => {
    const exported = scheduledCallback.toWebex(scheduledCallback.options.parse(input));
    expect(scheduledCallback.fromWebex!({ ...exported, callbackQueue: 'q-1', 'callbackQueue:radioName': 'staticQueue' })).toBeUndefined();
  });
});
