/** play-message: options → Webex properties (ZD24 `WelcomeMessage`), ports, and what zod refuses. */
import { describe, expect, it } from 'vitest';
import { playMessage } from '../../src/activities/play-message.js';
import { buildFlow, defineFlow, text, z } from '../../src/index.js';
import { onSharedKeys, zd24Properties } from '../harness/rules.js';

const lit = (s: string) => ({ parts: [{ text: s }] });
const webex = (input: unknown) => playMessage.toWebex(playMessage.options.parse(input));
const issues = (input: unknown) => (playMessage.options.safeParse(input).error?.issues ?? []).map((i) => ({ code: i.code, path: i.path }));
const CC = 'Cisco Cloud Text-to-Speech';

/** The voice keys when no voice is chosen. */
const noVoice = {
  voiceLanguage: null,
  'voiceLanguage:type': null,
  voiceLanguage_type: null,
  'voiceLanguage:name': null,
  voiceLanguage_name: null,
  'voiceLanguage:name:name': null,
  'voiceLanguage_name:name': null,
  toggleLanguage: null,
};

describe('play-message', () => {
  it.each([
    [
      'TTS with defaults',
      { tts: [lit('Welcome to the Zendesk data dip demo!')] },
      {
        toggle: true,
        promptsTts: [{ type: 'tts', value: 'Welcome to the Zendesk data dip demo!', name: 'Welcome to the Zendesk data dip demo!' }],
        prompts: null,
        connector: CC,
        'connector:type': null,
        connector_type: null,
        'connector:name': CC,
        connector_name: CC,
        ...noVoice,
        speakingRate: null,
        volumeGainDb: null,
      },
    ],
    [
      'TTS with references, a voice, a connector, rate and gain',
      {
        tts: [{ parts: [{ text: 'Ticket ' }, { ref: 'ticketID' }, { text: ' for ' }, { value: 'Acme' }] }, { parts: [{ ref: 'NewPhoneContact.ANI', filters: "replace({'+':''})" }] }],
        voice: 'en-US-Standard-C',
        ttsConnector: 'Polly',
        speakingRate: 1,
        volumeGainDb: -2.5,
      },
      {
        toggle: true,
        promptsTts: [
          { type: 'tts', value: 'Ticket {{ticketID}} for Acme', name: 'Ticket {{ticketID}} for Acme' },
          { type: 'tts', value: "{{NewPhoneContact.ANI | replace({'+':''})}}", name: "{{NewPhoneContact.ANI | replace({'+':''})}}" },
        ],
        prompts: null,
        connector: 'Polly',
        'connector:type': null,
        connector_type: null,
        'connector:name': 'Polly',
        connector_name: 'Polly',
        voiceLanguage: null,
        'voiceLanguage:type': null,
        voiceLanguage_type: null,
        'voiceLanguage:name': 'en-US-Standard-C',
        voiceLanguage_name: 'en-US-Standard-C',
        'voiceLanguage:name:name': 'en-US-Standard-C',
        'voiceLanguage_name:name': 'en-US-Standard-C',
        toggleLanguage: null,
        speakingRate: '1.0',
        volumeGainDb: '-2.5',
      },
    ],
    [
      'audio files and a file-name template; TTS-only settings are dropped',
      { audio: ['welcome.wav', { parts: [{ ref: 'lang' }, { text: '_menu.wav' }] }], voice: 'en-US-Standard-C' },
      {
        toggle: false,
        promptsTts: null,
        prompts: [
          { type: 'audioFile', value: 'welcome.wav' },
          { type: 'audioPromptVariable', value: '{{lang}}_menu.wav' },
        ],
        connector: null,
        'connector:type': null,
        connector_type: null,
        'connector:name': null,
        connector_name: null,
        ...noVoice,
        speakingRate: null,
        volumeGainDb: null,
      },
    ],
  ])('%s', (_, input, expected) => {
    expect(webex(input)).toStrictEqual(expected);
  });

  it('has ports default and error, of which default is required', () => {
    const o = playMessage.options.parse({ tts: [lit('x')] });
    expect(playMessage.ports(o)).toStrictEqual(['default', 'error']);
    expect(playMessage.requiredPorts(o)).toStrictEqual(['default']);
    expect(playMessage.webex).toStrictEqual({ activityName: 'play-message', activityId: '5f114466ef5cfc454fbbf131', group: 'action', description: true });
  });

  it('lists TTS and audio templates for reference checks, but not plain file names', () => {
    const tts = { parts: [{ ref: 'a' }] };
    const file = { parts: [{ ref: 'b' }] };
    expect(playMessage.templates(playMessage.options.parse({ tts: [tts] }))).toStrictEqual([tts]);
    expect(playMessage.templates(playMessage.options.parse({ audio: ['x.wav', file] }))).toStrictEqual([file]);
  });

  it.each([
    ['neither TTS nor audio', {}, { code: 'custom', path: ['tts'] }],
    ['both TTS and audio', { tts: [lit('x')], audio: ['x.wav'] }, { code: 'custom', path: ['tts'] }],
    ['an empty TTS prompt', { tts: [{ parts: [] }] }, { code: 'custom', path: ['tts', 0] }],
    ['a blank TTS prompt', { tts: [lit('x'), lit('  \n')] }, { code: 'custom', path: ['tts', 1] }],
    ['no TTS items', { tts: [] }, { code: 'too_small', path: ['tts'] }],
    ['six TTS items', { tts: Array.from({ length: 6 }, () => lit('x')) }, { code: 'too_big', path: ['tts'] }],
    ['an empty audio file name', { audio: [''] }, { code: 'too_small', path: ['audio', 0] }],
    ['speaking rate 0.2', { tts: [lit('x')], speakingRate: 0.2 }, { code: 'too_small', path: ['speakingRate'] }],
    ['speaking rate 4.5', { tts: [lit('x')], speakingRate: 4.5 }, { code: 'too_big', path: ['speakingRate'] }],
    ['volume gain 17 dB', { tts: [lit('x')], volumeGainDb: 17 }, { code: 'too_big', path: ['volumeGainDb'] }],
    ['volume gain −97 dB', { tts: [lit('x')], volumeGainDb: -97 }, { code: 'too_small', path: ['volumeGainDb'] }],
    ['an unknown option', { tts: [lit('x')], loop: true }, { code: 'unrecognized_keys', path: [] }],
    ['a TTS string instead of a template', { tts: ['hello'] }, { code: 'invalid_type', path: ['tts', 0] }],
  ])('rejects %s', (_, input, issue) => {
    expect(issues(input)).toContainEqual(issue);
  });

  it('accepts what the builder passes (runtime agreement of the DSL and the schema)', () => {
    const flow = defineFlow({ name: 'Agree', params: z.object({}) }, (f) => {
      const id = f.variable('ticketID', 'string');
      f.start.then(f.playMessage('A', { say: text`Ticket ${id}`, voice: 'en-US-Standard-C', speakingRate: 1.25, volumeGainDb: 0 })).then(f.playMessage('B', { audio: ['a.wav', text`${id}.wav`] })).then(f.disconnect('Bye'));
    });
    for (const a of buildFlow(flow, {}).ir.activities.filter((x) => x.kind === 'play-message')) expect(playMessage.options.safeParse(a.options).success, a.name).toBe(true);
  });

  describe.skipIf(!zd24Properties('WelcomeMessage'))('values of ZD24 WelcomeMessage', () => {
    const input = { tts: [lit('Welcome to the Zendesk data dip demo!')], voice: 'en-US-Standard-C' };
    it('match on every shared key', () => {
      const [ours, theirs] = onSharedKeys(webex(input), zd24Properties('WelcomeMessage')!);
      expect(ours).toStrictEqual(theirs);
    });

    // With the 2024+ voice keys every corpus prompt (12/12: ZD24, HW …) has `toggleLanguage: null`.
    it('match on toggleLanguage too', () => {
      const [ours, theirs] = onSharedKeys(webex(input), zd24Properties('WelcomeMessage')!);
      expect(ours['toggleLanguage']).toBe(theirs['toggleLanguage']);
    });
  });
});
