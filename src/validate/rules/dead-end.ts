/**
 * A call must not stop at an activity that does not end it (FC1004 "all non-event branches must
 * lead to the end node", docs/webex-activities-and-api.md §4): an activity with output ports of
 * which none is linked is a dead end. Kinds flowgen models already get FG102 for each required
 * port, so this rule judges what FG102 cannot: raw activities (kinds flowgen does not model, whose
 * required ports it cannot know) and kinds whose every port is optional. Unhandled event nodes are
 * normal (Flow Designer exports every default event node, most unlinked) and are not reported;
 * unreachable activities get FG101 instead.
 */
import { defineRule } from '../context.js';

export const deadEnd = defineRule({
  code: 'FG110',
  name: 'dead-end',
  defaultSeverity: 'error',
  check({ index, report }) {
    for (const { ir, definition, options } of index.activities.values()) {
      if (!definition || options === undefined || ir.kind === 'event' || ir.kind === 'start') continue;
      if (!index.reachedFrom.has(ir.name) || Object.keys(ir.links).length > 0) continue;
      const ports = definition.ports(options).filter((p) => p !== 'error');
      if (ports.length === 0 || definition.requiredPorts(options).length > 0) continue;
      if (ir.kind === 'raw' && !(options as { ports: string[] }).ports.includes('in')) continue; // a subflow start: FG108's concern
      report({
        message: `"${ir.name}" does not end the call, but none of its ports (${ports.map((p) => `"${p}"`).join(', ')}) leads anywhere.`,
        activity: ir,
        hint: 'Link its ports to the next step, or end the branch with Disconnect Contact (End Flow in event flows).',
        data: { activity: ir.name },
      });
    }
  },
});
