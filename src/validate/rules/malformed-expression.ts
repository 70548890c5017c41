/**
 * Runtime expressions must be well formed (Flow Designer FC1009 "invalid expression",
 * docs/webex-activities-and-api.md §4): every `{{` closed by `}}`, brackets and quotes balanced,
 * no empty `{{ }}`, no operator left dangling, and only filters Pebble has (P1's stock list, plus
 * Cisco's `epoch`, §2.1, and `json`, which Cisco's Record Agent Greeting template applies to a
 * recording: `{{ Record_o10.audioFileData | json }}`, hnavilur/webex-contact-center-flows @ 29339d3). Scans every template of a typed activity and every string property of a
 * raw one (src/validate/activity-texts.ts) with the `{{ }}` scanner (../pebble-scanner.ts).
 * Real defect this finds: the Salesforce sample's `{{[phoneNumber}}` (SF22), a stray bracket.
 */
import type { Location } from '../../diagnostics/diagnostic.js';
import { didYouMean } from '../../util/did-you-mean.js';
import { activityTexts } from '../activity-texts.js';
import { defineRule } from '../context.js';
import { mayHoldPebble, scanTemplate } from '../pebble-scanner.js';

/** Pebble's stock filters (PebbleTemplates/pebble docs, filter/), Cisco's `epoch` (H1) and `json` (see above). */
export const PEBBLE_FILTERS: readonly string[] = [
  'abbreviate', 'abs', 'base64decode', 'base64encode', 'capitalize', 'date', 'default', 'epoch', 'escape', 'first', 'format', 'join',
  'json', 'last', 'length', 'lower', 'merge', 'nl2br', 'numberformat', 'raw', 'replace', 'reverse', 'rsort', 'sha256', 'slice', 'sort',
  'split', 'title', 'trim', 'upper', 'urlencode',
];
const FILTERS = new Set(PEBBLE_FILTERS);

const excerpt = (text: string, offset: number): string => {
  const from = Math.max(0, offset - 12);
  const shown = text.slice(from, offset + 28).replace(/\s+/g, ' ');
  return `${from > 0 ? '…' : ''}${shown}${offset + 28 < text.length ? '…' : ''}`;
};

export const malformedExpression = defineRule({
  code: 'FG204',
  name: 'malformed-expression',
  defaultSeverity: 'error',
  check({ index, report }) {
    const file = index.flow.file ?? '<flow>';
    for (const activity of index.activities.values()) {
      const { ir } = activity;
      for (const { text, path } of activityTexts(activity)) {
        if (!mayHoldPebble(text)) continue;
        const scan = scanTemplate(text);
        const location: Location = ir.at ?? { file, activity: ir.name, ...(path ? { path } : {}) };
        for (const problem of scan.problems) {
          report({
            message: `"${ir.name}" has a malformed expression: ${problem.detail}, in ${JSON.stringify(excerpt(text, problem.offset))}.`,
            location,
            hint: 'Write each expression as {{ … }} with balanced brackets and quotes; Flow Designer\'s Test Expression shows how it evaluates.',
            data: { activity: ir.name, problem: problem.kind, offset: problem.offset },
          });
        }
        for (const filter of scan.filters) {
          if (FILTERS.has(filter.name)) continue;
          report({
            message: `"${ir.name}" uses the filter "${filter.name}", which Pebble does not have.`,
            location,
            hint: didYouMean(filter.name, PEBBLE_FILTERS) ?? `Pebble's filters are ${PEBBLE_FILTERS.join(', ')}.`,
            data: { activity: ir.name, problem: 'unknown-filter', filter: filter.name },
          });
        }
      }
    }
  },
});
