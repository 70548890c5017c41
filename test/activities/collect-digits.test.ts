/** collect-digits: a prompt, then DTMF digits into DigitsEntered (LTRCCT-2004 CL-* exports). */
import { describe, expect, it } from 'vitest';
import { collectDigits } from '../../src/activities/collect-digits.js';

const webex = (input: unknown, exported?: Record<string, unknown>) => collectDigits.toWebex(collectDigits.options.parse(input), exported);
const issues = (input: unknown) => (collectDigits.options.safeParse(input).error?.issues ?? []).map((i) => ({ code: i.code, path: i.path }));

/** CL_1_salesService_lang `collectTicket` (2023, legacy prompt shape). */
const collectTicket = {
  volumeGainDb: null,
  speakingRate: null,
  voiceLanguage: null,
  maxDigits: '5',
  activityName: 'ivr-collectdigits',
  description: '',
  terminatorSymbol: '#',
  toggle: false,
  interruptible: true,
  activityId: '5f1144eaef5cfc454fbbf132',
  connector: null,
  minDigits: '5',
  name: 'collectTicket',
  toggleLanguage: null,
  interDigitTimeout: 3,
  prompts: [{ type: 'audioPromptVariable', value: 'existing_ticket_{{lang}}.wav' }],
  entryTimeout: 3,
  promptsTts: null,
};

describe('collect-digits', () => {
  it('writes an audio prompt and the digit settings', () => {
    expect(webex({ audio: ['new_number.wav'], minDigits: 10 })).toStrictEqual({
      toggle: false,
      promptsTts: null,
      prompts: [{ type: 'audioFile', value: 'new_number.wav' }],
      connector: null,
      'connector:type': null,
      connector_type: null,
      'connector:name': null,
      connector_name: null,
      voiceLanguage: null,
      'voiceLanguage:type': null,
      voiceLanguage_type: null,
      'voiceLanguage:name': null,
      voiceLanguage_name: null,
      'voiceLanguage:name:name': null,
      'voiceLanguage_name:name': null,
      toggleLanguage: null,
      speakingRate: null,
      volumeGainDb: null,
      minDigits: '10',
      maxDigits: 10,
      terminatorSymbol: '#',
      entryTimeout: 3,
      interDigitTimeout: 3,
      interruptible: true,
    });
  });

  it('has ports default, timeout, invalid, error; error is optional; outputs DigitsEntered', () => {
    const o = collectDigits.options.parse({ audio: ['a.wav'] });
    expect(collectDigits.ports(o)).toStrictEqual(['default', 'timeout', 'invalid', 'error']);
    expect(collectDigits.requiredPorts(o)).toStrictEqual(['default', 'timeout', 'invalid']);
    expect(collectDigits.outputs).toStrictEqual(['DigitsEntered']);
    expect(collectDigits.webex).toStrictEqual({ activityName: 'ivr-collectdigits', activityId: '5f1144eaef5cfc454fbbf132', group: 'action', description: true });
  });

  it.each([
    ['no prompt', {}, { code: 'custom', path: ['tts'] }],
    ['min above max', { audio: ['a.wav'], minDigits: 6, maxDigits: 5 }, { code: 'custom', path: ['minDigits'] }],
    ['0 digits', { audio: ['a.wav'], minDigits: 0 }, { code: 'too_small', path: ['minDigits'] }],
    ['an unknown terminator', { audio: ['a.wav'], terminator: '0' }, { code: 'invalid_value', path: ['terminator'] }],
    ['an unknown option', { audio: ['a.wav'], digits: 4 }, { code: 'unrecognized_keys', path: [] }],
  ])('rejects %s', (_, input, issue) => {
    expect(issues(input)).toContainEqual(issue);
  });

  it('reads CL-AR collectTicket and writes it back in its legacy shape', () => {
    const o = collectDigits.options.parse(collectDigits.fromWebex!(collectTicket));
    expect(o).toStrictEqual({
      audio: [{ parts: [{ text: 'existing_ticket_{{lang}}.wav' }] }],
      minDigits: 5,
      maxDigits: 5,
      terminator: '#',
      entryTimeoutSeconds: 3,
      interDigitTimeoutSeconds: 3,
      interruptible: true,
    });
    const written = collectDigits.toWebex(o, collectTicket);
    for (const key of ['toggle', 'prompts', 'promptsTts', 'connector', 'voiceLanguage', 'toggleLanguage', 'terminatorSymbol', 'entryTimeout', 'interDigitTimeout', 'interruptible']) {
      expect(written[key], key).toStrictEqual(collectTicket[key as keyof typeof collectTicket]);
    }
  });
});
