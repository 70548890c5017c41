/**
 * Type-level promises of the recording, business-rules and digital-channel factories (issue 9):
 * a port the kind does not have is a compile error, `routes` needs every required port, options
 * are checked, and the builder's option types agree with the kinds' zod schemas.
 */
import { describe, expectTypeOf, test } from 'vitest';
import type { BreRequestOptions } from '../../src/activities/bre-request.js';
import type { ReceiveMessageOptions } from '../../src/activities/receive-message.js';
import type { RecordOptions } from '../../src/activities/record.js';
import type { SendCustomMessageOptions } from '../../src/activities/send-custom-message.js';
import type { StartEvent } from '../../src/activities/start.js';
import type { WaitOptions } from '../../src/activities/wait.js';
import type { BreRequestInput, FlowSettings, ReceiveMessageInput, RecordInput, SendCustomMessageInput, WaitInput } from '../../src/dsl/define-flow.js';
import { defineFlow, text, z as zod, type OutputRef } from '../../src/index.js';

const settings = { name: 'Types', params: zod.object({}) };
const channel = { id: 'c1', name: 'templateChannel' };

describe('record', () => {
  test('ports are default, timeout and error; routes need default and timeout', () => {
    defineFlow(settings, (f) => {
      const bye = f.disconnect('Bye');
      const rec = f.record('Record', { maxRecordingSeconds: 60 });
      rec.routes({ default: bye, timeout: bye });
      rec.routes({ default: bye, timeout: bye, error: bye });
      rec.on('timeout', bye).on('error', bye);
      expectTypeOf(rec.on).parameter(0).toEqualTypeOf<'default' | 'timeout' | 'error'>();
      // @ts-expect-error timeout is missing
      rec.routes({ default: bye });
      // @ts-expect-error the Webex port name is not flowgen's
      rec.on('noInputTimeout', bye);
      // @ts-expect-error a record has no failure port
      rec.on('failure', bye);
      expectTypeOf(rec.recording).toEqualTypeOf<OutputRef<'json'>>();
      // @ts-expect-error the terminator is # or *
      f.record('R2', { terminator: '5' });
      // @ts-expect-error unknown option
      f.record('R3', { beep: true });
    });
  });
});

describe('recording control, wait, BRE request', () => {
  test('each takes only its own ports', () => {
    defineFlow(settings, (f) => {
      const bye = f.disconnect('Bye');
      const recording = f.variable('record', 'boolean');
      const control = f.recordingControl('Resume', { enabled: recording });
      // @ts-expect-error Flow Designer picks a variable here, not a literal
      f.recordingControl('Pause', { enabled: false });
      control.routes({ default: bye, failure: bye });
      // @ts-expect-error default is missing
      control.routes({ failure: bye });
      // @ts-expect-error recording control has no error port
      control.on('error', bye);
      // @ts-expect-error a string variable is not a boolean switch
      f.recordingControl('Bad', { enabled: f.variable('s', 'string') });

      const pause = f.wait('Wait', { durationSeconds: 10 });
      pause.on('default', bye).on('error', bye);
      // @ts-expect-error wait has no timeout port
      pause.on('timeout', bye);
      // @ts-expect-error the duration is required
      f.wait('W2', {});

      const key = f.variable('lookupKey', 'string');
      const value = f.variable('lookupValue', 'string');
      const bre = f.breRequest('Lookup', { context: 'AreaCodes', keys: { ani: key }, outputs: [{ variable: value, path: '$.customerType' }] });
      bre.then(bye);
      expectTypeOf(bre.on).parameter(0).toEqualTypeOf<'default'>();
      expectTypeOf(bre.statusCode).toEqualTypeOf<OutputRef<'integer'>>();
      // @ts-expect-error a BRE request has only default
      bre.on('error', bye);
      // @ts-expect-error the table is required
      f.breRequest('B2', { keys: {} });
      // @ts-expect-error a mapping names a declared variable, not a string
      f.breRequest('B3', { context: 'x', outputs: [{ variable: 'lookupValue', path: '$.a' }] });
    });
  });
});

describe('upload audio', () => {
  test('takes a JSON recording and has default and error', () => {
    defineFlow(settings, (f) => {
      const bye = f.disconnect('Bye');
      const rec = f.record('Record');
      const upload = f.uploadAudio('Save', { agentId: 'agent@example.com', greetingPurpose: 'Default', recording: rec.recording });
      upload.routes({ default: bye, error: bye });
      // @ts-expect-error default is missing
      upload.routes({ error: bye });
      // @ts-expect-error a string variable is not a recording
      f.uploadAudio('S2', { agentId: 'a', greetingPurpose: 'b', recording: f.variable('s', 'string') });
      // @ts-expect-error upload audio has no failure port
      upload.on('failure', bye);
    });
  });
});

