/** recording-control: pause or resume the call recording (Recording template `RecordingControl_upx`). */
import { describe, expect, it } from 'vitest';
import { recordingControl } from '../../src/activities/recording-control.js';

const parse = (input: unknown) => recordingControl.options.parse(input);

describe('recording-control', () => {
  it.each([
    ['a variable, as the template writes it', { parts: [{ text: '{{record}}' }] }, '{{record}}'],
    ['a reference made in the DSL', { parts: [{ ref: 'record' }] }, '{{record}}'],
    ['a literal choice, as an expression', { parts: [{ text: 'false' }], expression: true }, '{{ false }}'],
  ])('writes enableRecording from %s', (_, enabled, expected) => {
    expect(recordingControl.toWebex(parse({ enabled }))).toStrictEqual({ enableRecording: expected });
  });

  it('has ports default and failure, of which default is required; its template is the switch', () => {
    const o = parse({ enabled: { parts: [{ ref: 'record' }] } });
    expect(recordingControl.ports(o)).toStrictEqual(['default', 'failure']);
    expect(recordingControl.requiredPorts(o)).toStrictEqual(['default']);
    expect(recordingControl.templates(o)).toStrictEqual([{ parts: [{ ref: 'record' }] }]);
    expect(recordingControl.webex).toStrictEqual({ activityName: 'RecordingControl', activityId: '6458adcc1a95e20b03e0e714', group: 'action', description: true });
  });

  it('reads RecordingControl_upx, and leaves an empty or non-text switch raw', () => {
    expect(parse(recordingControl.fromWebex!({ enableRecording: '{{record}}' }))).toStrictEqual({ enabled: { parts: [{ text: '{{record}}' }] } });
    expect(recordingControl.fromWebex!({ enableRecording: '' })).toBeUndefined();
    expect(recordingControl.fromWebex!({ enableRecording: true })).toBeUndefined();
  });

  it('rejects a missing switch and unknown options', () => {
    const codes = (input: unknown) => recordingControl.options.safeParse(input).error?.issues.map((i) => i.code);
    expect(codes({})).toStrictEqual(['invalid_type']);
    expect(codes({ enabled: { parts: [] }, pause: true })).toStrictEqual(['unrecognized_keys']);
  });
});
