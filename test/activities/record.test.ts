/** record: the caller's message, with silence/max-length limits (Recording template `Record_zfp`, `RecordSurvey`). */
import { describe, expect, it } from 'vitest';
import { record } from '../../src/activities/record.js';
import { overlayShape } from '../../src/emit/webex/emit.js';

const webex = (input: unknown, exported?: Record<string, unknown>) => record.toWebex(record.options.parse(input), exported);
const issues = (input: unknown) => (record.options.safeParse(input).error?.issues ?? []).map((i) => ({ code: i.code, path: i.path }));

/** `RecordSurvey` as exported (defaults; numbers; no `:type` shadows), common keys left out. */
const recordSurvey = {
  terminationSymbol_name: '#',
  'terminationSymbol:name:name': '#',
  maxRecordingTime: 30,
  playStartTone: true,
  silenceTimeout: 4,
  'terminationSymbol:name': '#',
  'terminationSymbol_name:name': '#',
  terminationSymbol: '#',
};
/** `Record_zfp` as exported (edited: strings, a debug stand-in variable). */
const recordZfp = {
  terminationSymbol_name: '#',
  'terminationSymbol:name:name': '#',
  maxRecordingTime: '120',
  playStartTone: true,
  silenceTimeout: '120',
  'terminationSymbol:name': '#',
  'terminationSymbol_name:name': '#',
  terminationSymbol_type: null,
  'terminationSymbol:type': null,
  terminationSymbol: '#',
  testObject: '{{ testRecordingInfo }}',
};

describe('record', () => {
  it('writes the documented defaults (4 s silence, 30 s maximum, start tone, "#") in the export key order', () => {
    expect(webex({})).toStrictEqual({ ...recordSurvey, terminationSymbol_type: null, 'terminationSymbol:type': null });
    expect(Object.keys(webex({}))).toStrictEqual(Object.keys(recordZfp).filter((k) => k !== 'testObject'));
  });

  it('writes its settings and the debug stand-in', () => {
    const written = webex({ silenceTimeoutSeconds: 10, maxRecordingSeconds: 120, playStartTone: false, terminator: '*', testRecording: { parts: [{ ref: 'sample' }] } });
    expect(written).toMatchObject({ silenceTimeout: 10, maxRecordingTime: 120, playStartTone: false, terminationSymbol: '*', 'terminationSymbol:name': '*', testObject: '{{sample}}' });
  });

  it('has ports default, timeout and error (Webex noInputTimeout, undefinedErrors); default and timeout are required', () => {
    const o = record.options.parse({});
    expect(record.ports(o)).toStrictEqual(['default', 'timeout', 'error']);
    expect(record.requiredPorts(o)).toStrictEqual(['default', 'timeout']);
    expect(record.ports(o).map((p) => record.webexPort(p, o))).toStrictEqual(['default', 'noInputTimeout', 'undefinedErrors']);
    expect(['default', 'noInputTimeout', 'undefinedErrors'].map((p) => record.portFromWebex(p, o))).toStrictEqual(['default', 'timeout', 'error']);
    expect(record.outputs).toStrictEqual(['audioFileData']);
    expect(record.webex).toStrictEqual({ activityName: 'record', activityId: '659f917ef2cd9b2a8a4f2681', group: 'action', description: true });
  });

  it.each([
    ['a silence timeout of 0', { silenceTimeoutSeconds: 0 }, { code: 'too_small', path: ['silenceTimeoutSeconds'] }],
    ['a silence timeout over 120', { silenceTimeoutSeconds: 121 }, { code: 'too_big', path: ['silenceTimeoutSeconds'] }],
    ['a maximum over 120', { maxRecordingSeconds: 121 }, { code: 'too_big', path: ['maxRecordingSeconds'] }],
    ['a fractional maximum', { maxRecordingSeconds: 1.5 }, { code: 'invalid_type', path: ['maxRecordingSeconds'] }],
    ['a digit as terminator', { terminator: '5' }, { code: 'invalid_value', path: ['terminator'] }],
    ['an unknown option', { beep: true }, { code: 'unrecognized_keys', path: [] }],
  ])('rejects %s', (_, input, issue) => {
    expect(issues(input)).toContainEqual(issue);
  });

  it('reads both Recording-template instances and writes each back exactly over its exported shape', () => {
    const survey = record.options.parse(record.fromWebex!(recordSurvey));
    expect(survey).toStrictEqual({ silenceTimeoutSeconds: 4, maxRecordingSeconds: 30, playStartTone: true, terminator: '#' });
    expect(overlayShape(record.toWebex(survey, recordSurvey) as never, recordSurvey)).toStrictEqual(recordSurvey);
    const zfp = record.options.parse(record.fromWebex!(recordZfp));
    expect(zfp).toStrictEqual({ silenceTimeoutSeconds: 120, maxRecordingSeconds: 120, playStartTone: true, terminator: '#', testRecording: { parts: [{ text: '{{ testRecordingInfo }}' }] } });
    expect(record.templates(zfp)).toStrictEqual([{ parts: [{ text: '{{ testRecordingInfo }}' }] }]);
    expect(overlayShape(record.toWebex(zfp, recordZfp) as never, recordZfp)).toStrictEqual(recordZfp);
  });

  it('leaves an export it cannot represent to the raw kind', () => {
    expect(record.options.safeParse(record.fromWebex!({ ...recordSurvey, silenceTimeout: '600' })).success).toBe(false);
    expect(record.fromWebex!({ ...recordSurvey, testObject: { type: 'FileInfo' } })).toBeUndefined();
  });
});
