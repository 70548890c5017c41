/** The main flow must begin somewhere (FC1002): the start node needs its `out` link. */
import { defineRule } from '../context.js';

export const noStart = defineRule({
  name: 'no-start',
  check({ index, report }) {
    const start = [...index.activities.values()].find((a) => a.ir.kind === 'start');
    if (start && start.ir.links['out'] !== undefined) return;
    report('FG108', {
      message: `Flow "${index.flow.name}" has no first step after its start.`,
      location: index.flow.at ?? { file: index.flow.file ?? '<flow>' },
      hint: 'Wire the start: f.start.then(firstActivity).',
    });
  },
});
