/**
 * Schedule Callback (`scheduled-callback`): books a callback for a later date and time, then the
 * flow continues (`default`) or fails (`failure`). Webex facts (docs/webex-activities-and-api.md
 * §1.3 "Others"): the date within 31 days, the start at least 30 min ahead, a window of 30 min to
 * 8 h, an IANA time zone; self-loop limit 10. The one real export is the corpus's
 * RegisteredScheduledCallback_Template (`ScheduleCallback_ojj`, 2025): group `action`, catalogue id
 * 6879dfca… (US/EU), widget ports `in`, `default`, `failure`; every value a `{{variable}}`, the queue
 * (`callbackQueue:radioName: "variableQueue"`) and the zone (`variableTimezone`) with the variable's
 * type in their name shadows. Static queue and zone choices appear in no export, so their radio
 * values are unknown: such an export is imported raw, and flowgen writes only the variable form.
 */
import { z } from 'zod';
import { renderText } from '../ir/template.js';
import { defineActivity } from './define-activity.js';
import { DESCRIBED_KEYS, defineFactory, type Chain, type Described, type Routable, type Target, type Text, type Variable } from './shared/factory.js';
import { toTemplate } from './shared/factory-input.js';
import { recordValue, textValue, variableValue } from './shared/print-input.js';
import { catalogueId } from './shared/regions.js';
import { textTemplate } from './shared/from-webex.js';
import { templateSchema, variableNameSchema } from './shared/schemas.js';
import { radioShadows } from './shared/shadow-keys.js';

const options = z.strictObject({
  /** The number to call back, e.g. `{{CallbackNumber}}`. */
  dialNumber: templateSchema,
  /** The customer's name, shown to the agent. */
  customerName: templateSchema,
  /** The callback date (`YYYY-MM-DD`). */
  date: templateSchema,
  /** Start and end of the callback window (`HH:mm`). */
  startTime: templateSchema,
  endTime: templateSchema,
  /** A String variable holding the callback queue's id. */
  queueVariable: variableNameSchema,
  /** A String variable holding the IANA time zone (`America/New_York`). */
  timezoneVariable: variableNameSchema,
});
export type ScheduledCallbackOptions = z.infer<typeof options>;

const ref = (name: string) => ({ parts: [{ ref: name }] });
const SINGLE_VARIABLE = /^\{\{([A-Za-z_$][A-Za-z0-9_$]*)\}\}$/;

function variableOf(p: Readonly<Record<string, unknown>>, key: string, radio: string): string | undefined {
  const value = p[key];
  if (p[`${key}:radioName`] !== radio || p[`${key}:name`] !== 'STRING' || typeof value !== 'string') return undefined;
  return SINGLE_VARIABLE.exec(value)?.[1];
}

export interface ScheduledCallbackInput extends Described {
  /** The number to call back. */
  dialNumber: Text;
  customerName: Text;
  /** `YYYY-MM-DD`, within 31 days. */
  date: Text;
  /** The window's start and end (`HH:mm`): 30 min to 8 h, starting at least 30 min ahead. */
  startTime: Text;
  endTime: Text;
  /** A String variable holding the callback queue's id. */
  queue: Variable<'string'>;
  /** A String variable holding the IANA time zone. */
  timezone: Variable<'string'>;
}
export type ScheduledCallbackHandle = Target & Chain<'default' | 'failure'> & Routable<'default' | 'failure', never>;

export const scheduledCallback = defineActivity({
  kind: 'scheduled-callback',
  options,
  factory: defineFactory<{
    /** Schedule Callback: books a callback in a time window. */
    scheduledCallback(name: string, input: ScheduledCallbackInput): ScheduledCallbackHandle;
  }>()({
    method: 'scheduledCallback',
    inputKeys: [...DESCRIBED_KEYS, 'dialNumber', 'customerName', 'date', 'startTime', 'endTime', 'queue', 'timezone'],
    options: (input) => ({
      dialNumber: toTemplate(input.dialNumber),
      customerName: toTemplate(input.customerName),
      date: toTemplate(input.date),
      startTime: toTemplate(input.startTime),
      endTime: toTemplate(input.endTime),
      queueVariable: input.queue.name,
      timezoneVariable: input.timezone.name,
    }),
    mainPort: 'default',
  }),
  printInput: (o) =>
    recordValue([
      ...(['dialNumber', 'customerName', 'date', 'startTime', 'endTime'] as const).map((k) => [k, textValue(o[k])] as const),
      ['queue', variableValue(o.queueVariable, 'string')],
      ['timezone', variableValue(o.timezoneVariable, 'string')],
    ]),
  ports: () => ['default', 'failure'],
  templates: (o) => [o.dialNumber, o.customerName, o.date, o.startTime, o.endTime, ref(o.queueVariable), ref(o.timezoneVariable)],
  webex: { activityName: 'scheduled-callback', activityId: catalogueId('scheduled-callback'), group: 'action', description: true },
  summary: (o) => ['call back', { template: o.dialNumber }],
  simulate: (o, call) => {
    const queue = call.read(o.queueVariable);
    call.note(`callback scheduled for ${call.render(o.customerName)} on ${call.render(o.date)} ${call.render(o.startTime)}-${call.render(o.endTime)} (${String(call.read(o.timezoneVariable) ?? '')})`);
    call.callback(call.render(o.dialNumber), queue === null ? undefined : String(queue));
    return { port: 'default' };
  },
  toWebex: (o) => ({
    callbackDn: renderText(o.dialNumber),
    customerName: renderText(o.customerName),
    callbackQueue: `{{${o.queueVariable}}}`,
    ...radioShadows('callbackQueue', 'variableQueue'),
    'callbackQueue:name': 'STRING',
    callbackQueue_name: 'STRING',
    scheduleDate: renderText(o.date),
    scheduleStartTime: renderText(o.startTime),
    scheduleEndTime: renderText(o.endTime),
    scheduleTimezone: `{{${o.timezoneVariable}}}`,
    ...radioShadows('scheduleTimezone', 'variableTimezone'),
    'scheduleTimezone:name': 'STRING',
    scheduleTimezone_name: 'STRING',
  }),
  fromWebex: (p) => {
    const queueVariable = variableOf(p, 'callbackQueue', 'variableQueue');
    const timezoneVariable = variableOf(p, 'scheduleTimezone', 'variableTimezone');
    const [dialNumber, customerName, date, startTime, endTime] = ['callbackDn', 'customerName', 'scheduleDate', 'scheduleStartTime', 'scheduleEndTime'].map((k) => textTemplate(p[k]));
    if (!queueVariable || !timezoneVariable || !dialNumber || !customerName || !date || !startTime || !endTime) return undefined;
    return { dialNumber, customerName, date, startTime, endTime, queueVariable, timezoneVariable };
  },
});
