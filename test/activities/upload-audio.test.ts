/**
 * upload-audio: a recording becomes an agent's personal greeting. The export is `UploadAudio_9ax`
 * of Cisco's Record Agent Greeting template (hnavilur/webex-contact-center-flows,
 * record-agent-greeting-template/Record_Agent_Greeting_Template.json @ 29339d33c148; not in the corpus).
 */
import { describe, expect, it } from 'vitest';
import { uploadAudio } from '../../src/activities/upload-audio.js';
import { overlayShape } from '../../src/emit/webex/emit.js';

const t = (text: string) => ({ parts: [{ text }] });
const parse = (input: unknown) => uploadAudio.options.parse(input);
const issues = (input: unknown) => (uploadAudio.options.safeParse(input).error?.issues ?? []).map((i) => ({ code: i.code, path: i.path }));

/** `UploadAudio_9ax` as exported, common and 2026 keys left out. */
const upload9ax = {
  agentId: '{{configUserId}}',
  audioFileType_name: 'Agent Personal Greeting',
  greetingPurpose: '{{greetingPurpose}}',
  audioFileDataInput: '{{ Record_o10.audioFileData | json }}',
  audioFileData: '{{Record_o10.audioFileData | json}}',
  'audioFileType:name': 'Agent Personal Greeting',
  audioFileType: 'agent_greeting',
};

describe('upload-audio', () => {
  it('writes the agent, purpose and recording in the export key order, the recording under both keys', () => {
    const written = uploadAudio.toWebex(parse({ agentId: { parts: [{ ref: 'configUserId' }] }, greetingPurpose: { parts: [{ ref: 'greetingPurpose' }] }, recording: { parts: [{ ref: 'Record_o10.audioFileData', filters: 'json' }] } }));
    expect(written).toStrictEqual({ ...upload9ax, audioFileDataInput: '{{Record_o10.audioFileData | json}}' });
    expect(Object.keys(written)).toStrictEqual(Object.keys(upload9ax));
  });

  it('reads UploadAudio_9ax, and an unedited import keeps its differently spaced input copy', () => {
    const o = parse(uploadAudio.fromWebex!(upload9ax));
    expect(o).toStrictEqual({ audioFileType: 'agent_greeting', agentId: t('{{configUserId}}'), greetingPurpose: t('{{greetingPurpose}}'), recording: t('{{Record_o10.audioFileData | json}}') });
    expect(uploadAudio.templates(o)).toStrictEqual([o.agentId, o.greetingPurpose, o.recording]);
    // Written as edited, only the input copy takes the stored copy's spelling.
    const written = overlayShape(uploadAudio.toWebex(o, upload9ax) as never, upload9ax);
    expect(written).toStrictEqual({ ...upload9ax, audioFileDataInput: '{{Record_o10.audioFileData | json}}' });
  });

  it('has ports default and error, of which default is required', () => {
    const o = parse(uploadAudio.fromWebex!(upload9ax));
    expect(uploadAudio.ports(o)).toStrictEqual(['default', 'error']);
    expect(uploadAudio.requiredPorts(o)).toStrictEqual(['default']);
    expect(uploadAudio.webex).toStrictEqual({ activityName: 'upload-audio', activityId: '68bfe69d05d0809aba5a06c2', group: 'action', description: true });
  });

  it.each([
    ['no recording', { agentId: t('a'), greetingPurpose: t('b') }, { code: 'invalid_type', path: ['recording'] }],
    ['an unknown file type', { agentId: t('a'), greetingPurpose: t('b'), recording: t('c'), audioFileType: 'queue_music' }, { code: 'invalid_value', path: ['audioFileType'] }],
    ['an unknown option', { agentId: t('a'), greetingPurpose: t('b'), recording: t('c'), overwrite: true }, { code: 'unrecognized_keys', path: [] }],
  ])('rejects %s', (_, input, issue) => {
    expect(issues(input)).toContainEqual(issue);
  });

  it('leaves an export without an agent or recording text raw', () => {
    expect(uploadAudio.fromWebex!({ ...upload9ax, agentId: null })).toBeUndefined();
    expect(uploadAudio.fromWebex!({ ...upload9ax, audioFileData: { name: 'x.wav' } })).toBeUndefined();
  });
});
