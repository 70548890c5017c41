/**
 * The main flow must begin somewhere (FC1002): the start node needs its `out` link. A subflow
 * begins at its `NewSubFlowStart` node (group `start-subflow`, docs/webex-flow-format.md §7.1),
 * which import keeps as a raw activity (ERR24, QT24, the payment check-balance subflow).
 */
import { subflowStart as subflowStartKind } from '../../activities/subflow-start.js';
import { defineRule } from '../context.js';

/** A subflow start kept raw from an export is known by its widget group. */
const SUBFLOW_START_GROUP = subflowStartKind.webex.group;

export const noStart = defineRule({
  code: 'FG108',
  name: 'no-start',
  defaultSeverity: 'error',
  check({ index, report }) {
    const start = [...index.activities.values()].find((a) => a.ir.kind === 'start');
    if (start && start.ir.links['out'] !== undefined) return;
    const subflowStart = [...index.activities.values()].find((a) => a.ir.kind === 'subflow-start' || a.ir.webex?.group === SUBFLOW_START_GROUP || (a.options as { group?: unknown } | undefined)?.group === SUBFLOW_START_GROUP);
    if (!start && subflowStart && Object.keys(subflowStart.ir.links).length > 0) return;
    report({
      message: `Flow "${index.flow.name}" has no first step after its start.`,
      location: index.flow.at ?? { file: index.flow.file ?? '<flow>' },
      hint: 'Wire the start: f.start.then(firstActivity).',
    });
  },
});
