/**
 * business-hours: routes by working hours, holidays and overrides. Real shapes: Cisco's
 * BusinessHours_Template `BusinessHours` (static entity; hnavilur/webex-contact-center-flows at
 * 89a8151) and the corpus's VariableFlow_Template `BusinessHours_os2` (a variable).
 */
import { describe, expect, it } from 'vitest';
import { businessHours } from '../../src/activities/business-hours.js';
import { corpusActivities } from '../harness/corpus-activities.js';
import { hasShared } from '../harness/paths.js';

const schedule = { id: '39ccce07-d3c4-4b0f-bc43-6ee16c80b715', name: 'CustomerService_BusinessHours' };
const scheduleVariable = { parts: [{ text: '{{businessHours}}' }] };
const issues = (input: unknown) => (businessHours.options.safeParse(input).error?.issues ?? []).map((i) => ({ code: i.code, path: i.path }));

/** BusinessHours_Template `BusinessHours`, kind-specific keys in the export's order. */
const staticExport = {
  businessHoursId: '39ccce07-d3c4-4b0f-bc43-6ee16c80b715',
  'businessHoursId:type': null,
  businessHoursId_name: 'CustomerService_BusinessHours',
  businessHoursVariable: null,
  businessHoursRadioGroup: 'staticBusinessHours',
  businessHoursId_type: null,
  'businessHoursId:name': 'CustomerService_BusinessHours',
};

describe('business-hours', () => {
  it('writes a static entity: its id, the static radio and its name in the shadows', () => {
    expect(businessHours.toWebex(businessHours.options.parse({ schedule }))).toStrictEqual({
      businessHoursId: schedule.id,
      businessHoursVariable: null,
      businessHoursRadioGroup: 'staticBusinessHours',
      'businessHoursId:type': null,
      businessHoursId_type: null,
      'businessHoursId:name': schedule.name,
      businessHoursId_name: schedule.name,
    });
  });

  it('writes a variable: no id, every shadow null', () => {
    expect(businessHours.toWebex(businessHours.options.parse({ scheduleVariable }))).toStrictEqual({
      businessHoursId: null,
      businessHoursVariable: '{{businessHours}}',
      businessHoursRadioGroup: 'variableBusinessHours',
      'businessHoursId:type': null,
      businessHoursId_type: null,
      'businessHoursId:name': null,
      businessHoursId_name: null,
    });
  });

  it('has the branches of both real widgets, every one but error required', () => {
    const o = businessHours.options.parse({ schedule });
    expect(businessHours.ports(o)).toStrictEqual(['error', 'workingHours', 'holidays', 'override', 'default']);
    expect(businessHours.requiredPorts(o)).toStrictEqual(['workingHours', 'holidays', 'override', 'default']);
    expect(businessHours.outputs).toContain('WorkingHoursShift_Name');
    expect(businessHours.webex).toStrictEqual({ activityName: 'business-hours', activityId: 'business-hours', group: 'enum-gateway', description: true });
  });

  it.each([
    ['neither entity nor variable', {}, { code: 'custom', path: ['schedule'] }],
    ['both', { schedule, scheduleVariable }, { code: 'custom', path: ['schedule'] }],
    ['an entity without a name', { schedule: { id: 'x' } }, { code: 'invalid_type', path: ['schedule', 'name'] }],
    ['an unknown option', { schedule, timezone: 'UTC' }, { code: 'unrecognized_keys', path: [] }],
  ])('rejects %s', (_, input, issue) => {
    expect(issues(input)).toContainEqual(issue);
  });

  it('reads BusinessHours_Template and writes every key back as exported', () => {
    const parsed = businessHours.options.parse(businessHours.fromWebex!(staticExport));
    expect(parsed).toStrictEqual({ schedule });
    const written = businessHours.toWebex(parsed);
    expect(Object.keys(written).sort()).toStrictEqual(Object.keys(staticExport).sort());
    for (const [key, value] of Object.entries(staticExport)) expect(written[key]).toBe(value);
  });

  it.skipIf(!hasShared)('reads the corpus VariableFlow_Template BusinessHours_os2', () => {
    const [exported] = corpusActivities('business-hours');
    expect(exported).toBeDefined();
    expect(businessHours.options.parse(businessHours.fromWebex!(exported!))).toStrictEqual({ scheduleVariable });
  });

  it('keeps an entity without its display name for the raw kind', () => {
    expect(businessHours.fromWebex!({ ...staticExport, 'businessHoursId:name': null })).toBeUndefined();
  });
});