describe('messaging', () => {
  test('send has default and error; receive has default, timeout and error and needs default', () => {
    defineFlow({ ...settings, startEvent: 'NewContact' }, (f) => {
      const end = f.end('End');
      const reply = f.variable('reply', 'string');
      const send = f.sendCustomMessage('Hello', { channel, text: text`Hi ${reply}`, attachments: [{ fileName: 'a.jpg', mimeType: 'image/jpg', url: 'https://x/a.jpg' }] });
      const receive = f.receiveMessage('Answer', { channel, timeoutSeconds: 600, outputs: [{ variable: reply, path: '$.message.text' }] });
      f.start.then(send).then(receive);
      receive.routes({ default: end });
      receive.routes({ default: end, timeout: end, error: end });
      // @ts-expect-error default is missing
      receive.routes({ timeout: end });
      // @ts-expect-error sending has no timeout
      send.on('timeout', end);
      // @ts-expect-error the channel is required
      f.sendCustomMessage('S2', { text: 'x' });
      // @ts-expect-error the receive timeout is required
      f.receiveMessage('R2', { channel });
      // @ts-expect-error only the custom messaging channel type is known
      f.receiveMessage('R3', { channel, timeoutSeconds: 5, channelType: 'SMS' });
    });
    // @ts-expect-error the start event is NewPhoneContact or NewContact
    defineFlow({ ...settings, startEvent: 'NewChat' }, () => {});
  });
});

describe('the builder’s option types agree with the zod schemas', () => {
  type Same<I, O, K extends keyof I & keyof O> = [NonNullable<I[K]>, NonNullable<O[K]>];

  test('options of the same name have the same type on both sides', () => {
    expectTypeOf<Same<RecordInput, RecordOptions, 'silenceTimeoutSeconds'>[0]>().toEqualTypeOf<Same<RecordInput, RecordOptions, 'silenceTimeoutSeconds'>[1]>();
    expectTypeOf<Same<RecordInput, RecordOptions, 'maxRecordingSeconds'>[0]>().toEqualTypeOf<Same<RecordInput, RecordOptions, 'maxRecordingSeconds'>[1]>();
    expectTypeOf<Same<RecordInput, RecordOptions, 'playStartTone'>[0]>().toEqualTypeOf<Same<RecordInput, RecordOptions, 'playStartTone'>[1]>();
    expectTypeOf<Same<RecordInput, RecordOptions, 'terminator'>[0]>().toEqualTypeOf<Same<RecordInput, RecordOptions, 'terminator'>[1]>();
    expectTypeOf<Same<WaitInput, WaitOptions, 'durationSeconds'>[0]>().toEqualTypeOf<Same<WaitInput, WaitOptions, 'durationSeconds'>[1]>();
    expectTypeOf<Same<BreRequestInput, BreRequestOptions, 'timeoutMs'>[0]>().toEqualTypeOf<Same<BreRequestInput, BreRequestOptions, 'timeoutMs'>[1]>();
    expectTypeOf<Same<BreRequestInput, BreRequestOptions, 'retries'>[0]>().toEqualTypeOf<Same<BreRequestInput, BreRequestOptions, 'retries'>[1]>();
    expectTypeOf<Same<SendCustomMessageInput, SendCustomMessageOptions, 'channel'>[0]>().toEqualTypeOf<Same<SendCustomMessageInput, SendCustomMessageOptions, 'channel'>[1]>();
    expectTypeOf<Same<SendCustomMessageInput, SendCustomMessageOptions, 'appendToTranscript'>[0]>().toEqualTypeOf<Same<SendCustomMessageInput, SendCustomMessageOptions, 'appendToTranscript'>[1]>();
    expectTypeOf<Same<ReceiveMessageInput, ReceiveMessageOptions, 'timeoutSeconds'>[0]>().toEqualTypeOf<Same<ReceiveMessageInput, ReceiveMessageOptions, 'timeoutSeconds'>[1]>();
    expectTypeOf<Same<ReceiveMessageInput, ReceiveMessageOptions, 'channelType'>[0]>().toEqualTypeOf<Same<ReceiveMessageInput, ReceiveMessageOptions, 'channelType'>[1]>();
    expectTypeOf<NonNullable<FlowSettings<zod.ZodObject>['startEvent']>>().toEqualTypeOf<StartEvent>();
  });
});
