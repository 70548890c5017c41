/**
 * Business Hours: routes by the tenant's Business Hours entity (working-hours shifts, holidays and
 * overrides). Webex facts (docs/webex-activities-and-api.md §1.4 "Business Hours"): a static
 * entity or a variable holding its id (an invalid id takes the error path); branches Working
 * Hours, Holidays, Overrides, Default, where overrides and holidays win over working hours;
 * outputs `WorkingHoursShift_Name` (as Cisco's template reads it), `Holidays_Name`,
 * `Overrides_Name`, `status`. Group `enum-gateway`, slug id `business-hours`. Real shapes: Cisco's
 * BusinessHours_Template (hnavilur/webex-contact-center-flows at 89a8151, `BusinessHours`, static:
 * `businessHoursRadioGroup: "staticBusinessHours"`, the entity's id and its name in the name shadows)
 * and the corpus's VariableFlow_Template (`BusinessHours_os2`, `variableBusinessHours`,
 * `businessHoursVariable: "{{businessHours}}"`, every shadow null). Both widgets list the ports
 * `in`, `error`, `workingHours`, `holidays`, `override`, `default`; every branch but `error` must
 * be wired.
 */
import { z } from 'zod';
import { renderText } from '../ir/template.js';
import { defineActivity } from './define-activity.js';
import { DESCRIBED_KEYS, defineFactory, type Described, type Routable, type Target, type TextTemplate, type Variable } from './shared/factory.js';
import { compact, runtimeTemplate } from './shared/factory-input.js';
import { first, literal, recordValue, referencedVariable, templateValue } from './shared/print-input.js';
import { textTemplate } from './shared/from-webex.js';
import { templateSchema } from './shared/schemas.js';
import { namedRef, namedResourceSchema } from './shared/resources.js';
import { selectShadows } from './shared/shadow-keys.js';

const options = z
  .strictObject({
    /** The Business Hours entity in Control Hub (its id, and the name Flow Designer shows; `{ name }` alone for plan/deploy to resolve). */
    schedule: namedResourceSchema.optional(),
    /** A template that yields the entity's id at run time, e.g. `{{businessHours}}`. */
    scheduleVariable: templateSchema.optional(),
  })
  .superRefine((o, ctx) => {
    if ((o.schedule === undefined) === (o.scheduleVariable === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['schedule'], message: 'give exactly one of "schedule" (an entity) and "scheduleVariable"' });
    }
  });
export type BusinessHoursOptions = z.infer<typeof options>;

export type BusinessHoursInput = Described &
  (
    | { /** The Business Hours entity in Control Hub. */ schedule: { id: string; name: string }; scheduleVariable?: never }
    | { /** A variable (or template) holding the entity's id at run time. */ scheduleVariable: Variable<'string'> | TextTemplate; schedule?: never }
  );
/** Working hours, holidays, overrides and the rest: every branch but `error` must be wired. */
export type BusinessHoursHandle = Target & Routable<'workingHours' | 'holidays' | 'override' | 'default', 'error'>;

export const businessHours = defineActivity({
  kind: 'business-hours',
  options,
  factory: defineFactory<{
    /** Business Hours: routes by the entity's working hours, holidays and overrides. */
    businessHours(name: string, input: BusinessHoursInput): BusinessHoursHandle;
  }>()({
    method: 'businessHours',
    inputKeys: [...DESCRIBED_KEYS, 'schedule', 'scheduleVariable'],
    options: (input) => {
      const scheduleVariable = input.scheduleVariable === undefined ? undefined : runtimeTemplate(input.scheduleVariable);
      return compact({ schedule: input.schedule ? { ...input.schedule } : undefined, scheduleVariable });
    },
  }),
  printInput: (o) =>
    o.schedule
      ? o.schedule.id === undefined ? undefined : recordValue([['schedule', literal({ id: o.schedule.id, name: o.schedule.name })]])
      : recordValue([['scheduleVariable', first(referencedVariable(o.scheduleVariable, 'string'), o.scheduleVariable && templateValue(o.scheduleVariable))]]),
  resources: (o) => namedRef('business-hours', o, 'schedule'),
  // Widget order of both real exports.
  ports: () => ['error', 'workingHours', 'holidays', 'override', 'default'],
  templates: (o) => (o.scheduleVariable ? [o.scheduleVariable] : []),
  outputs: ['WorkingHoursShift_Name', 'Holidays_Name', 'Overrides_Name', 'status'],
  webex: { activityName: 'business-hours', activityId: 'business-hours', group: 'enum-gateway', description: true },
  summary: (o) => [o.schedule ? o.schedule.name : { template: o.scheduleVariable! }],
  // Overrides and holidays win over working hours (docs §1.4); the schedule is the scenario's.
  simulate: (o, call) => {
    // A schedule given by name alone (resolved only at deploy time) is found in the scenario by name.
    const entity = o.schedule ? { id: o.schedule.id ?? '', name: o.schedule.name } : { id: call.render(o.scheduleVariable!), name: '' };
    const answer = call.businessHours(entity);
    if (!answer) return call.unsupported(`the scenario gives no schedule for the business hours "${entity.name || entity.id}"`);
    call.output('WorkingHoursShift_Name', answer.shift ?? null);
    call.output('Holidays_Name', answer.holiday ?? null);
    call.output('Overrides_Name', answer.override ?? null);
    call.output('status', answer.port);
    return { port: answer.port };
  },
  toWebex: (o) => ({
    businessHoursId: o.schedule?.id ?? null,
    businessHoursVariable: o.scheduleVariable ? renderText(o.scheduleVariable) : null,
    businessHoursRadioGroup: o.schedule ? 'staticBusinessHours' : 'variableBusinessHours',
    ...selectShadows('businessHoursId', o.schedule?.name ?? null, false),
  }),
  fromWebex: (p) => {
    const radio = p['businessHoursRadioGroup'];
    if (radio === 'staticBusinessHours') {
      const id = p['businessHoursId'];
      const name = p['businessHoursId:name'];
      return typeof id === 'string' && id && typeof name === 'string' && name ? { schedule: { id, name } } : undefined;
    }
    if (radio !== 'variableBusinessHours' || p['businessHoursId'] !== null) return undefined;
    const scheduleVariable = typeof p['businessHoursVariable'] === 'string' && p['businessHoursVariable'] ? textTemplate(p['businessHoursVariable']) : undefined;
    return scheduleVariable && { scheduleVariable };
  },
});
