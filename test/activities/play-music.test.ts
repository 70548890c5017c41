/** play-music: a prompt-store file for a duration, the hold-music loop (ZD24 `PlayMusic`). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOLD_MUSIC, playMusic } from '../../src/activities/play-music.js';
import { buildFlow, defineFlow, text, z } from '../../src/index.js';
import { onSharedKeys, zd24Properties } from '../harness/rules.js';

const webex = (input: unknown) => playMusic.toWebex(playMusic.options.parse(input));
const issues = (input: unknown) => (playMusic.options.safeParse(input).error?.issues ?? []).map((i) => ({ code: i.code, path: i.path }));
const file = (name: string) => ({ prompt: name, 'prompt:type': null, prompt_type: null, 'prompt:name': name, prompt_name: name });

describe('play-music', () => {
  it.each([
    ['defaults', {}, { audioRadioGroup: 'staticAudio', ...file('defaultmusic_on_hold.wav'), promptDynamic: null, duration: '30', skip: 0 }],
    ['a file, a duration and an offset', { file: 'jazz.wav', durationSeconds: 120, startOffsetSeconds: 5 }, { audioRadioGroup: 'staticAudio', ...file('jazz.wav'), promptDynamic: null, duration: '120', skip: 5 }],
    [
      'dynamic audio with a template duration (QueueTreatment subflow PlayMusic_eqz)',
      { dynamicFile: { parts: [{ text: '{{queueMusic1}}' }] }, durationTemplate: { parts: [{ text: '{{ musicDuration }}' }] } },
      { audioRadioGroup: 'dynamicAudio', prompt: null, 'prompt:type': null, prompt_type: null, 'prompt:name': null, prompt_name: null, promptDynamic: '{{queueMusic1}}', duration: '{{ musicDuration }}', skip: 0 },
    ],
    ['no duration: the file plays once', { file: 'Crickets.wav', durationSeconds: null }, { audioRadioGroup: 'staticAudio', ...file('Crickets.wav'), promptDynamic: null, duration: null, skip: 0 }],
  ])('%s', (_, input, expected) => {
    expect(webex(input)).toStrictEqual(expected);
  });

  it.each([
    [
      'dynamic audio (QueueTreatment PlayMusic_erk: skip written as "0")',
      { activityName: 'play-music', skip: '0', promptDynamic: '{{queueMusic2}}', prompt_name: null, audioRadioGroup: 'dynamicAudio', duration: '{{ musicDuration }}', prompt: null, 'prompt:name': null },
      { dynamicFile: { parts: [{ text: '{{queueMusic2}}' }] }, durationSeconds: 30, durationTemplate: { parts: [{ text: '{{ musicDuration }}' }] }, startOffsetSeconds: 0 },
    ],
    ['a null duration (customer-journey PlayMusic_c2w)', { duration: null, skip: 0, prompt: 'Crickets.wav', promptDynamic: null, audioRadioGroup: 'staticAudio' }, { file: 'Crickets.wav', durationSeconds: null, startOffsetSeconds: 0 }],
    ['a duration of -1 (dialogflow-sample PlayMusic1)', { duration: -1, skip: 0, prompt: 'defaultmusic_on_hold.wav', promptDynamic: null, audioRadioGroup: 'staticAudio' }, { file: 'defaultmusic_on_hold.wav', durationSeconds: -1, startOffsetSeconds: 0 }],
  ])('reads %s', (_, properties, expected) => {
    expect(playMusic.options.parse(playMusic.fromWebex!(properties))).toStrictEqual(expected);
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
    ['a duration of 0 s', { durationSeconds: 0 }, { code: 'custom', path: ['durationSeconds'] }],
    ['a duration of -2 s', { durationSeconds: -2 }, { code: 'too_small', path: ['durationSeconds'] }],
    ['a static and a dynamic file', { file: 'a.wav', dynamicFile: { parts: [{ ref: 'music' }] } }, { code: 'custom', path: ['dynamicFile'] }],
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

  /** The options the factory builds for a Play Music `input`, with the variables it names declared. */
  function built(input: (f: Parameters<Parameters<typeof defineFlow>[1]>[0]) => Parameters<typeof f.playMusic>[1]) {
    const flow = defineFlow({ name: 'Music', params: z.object({}) }, (f) => {
      f.start.then(f.playMusic('Hold', input(f))).loop();
    });
    return playMusic.options.parse(buildFlow(flow, {}).ir.activities.find((a) => a.name === 'Hold')!.options);
  }

  it('the DSL plays a file once with durationSeconds: null, as the import reads it', () => {
    const imported = playMusic.options.parse(playMusic.fromWebex!({ duration: null, skip: 0, prompt: 'Crickets.wav', promptDynamic: null, audioRadioGroup: 'staticAudio' }));
    expect(built(() => ({ file: 'Crickets.wav', durationSeconds: null }))).toStrictEqual(imported);
  });

  it('the DSL takes a dynamicFile and a durationTemplate, and writes what the import read', () => {
    const properties = { skip: 0, promptDynamic: '{{queueMusic2}}', audioRadioGroup: 'dynamicAudio', duration: '{{musicDuration}}', prompt: null };
    const imported = playMusic.options.parse(playMusic.fromWebex!(properties));
    const o = built((f) => {
      const music = f.variable('queueMusic2', 'string');
      const seconds = f.variable('musicDuration', 'string');
      return { dynamicFile: text`${music}`, durationTemplate: text`${seconds}` };
    });
    expect(o.file).toBeUndefined();
    expect(playMusic.toWebex(o)).toStrictEqual(playMusic.toWebex(imported));
    expect(playMusic.toWebex(o)).toEqual(expect.objectContaining({ audioRadioGroup: 'dynamicAudio', promptDynamic: '{{queueMusic2}}', duration: '{{musicDuration}}' }));
  });

  it.skipIf(!zd24Properties('PlayMusic'))('gives the values of ZD24 PlayMusic on every shared key', () => {
    const [ours, theirs] = onSharedKeys(webex({}), zd24Properties('PlayMusic')!);
    expect(ours).toStrictEqual(theirs);
  });
});
