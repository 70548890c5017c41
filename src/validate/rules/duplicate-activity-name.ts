/** Activity names are identities (canvas label, expression namespace, id seed): they must be unique. */
import { defineRule } from '../context.js';

export const duplicateActivityName = defineRule({
  code: 'FG104',
  name: 'duplicate-activity-name',
  defaultSeverity: 'error',
  check({ index, report }) {
    const first = new Map<string, (typeof index.flow.activities)[number]>();
    for (const activity of index.flow.activities) {
      const earlier = first.get(activity.name);
      if (!earlier) {
        first.set(activity.name, activity);
        continue;
      }
      report({
        message: `Two activities are named "${activity.name}".`,
        activity,
        related: earlier.at ? [{ message: 'first defined here', location: earlier.at }] : [],
        hint: 'Give each activity its own name; names are what expressions like {{name.httpStatusCode}} refer to.',
        data: { activity: activity.name },
      });
    }
  },
});
