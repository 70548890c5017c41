/** start-media-stream: stream the call's audio to an AI assistant (PAY26 `StartMediaStream_b9q`). */
import { describe, expect, it } from 'vitest';
import { startMediaStream } from '../../src/activities/start-media-stream.js';

const pay26 = {
  mediaDestinationId_name: 'Cisco AI Assistant',
  mediaDestinationId: 'Cisco AI Assistant',
  'mediaDestinationId:name:name': 'Cisco AI Assistant',
  'mediaDestinationId:name': 'Cisco AI Assistant',
  'mediaDestinationId_name:name': 'Cisco AI Assistant',
};

describe('start-media-stream', () => {
  it('writes the destination with the name shadows of PAY26', () => {
    const written = startMediaStream.toWebex(startMediaStream.options.parse({ destination: 'Cisco AI Assistant' }));
    expect(written).toStrictEqual({
      mediaDestinationId: 'Cisco AI Assistant',
      'mediaDestinationId:name': 'Cisco AI Assistant',
      mediaDestinationId_name: 'Cisco AI Assistant',
      'mediaDestinationId:name:name': 'Cisco AI Assistant',
      'mediaDestinationId_name:name': 'Cisco AI Assistant',
    });
    expect(written).toEqual(pay26);
  });

  it('has ports default and failure; failure is optional', () => {
    const o = startMediaStream.options.parse({ destination: 'x' });
    expect(startMediaStream.ports(o)).toStrictEqual(['default', 'failure']);
    expect(startMediaStream.requiredPorts(o)).toStrictEqual(['default']);
    expect(startMediaStream.webex).toStrictEqual({ activityName: 'start-media-stream', activityId: '6698cc9ec61ded2fa580fba1', group: 'action', description: true });
  });

  it.each([
    ['an empty destination', { destination: '' }, 'too_small'],
    ['an unknown option', { destination: 'x', codec: 'opus' }, 'unrecognized_keys'],
  ])('rejects %s', (_, input, code) => {
    expect(startMediaStream.options.safeParse(input).error?.issues.map((i) => i.code)).toContain(code);
  });

  it('reads PAY26 StartMediaStream_b9q', () => {
    expect(startMediaStream.options.parse(startMediaStream.fromWebex!(pay26))).toStrictEqual({ destination: 'Cisco AI Assistant' });
  });
});
