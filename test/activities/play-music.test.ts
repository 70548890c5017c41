/** play-music: a prompt-store file for a duration, the hold-music loop (ZD24 `PlayMusic`). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOLD_MUSIC, playMusic } from '../../src/activities/play-music.js';
import { buildFlow, defineFlow, z } from '../../src/index.js';
import { onSharedKeys, zd24Properties } from '../harness/rules.js';

const webex = (input: unknown) => playMusic.toWebex(playMusic.options.parse(input));
const issues = (input: unknown) => (playMusic.options.safeParse(input).error?.issues ?? []).map((i) => ({ code: i.code, path: i.path }));
const file = (name: string) => ({ prompt: name, 'prompt:type': null, prompt_type: null, 'prompt:name': name, prompt_name: name });

describe('play-music', () => {
  it.each([
    ['defaults', {}, { audioRadioGroup: 'staticAudio', ...file('defaultmusic_on_hold.wav'), promptDynamic: null, duration: '30', skip: 0 }],
    ['a file, a duration and an offset', { file: 'jazz.wav', durationSeconds: 120, startOffsetSeconds: 5 }, { audioRadioGroup: 'staticAudio', ...file('jazz.wav'), promptDynamic: null, duration: '120', skip: 5 }],
  ])('%s', (_, input, expected) => {
    expect(webex(input)).toStrictEqual(expected);
  });

  it('has ports default and error; default is required', () => {
    const o = playMusic.options.parse({});
    expect(DEFAULT_HOLD_MUSIC).toBe('defaultmusic_on_hold.wav');
    expect(playMusic.ports(o)).toStrictEqual(['default', 'error']);
    expect(playMusic.requiredPorts(o)).toStrictEqual(['default']);
    expect(playMusic.webex).toStrictEqual({ activityName: 'play-music', activityId: '5faa2ad13505f538acc86afc', group: 'action', description: true });
  });

  it.each([
    ['an empty file name', { file: '' }, { code: 'too_small', path: ['file'] }],
    ['a duration of 0 s', { durationSeconds: 0 }, { code: 'too_small', path: ['durationSeconds'] }],
    ['a duration of 3601 s', { durationSeconds: 3601 }, { code: 'too_big', path: ['durationSeconds'] }],
    ['a negative offset', { startOffsetSeconds: -1 }, { code: 'too_small', path: ['startOffsetSeconds'] }],
    ['an unknown option', { loop: true }, { code: 'unrecognized_keys', path: [] }],
  ])('rejects %s', (_, input, issue) => {
    expect(issues(input)).toContainEqual(issue);
  });

  it('accepts what the builder passes, and loop() links default back to itself', () => {
    const flow = defineFlow({ name: 'Agree', params: z.object({}) }, (f) => {
      f.start.then(f.queueContact('Q', { queue: { id: 'q', name: 'Q' } })).then(f.playMusic('Hold', { file: 'jazz.wav', durationSeconds: 60 })).loop();
    });
    const hold = buildFlow(flow, {}).ir.activities.find((a) => a.name === 'Hold')!;
    expect(hold.links).toStrictEqual({ default: 'Hold' });
    expect(playMusic.options.safeParse(hold.options).success).toBe(true);
  });

  it.skipIf(!zd24Properties('PlayMusic'))('gives the values of ZD24 PlayMusic on every shared key', () => {
    const [ours, theirs] = onSharedKeys(webex({}), zd24Properties('PlayMusic')!);
    expect(ours).toStrictEqual(theirs);
  });
});
