/** virtual-agent: the Dialogflow ES virtual agent (dialogflow-sample `CustomGreeting`, CARS `scosborn_ebot`). */
import { describe, expect, it } from 'vitest';
import { virtualAgent } from '../../src/activities/virtual-agent.js';

const connector = 'a97998f9-eb5a-4cbd-aa86-b1beb38ef194';
const scosbornEbot = {
  speakingRate: '1.0',
  'outputVoice:type': null,
  transcript: true,
  volumeGain: '0.0',
  connector_type: null,
  dtmfTimeout: 5,
  maxNoInputCount: 3,
  terminationDelay: 5,
  'inputLanguage:type': null,
  inputLanguage_type: null,
  inputLanguage: 'en-AU',
  botParameters: {},
  outputVoice: 'en-AU-Wavenet-C',
  'connector:type': null,
  interruptible: true,
  overrideLanguageToggle: true,
  connector,
  noInputTimeout: 5,
  outputVoice_type: null,
  dtmfTerminatorSymbol: '#',
};

describe('virtual-agent', () => {
  it('writes the keys and values of CARS scosborn_ebot', () => {
    const o = virtualAgent.options.parse({ connector, inputLanguage: 'en-AU', outputVoice: 'en-AU-Wavenet-C', dtmfTimeoutSeconds: 5 });
    expect(virtualAgent.toWebex(o)).toEqual(scosbornEbot);
    expect(Object.keys(virtualAgent.toWebex(o))).toHaveLength(Object.keys(scosbornEbot).length);
  });

  it('writes bot parameters as templates, and null for none when the 2022 export did', () => {
    const o = virtualAgent.options.parse({ connector, botParameters: { name: { parts: [{ ref: 'customerName' }] } } });
    expect(virtualAgent.toWebex(o)['botParameters']).toStrictEqual({ name: '{{customerName}}' });
    expect(virtualAgent.templates(o)).toStrictEqual([{ parts: [{ ref: 'customerName' }] }]);
    expect(virtualAgent.toWebex(virtualAgent.options.parse({ connector }), { botParameters: null })['botParameters']).toBeNull();
  });

  it('has ports ENDED, ESCALATE and error, all required (the corpus wires all three)', () => {
    const o = virtualAgent.options.parse({ connector });
    expect(virtualAgent.ports(o)).toStrictEqual(['ENDED', 'ESCALATE', 'error']);
    expect(virtualAgent.requiredPorts(o)).toStrictEqual(['ENDED', 'ESCALATE', 'error']);
    expect(virtualAgent.outputs).toEqual(expect.arrayContaining(['LastIntent', 'TranscriptURL', 'ErrorCode']));
    expect(virtualAgent.webex).toStrictEqual({ activityName: 'ivr-virtualassistant', activityId: '5f33a6045d76a50d1e8fb4d0', group: 'enum-gateway', description: true });
  });

  it.each([
    ['a no-input timeout of 31 s', { connector, noInputTimeoutSeconds: 31 }, { code: 'too_big', path: ['noInputTimeoutSeconds'] }],
    ['10 no-input attempts', { connector, maxNoInputCount: 10 }, { code: 'too_big', path: ['maxNoInputCount'] }],
    ['a termination delay of 0 s', { connector, terminationDelaySeconds: 0 }, { code: 'too_small', path: ['terminationDelaySeconds'] }],
    ['a speaking rate of 5', { connector, speakingRate: 5 }, { code: 'too_big', path: ['speakingRate'] }],
    ['an unknown option', { connector, bot: 'x' }, { code: 'unrecognized_keys', path: [] }],
  ])('rejects %s', (_, input, issue) => {
    expect((virtualAgent.options.safeParse(input).error?.issues ?? []).map((i) => ({ code: i.code, path: i.path }))).toContainEqual(issue);
  });

  it('reads dialogflow-sample CustomGreeting (bot parameters with templates)', () => {
    const o = virtualAgent.options.parse(virtualAgent.fromWebex!({ ...scosbornEbot, botParameters: { name: '{{customerName}}', language: '{{languageCode}} ' }, inputLanguage: 'en' }));
    expect(o.botParameters).toStrictEqual({ name: { parts: [{ text: '{{customerName}}' }] }, language: { parts: [{ text: '{{languageCode}} ' }] } });
    expect(o).toEqual(expect.objectContaining({ connector, inputLanguage: 'en', outputVoice: 'en-AU-Wavenet-C', dtmfTimeoutSeconds: 5, speakingRate: 1, volumeGainDb: 0 }));
  });
});
