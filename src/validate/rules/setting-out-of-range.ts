/**
 * Numeric settings must be in the ranges Flow Designer accepts. Each kind's module lists its
 * settings and ranges (`settings.ranges`, activities/shared/setting-facts.ts, with their
 * sources); this rule reads them. Values that are Pebble templates are judged at run time, not
 * here. The DSL's zod schemas enforce flowgen's own (stricter) ranges (FG010); this rule reads
 * exports.
 */
import { defineRule } from '../context.js';
import { exportedProperties, settingFacts } from '../exported-properties.js';

export const settingOutOfRange = defineRule({
  code: 'FG303',
  name: 'setting-out-of-range',
  defaultSeverity: 'error',
  check({ index, report }) {
    const file = index.flow.file ?? '<flow>';
    for (const activity of index.activities.values()) {
      const exported = exportedProperties(activity);
      const ranges = exported ? settingFacts(activity)?.ranges : undefined;
      if (!exported || !ranges) continue;
      const { ir } = activity;
      for (const range of ranges) {
        const value = exported.properties[range.key];
        if (value === null || value === undefined || (typeof value === 'string' && (value.trim() === '' || value.includes('{{')))) continue;
        const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
        const ok = Number.isFinite(number) && (range.allow?.includes(number) || (number >= range.min && number <= range.max && (!range.integer || Number.isInteger(number))));
        if (ok) continue;
        const bounds = range.max === Infinity ? `at least ${range.min}` : `${range.min} to ${range.max}`;
        report({
          message: `"${ir.name}" sets its ${range.label} to ${JSON.stringify(value)}; Flow Designer accepts ${range.integer ? 'a whole number ' : ''}${bounds}.`,
          location: { file, activity: ir.name, path: `properties.${range.key}` },
          hint: `Set ${range.label} to ${bounds}.`,
          data: { activity: ir.name, setting: range.key },
        });
      }
    }
  },
});
