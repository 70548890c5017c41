/**
 * A menu offers 1 to 10 branches, each a digit 0-9 used at most once (docs/webex-activities-and-api.md
 * §1.3 Menu, from H1; `*` and `#` are the Collect Digits terminators, not menu digits). The DSL's
 * types and zod (FG010) enforce this for flows written in flowgen; this rule reads what an export
 * (or a raw `ivr-menu`) really holds, because import keeps a menu whose digits cannot be typed as
 * a raw activity, and a duplicated digit would collapse silently into one typed choice.
 */
import { exportedMenuDigits, MENU_DIGITS_PATH } from '../../activities/shared/exported-settings.js';
import { defineRule } from '../context.js';
import { exportedProperties } from '../exported-properties.js';

const MAX_OPTIONS = 10;

export const invalidMenuDigits = defineRule({
  name: 'invalid-menu-digits',
  check({ index, report }) {
    const file = index.flow.file ?? '<flow>';
    for (const activity of index.activities.values()) {
      const exported = exportedProperties(activity);
      if (exported?.activityName !== 'ivr-menu') continue;
      const { ir } = activity;
      const links = exportedMenuDigits(exported.properties);
      const location = { file, activity: ir.name, path: MENU_DIGITS_PATH };
      const problem = (what: string, data: Record<string, string | number>): void =>
        report('FG301', { message: `Menu "${ir.name}" ${what}.`, location, hint: 'Give the menu 1 to 10 options, each a different digit 0-9.', data: { activity: ir.name, ...data } });
      if (!links) {
        problem('has no list of digits', { problem: 'missing' });
        continue;
      }
      if (links.length === 0) problem('has no options', { problem: 'empty' });
      if (links.length > MAX_OPTIONS) problem(`has ${links.length} options; Flow Designer allows ${MAX_OPTIONS}`, { problem: 'too-many', count: links.length });
      const seen = new Set<string>();
      for (const digit of links) {
        const text = typeof digit === 'string' ? digit : JSON.stringify(digit) ?? String(digit);
        if (!/^[0-9]$/.test(text)) problem(`offers ${JSON.stringify(text)}, which is not a digit 0-9`, { problem: 'not-a-digit', digit: text });
        else if (seen.has(text)) problem(`offers digit "${text}" twice`, { problem: 'duplicate', digit: text });
        seen.add(text);
      }
    }
  },
});
