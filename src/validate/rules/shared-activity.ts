/**
 * Main flow and event flows are separate canvases: no activity may be shared between them, nor
 * between two event flows (FC1013, docs/webex-activities-and-api.md §3).
 */
import { defineRule } from '../context.js';

export const sharedActivity = defineRule({
  code: 'FG106',
  name: 'shared-activity',
  defaultSeverity: 'error',
  check({ index, report }) {
    for (const [name, roots] of index.reachedFrom) {
      if (roots.length < 2) continue;
      const activity = index.activities.get(name)!.ir;
      report({
        message: `"${name}" is reached from ${roots.map((r) => `"${r}"`).join(' and ')}; an activity belongs to one flow.`,
        activity,
        hint: 'Create a separate activity (with its own name) for each flow that needs this step.',
        data: { activity: name, roots: roots.join(',') },
      });
    }
  },
});
