/** A link must point at an activity that exists and can be entered (not a start or event node). */
import { didYouMean } from '../../util/did-you-mean.js';
import { defineRule } from '../context.js';

export const missingTarget = defineRule({
  code: 'FG103',
  name: 'missing-target',
  defaultSeverity: 'error',
  check({ index, report }) {
    for (const { ir } of index.activities.values()) {
      for (const [port, target] of Object.entries(ir.links)) {
        const found = index.activities.get(target);
        if (found && found.definition?.hasInPort !== false) continue;
        report({
          message: found
            ? `Port "${port}" of "${ir.name}" links to "${target}", which cannot be entered (it is a ${found.ir.kind} node).`
            : `Port "${port}" of "${ir.name}" links to "${target}", which does not exist.`,
          activity: ir,
          port,
          hint: found ? 'Link to an activity after the start or event node.' : didYouMean(target, index.activities.keys()),
          data: { activity: ir.name, port, target },
        });
      }
    }
  },
});
