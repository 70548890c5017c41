/** Each event has one handler node in `onEvents` (docs/webex-flow-format.md §6). */
import { defineRule } from '../context.js';

export const duplicateEventHandler = defineRule({
  code: 'FG109',
  name: 'duplicate-event-handler',
  defaultSeverity: 'error',
  check({ index, report }) {
    const seen = new Set<string>();
    for (const activity of index.flow.activities) {
      if (activity.kind !== 'event') continue;
      const event = String((activity.options as { event?: unknown }).event);
      if (!seen.has(event)) {
        seen.add(event);
        continue;
      }
      report({
        message: `Event "${event}" is handled twice.`,
        activity,
        hint: 'Use one onEvent(...) per event and chain every step after it.',
        data: { event },
      });
    }
  },
});
