/**
 * A menu offers 1 to 12 branches, each a key of the keypad (0-9, `#`, `*`) used at most once: the
 * keys and the count are the menu module's (src/activities/menu.ts says where they come from;
 * Cisco's Menu Auto-Attendant template has 11). The DSL's types and zod (FG010) enforce this for
 * flows written in flowgen; this rule reads what an export (or a raw `ivr-menu`) really holds,
 * because import keeps a menu whose keys cannot be typed as a raw activity, and a duplicated key
 * would collapse silently into one typed choice. Twelve distinct keys are all the keys there are,
 * so "too many" is a duplicate or a key outside the keypad.
 */
import { MAX_MENU_CHOICES, MENU_DIGITS } from '../../activities/menu.js';
import { defineRule } from '../context.js';
import { exportedProperties, settingFacts } from '../exported-properties.js';

const KEYS: readonly string[] = MENU_DIGITS;

export const invalidMenuDigits = defineRule({
  code: 'FG301',
  name: 'invalid-menu-digits',
  defaultSeverity: 'error',
  check({ index, report }) {
    const file = index.flow.file ?? '<flow>';
    for (const activity of index.activities.values()) {
      const exported = exportedProperties(activity);
      const digits = exported ? settingFacts(activity)?.exportedDigits : undefined;
      if (!exported || !digits) continue;
      const { ir } = activity;
      const links = digits.read(exported.properties);
      const location = { file, activity: ir.name, path: digits.path };
      const problem = (what: string, data: Record<string, string | number>): void =>
        report({ message: `Menu "${ir.name}" ${what}.`, location, hint: `Give the menu 1 to ${MAX_MENU_CHOICES} options, each a different key: 0-9, # or *.`, data: { activity: ir.name, ...data } });
      if (!links) {
        problem('has no list of digits', { problem: 'missing' });
        continue;
      }
      if (links.length === 0) problem('has no options', { problem: 'empty' });
      const seen = new Set<string>();
      for (const digit of links) {
        const text = typeof digit === 'string' ? digit : JSON.stringify(digit) ?? String(digit);
        if (!KEYS.includes(text)) problem(`offers ${JSON.stringify(text)}, which is not a key of the keypad (0-9, # or *)`, { problem: 'not-a-digit', digit: text });
        else if (seen.has(text)) problem(`offers digit "${text}" twice`, { problem: 'duplicate', digit: text });
        seen.add(text);
      }
    }
  },
});
