/** FG303 setting-out-of-range: exported numeric settings within Flow Designer's ranges. */
import { describe, expect, it } from 'vitest';
import { activity, handFlow, validateIr, withCode } from '../../harness/rules.js';

const exported = (activityName: string, properties: Record<string, unknown>) =>
  handFlow({
    first: 'Subject',
    activities: [activity('Subject', 'raw', { activityName, activityId: 'x', group: 'action', properties: { activityName, ...properties }, ports: ['in', 'default'] }, { default: 'Bye' }), activity('Bye', 'disconnect-contact')],
  });
const settings = (activityName: string, properties: Record<string, unknown>) => withCode(validateIr(exported(activityName, properties)), 'FG303').map((d) => d.data?.['setting']);

describe('setting-out-of-range (FG303)', () => {
  it('reports values outside the documented ranges', () => {
    expect(settings('play-message', { speakingRate: '5.0', volumeGainDb: -100 })).toStrictEqual(['speakingRate', 'volumeGainDb']);
    expect(settings('queue-contact', { priority: '10' })).toStrictEqual(['priority']);
    expect(settings('http-request-v2', { httpResponseTimeout: 0, retryAttempts: '1.5' })).toStrictEqual(['httpResponseTimeout', 'retryAttempts']);
    expect(settings('play-music', { duration: 'soon' })).toStrictEqual(['duration']);
  });

  it('passes values in range, templates, nulls and the -1 duration Flow Designer writes', () => {
    expect(settings('play-message', { speakingRate: '1.0', volumeGainDb: null })).toStrictEqual([]);
    expect(settings('http-request-v2', { httpResponseTimeout: '5000', retryAttempts: 2 })).toStrictEqual([]);
    expect(settings('play-music', { duration: '{{ musicDuration }}' })).toStrictEqual([]);
    expect(settings('play-music', { duration: -1 })).toStrictEqual([]);
  });
});
