/** Business Hours schedules read in their own time zone; override over holiday over working hours. */
import { describe, expect, it } from 'vitest';
import { businessHoursAt, type BusinessHoursSchedule } from '../../src/simulate/business-hours.js';
import { seededRandom } from '../../src/util/seeded-random.js';

const schedule: BusinessHoursSchedule = {
  timeZone: 'America/New_York',
  workingHours: [{ name: 'Weekdays', days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' }],
  holidays: [{ name: 'Christmas', date: '2026-12-25' }],
  overrides: [{ name: 'Storm closure', date: '2026-03-10', from: '12:00', to: '24:00' }],
};

describe('businessHoursAt', () => {
  it.each([
    ['2026-01-05T14:00:00Z', 'workingHours'], // Monday 09:00 in New York
    ['2026-01-05T13:59:00Z', 'default'], // 08:59 there
    ['2026-01-05T22:00:00Z', 'default'], // 17:00 there: the shift has ended
    ['2026-01-10T15:00:00Z', 'default'], // a Saturday
    ['2026-12-25T15:00:00Z', 'holidays'], // Christmas, a Friday
    ['2026-03-10T15:00:00Z', 'workingHours'], // before the override starts (11:00 EDT)
    ['2026-03-10T16:30:00Z', 'override'], // 12:30 EDT
  ])('%s is %s', (at, port) => {
    expect(businessHoursAt(schedule, new Date(at)).port).toBe(port);
  });
});

describe('seededRandom', () => {
  it('gives the same draws for the same seed and different ones for another', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    const c = seededRandom(2);
    const draws = [a(), a(), a()];
    expect([b(), b(), b()]).toStrictEqual(draws);
    expect(c()).not.toBe(draws[0]);
    for (const d of draws) expect(d >= 0 && d < 1).toBe(true);
  });
});
