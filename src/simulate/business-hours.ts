/**
 * Business Hours schedules for the simulator. The entity lives in Control Hub, not in the flow,
 * so a scenario describes it: a time zone, working-hour shifts, holidays and overrides. The call's
 * time (the scenario clock, `--at`) is read in that zone; an override wins over a holiday, a
 * holiday over working hours, and outside all of them the branch is `default`
 * (docs/webex-activities-and-api.md §1.4 "Business Hours").
 */
import type { BusinessHoursAnswer } from '../activities/shared/simulation.js';
import { fieldsIn } from './pebble/java-date.js';

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface Shift {
  name: string;
  days: readonly Weekday[];
  /** `HH:mm`, local time. */
  from: string;
  /** `HH:mm`; `24:00` for the end of the day. */
  to: string;
}

export interface DatedPeriod {
  name: string;
  /** `YYYY-MM-DD`, local date (the whole day), or a range with `until`. */
  date: string;
  until?: string;
  /** Within the date(s), only between these times (`HH:mm`); all day when absent. */
  from?: string;
  to?: string;
}

export interface BusinessHoursSchedule {
  /** IANA zone the schedule is written in. */
  timeZone: string;
  workingHours: readonly Shift[];
  holidays: readonly DatedPeriod[];
  overrides: readonly DatedPeriod[];
}

const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function inPeriod(period: DatedPeriod, date: string, minute: number): boolean {
  if (date < period.date || date > (period.until ?? period.date)) return false;
  return period.from === undefined || (minute >= minutes(period.from) && minute < minutes(period.to ?? '24:00'));
}

/** The branch `at` falls in. */
export function businessHoursAt(schedule: BusinessHoursSchedule, at: Date): BusinessHoursAnswer {
  const f = fieldsIn(at, schedule.timeZone);
  const date = `${String(f.year).padStart(4, '0')}-${String(f.month).padStart(2, '0')}-${String(f.day).padStart(2, '0')}`;
  const minute = f.hour * 60 + f.minute;
  const override = schedule.overrides.find((o) => inPeriod(o, date, minute));
  if (override) return { port: 'override', override: override.name };
  const holiday = schedule.holidays.find((h) => inPeriod(h, date, minute));
  if (holiday) return { port: 'holidays', holiday: holiday.name };
  const day = WEEKDAYS[f.weekday]!;
  const shift = schedule.workingHours.find((s) => s.days.includes(day) && minute >= minutes(s.from) && minute < minutes(s.to));
  if (shift) return { port: 'workingHours', shift: shift.name };
  return { port: 'default' };
}

