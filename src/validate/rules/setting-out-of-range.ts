/**
 * Numeric settings must be in the ranges Flow Designer accepts. Ranges, all from
 * docs/webex-activities-and-api.md §1.3-1.4 (H1) unless marked: speaking rate 0.25-4.0, volume gain
 * -96 to 16 dB (Play Message, Menu); contact priority 1-9 (Queue Contact); timeouts positive
 * (Menu/Collect Digits No-Input Timeout, HTTP Response Timeout: "any value", so only > 0); retries
 * a whole number >= 0; Play Music duration positive, or -1 (written by Flow Designer once in the
 * corpus, docs/webex-flow-format.md §7.11, so accepted). Values that are Pebble templates are judged
 * at run time, not here. The DSL's zod schemas enforce the same (FG010); this rule reads exports.
 */
import { defineRule } from '../context.js';
import { exportedProperties } from '../exported-properties.js';

interface Range {
  key: string;
  min: number;
  max: number;
  integer?: boolean;
  allow?: number[];
  label: string;
}

const PROMPT: Range[] = [
  { key: 'speakingRate', min: 0.25, max: 4, label: 'speaking rate' },
  { key: 'volumeGainDb', min: -96, max: 16, label: 'volume gain (dB)' },
];
const RANGES: Record<string, Range[]> = {
  'play-message': PROMPT,
  'ivr-menu': [...PROMPT, { key: 'entryTimeout', min: 1, max: Infinity, label: 'no-input timeout (s)' }],
  'ivr-collectdigits': [
    { key: 'entryTimeout', min: 1, max: Infinity, label: 'no-input timeout (s)' },
    { key: 'interDigitTimeout', min: 1, max: Infinity, label: 'inter-digit timeout (s)' },
  ],
  'http-request-v2': [
    { key: 'httpResponseTimeout', min: 1, max: Infinity, integer: true, label: 'response timeout (ms)' },
    { key: 'retryAttempts', min: 0, max: Infinity, integer: true, label: 'retries' },
  ],
  'play-music': [{ key: 'duration', min: 1, max: Infinity, allow: [-1], label: 'duration (s)' }],
  'queue-contact': [{ key: 'priority', min: 1, max: 9, integer: true, label: 'priority' }],
};

export const settingOutOfRange = defineRule({
  name: 'setting-out-of-range',
  check({ index, report }) {
    const file = index.flow.file ?? '<flow>';
    for (const activity of index.activities.values()) {
      const exported = exportedProperties(activity);
      const name = exported?.activityName ?? '';
      const ranges = Object.hasOwn(RANGES, name) ? RANGES[name] : undefined;
      if (!exported || !ranges) continue;
      const { ir } = activity;
      for (const range of ranges) {
        const value = exported.properties[range.key];
        if (value === null || value === undefined || (typeof value === 'string' && (value.trim() === '' || value.includes('{{')))) continue;
        const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
        const ok = Number.isFinite(number) && (range.allow?.includes(number) || (number >= range.min && number <= range.max && (!range.integer || Number.isInteger(number))));
        if (ok) continue;
        const bounds = range.max === Infinity ? `at least ${range.min}` : `${range.min} to ${range.max}`;
        report('FG303', {
          message: `"${ir.name}" sets its ${range.label} to ${JSON.stringify(value)}; Flow Designer accepts ${range.integer ? 'a whole number ' : ''}${bounds}.`,
          location: { file, activity: ir.name, path: `properties.${range.key}` },
          hint: `Set ${range.label} to ${bounds}.`,
          data: { activity: ir.name, setting: range.key },
        });
      }
    }
  },
});
