/** Activities no start or event node reaches never run (FC1004 "isolated activities"). */
import { defineRule } from '../context.js';

export const unreachableActivity = defineRule({
  code: 'FG101',
  name: 'unreachable-activity',
  defaultSeverity: 'warning',
  check({ index, report }) {
    for (const { ir } of index.activities.values()) {
      if (ir.kind === 'start' || ir.kind === 'event' || index.reachedFrom.has(ir.name)) continue;
      report({
        message: `"${ir.name}" cannot be reached from the start or from an event.`,
        activity: ir,
        hint: 'Link to it from an earlier step, or remove it.',
        data: { activity: ir.name },
      });
    }
  },
});
