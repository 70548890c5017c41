/** wait: pause 5 s to 72 h, written as "HH:MM:SS" (BYO messaging template `Wait_kxx`, Prompt Management `Wait_ezv`). */
import { describe, expect, it } from 'vitest';
import { wait, waitDurationText } from '../../src/activities/wait.js';
import { buildFlow, defineFlow, z } from '../../src/index.js';

const issues = (input: unknown) => (wait.options.safeParse(input).error?.issues ?? []).map((i) => ({ code: i.code, path: i.path }));

describe('wait', () => {
  it.each([
    [7, '00:00:07'],
    [10, '00:00:10'],
    [3725, '01:02:05'],
    [72 * 3600, '72:00:00'],
  ])('writes %i seconds as %s', (seconds, text) => {
    expect(waitDurationText(seconds)).toBe(text);
    expect(wait.toWebex(wait.options.parse({ durationSeconds: seconds }))).toStrictEqual({ duration: text });
    expect(wait.fromWebex!({ duration: text })).toStrictEqual({ durationSeconds: seconds });
  });

  it('has ports default and error, of which default is required', () => {
    const o = wait.options.parse({ durationSeconds: 10 });
    expect(wait.ports(o)).toStrictEqual(['default', 'error']);
    expect(wait.requiredPorts(o)).toStrictEqual(['default']);
    expect(wait.webex).toStrictEqual({ activityName: 'wait-activity', activityId: 'wait-activity', group: 'action', description: true });
  });

  it.each([
    ['4 seconds', { durationSeconds: 4 }, { code: 'too_small', path: ['durationSeconds'] }],
    ['72 hours and a second', { durationSeconds: 72 * 3600 + 1 }, { code: 'too_big', path: ['durationSeconds'] }],
    ['no duration', {}, { code: 'invalid_type', path: ['durationSeconds'] }],
    ['an unknown option', { durationSeconds: 10, until: 'noon' }, { code: 'unrecognized_keys', path: [] }],
  ])('rejects %s', (_, input, issue) => {
    expect(issues(input)).toContainEqual(issue);
  });

  it('leaves a duration it would not write back the same way raw, or out of range to zod', () => {
    expect(wait.fromWebex!({ duration: '0:00:10' })).toBeUndefined();
    expect(wait.fromWebex!({ duration: '10' })).toBeUndefined();
    expect(wait.fromWebex!({ duration: '{{ waitTime }}' })).toBeUndefined();
    expect(wait.options.safeParse(wait.fromWebex!({ duration: '00:00:04' })).success).toBe(false);
  });

  it('has the factory f.wait: the duration as the option, `then` on default', () => {
    const flow = defineFlow({ name: 'Pause', params: z.object({}) }, (f) => {
      f.start.then(f.wait('Pause', { durationSeconds: 90, description: 'a minute and a half' })).then(f.end('Done'));
    });
    const pause = buildFlow(flow, {}).ir.activities.find((a) => a.name === 'Pause');
    expect(pause).toMatchObject({ kind: 'wait', description: 'a minute and a half', options: { durationSeconds: 90 }, links: { default: 'Done' } });
  });
});
