/** virtual-agent-voice: Dialogflow CX or the Webex AI Agent (dialogflow-sample `VirtualAgent`, PAY26 `AI_Agent_payment`). */
import { describe, expect, it } from 'vitest';
import { virtualAgentVoice, WEBEX_AI_AGENT_CONNECTOR } from '../../src/activities/virtual-agent-voice.js';

const t = (text: string) => ({ parts: text === '' ? [] : [{ text }] });
const dfcx = {
  speakingRate: '1.0',
  'connector:type': null,
  transcript: true,
  eventData: '{"name" : "{{ DF_CustomerName }}"}',
  connector: 'b6c69998-dedf-4291-82c1-1d265849c6ed',
  volumeGain: '0.0',
  connector_type: null,
  eventName: '',
  pitch: '0.0',
  terminationDelay: 3,
};
const pay26 = {
  speakingRate: '1.0',
  recordScripted: null,
  connector_name: 'Webex AI Agent (Autonomous)',
  transcript: true,
  volumeGain: '0.0',
  connector_type: null,
  eventName: '{{eventName}}',
  configIdRadioGroup: 'staticConfigId',
  virtualAgentId: '6a1de4dde921a38dcec6ed9a',
  pitch: '0.0',
  'virtualAgentId:name': 'Payment_Agent(Payment_Agent-JOrV9SxO)',
  terminationDelay: 30,
  virtualAgentId_name: 'Payment_Agent(Payment_Agent-JOrV9SxO)',
  'connector:type': null,
  'virtualAgentId:type': null,
  'connector:name': 'Webex AI Agent (Autonomous)',
  eventData: '{{eventDataJson}}',
  connector: 'NATIVE_ADVANCED_VIRTUAL_AGENT',
  variableSelection: null,
  recordAutonomous: true,
  virtualAgentId_type: null,
};

describe('virtual-agent-voice', () => {
  it('writes a Dialogflow CX agent as dialogflow-sample VirtualAgent', () => {
    const o = virtualAgentVoice.options.parse({ connector: dfcx.connector, eventData: t(dfcx.eventData), terminationDelaySeconds: 3 });
    expect(virtualAgentVoice.toWebex(o)).toStrictEqual({
      connector: dfcx.connector,
      'connector:type': null,
      connector_type: null,
      eventName: '',
      eventData: dfcx.eventData,
      pitch: '0.0',
      speakingRate: '1.0',
      volumeGain: '0.0',
      terminationDelay: 3,
      transcript: true,
    });
  });

  it('writes the Webex AI Agent as PAY26 AI_Agent_payment, every key', () => {
    const o = virtualAgentVoice.options.parse({
      connector: { id: WEBEX_AI_AGENT_CONNECTOR, name: 'Webex AI Agent (Autonomous)' },
      agent: { id: '6a1de4dde921a38dcec6ed9a', name: 'Payment_Agent(Payment_Agent-JOrV9SxO)' },
      eventName: t('{{eventName}}'),
      eventData: t('{{eventDataJson}}'),
      recordAutonomous: true,
    });
    const written = virtualAgentVoice.toWebex(o);
    expect(written).toEqual(pay26);
    expect(Object.keys(written).sort()).toStrictEqual(Object.keys(pay26).sort());
  });

  it('has ports ENDED, ESCALATE and error; error is optional; outputs StateEventName and MetaData', () => {
    const o = virtualAgentVoice.options.parse({ connector: 'c' });
    expect(virtualAgentVoice.ports(o)).toStrictEqual(['ENDED', 'ESCALATE', 'error']);
    expect(virtualAgentVoice.requiredPorts(o)).toStrictEqual(['ENDED', 'ESCALATE']);
    expect(virtualAgentVoice.outputs).toEqual(expect.arrayContaining(['StateEventName', 'MetaData']));
    expect(virtualAgentVoice.webex).toStrictEqual({ activityName: 'ivr-virtualassistantvoice', activityId: '62da6fe3a350ce0ccab93a04', group: 'enum-gateway', description: true });
  });

  it.each([
    ['a termination delay of 31 s', { connector: 'c', terminationDelaySeconds: 31 }, { code: 'too_big', path: ['terminationDelaySeconds'] }],
    ['an agent without a name', { connector: 'c', agent: { id: 'a' } }, { code: 'invalid_type', path: ['agent', 'name'] }],
    ['an unknown option', { connector: 'c', language: 'en' }, { code: 'unrecognized_keys', path: [] }],
  ])('rejects %s', (_, input, issue) => {
    expect((virtualAgentVoice.options.safeParse(input).error?.issues ?? []).map((i) => ({ code: i.code, path: i.path }))).toContainEqual(issue);
  });

  it.each([
    ['dialogflow-sample VirtualAgent', dfcx, { connector: dfcx.connector, eventName: t(''), eventData: t(dfcx.eventData), terminationDelaySeconds: 3, transcript: true, pitch: 0, speakingRate: 1, volumeGainDb: 0 }],
    [
      'PAY26 AI_Agent_payment',
      pay26,
      {
        connector: { id: WEBEX_AI_AGENT_CONNECTOR, name: 'Webex AI Agent (Autonomous)' },
        agent: { id: '6a1de4dde921a38dcec6ed9a', name: 'Payment_Agent(Payment_Agent-JOrV9SxO)' },
        eventName: t('{{eventName}}'),
        eventData: t('{{eventDataJson}}'),
        terminationDelaySeconds: 30,
        transcript: true,
        recordAutonomous: true,
        pitch: 0,
        speakingRate: 1,
        volumeGainDb: 0,
      },
    ],
  ])('reads %s', (_, properties, expected) => {
    expect(virtualAgentVoice.options.parse(virtualAgentVoice.fromWebex!(properties))).toStrictEqual(expected);
  });
});
