/**
 * Each event flow must have its own start and its own end (docs/webex-activities-and-api.md §3,
 * from H1; FC1003/FC1004). An event handler that is wired but reaches no End Flow or Disconnect
 * Contact (nor any other activity without output ports, such as a transfer) runs until its last
 * step and stops there; Cisco's exports end every handled event flow with `end` (X1, ZD22, ZD24).
 * A warning: Flow Designer itself only recommends it for isolated activities (M1).
 */
import { defineRule } from '../context.js';

export const eventFlowNeverEnds = defineRule({
  code: 'FG111',
  name: 'event-flow-never-ends',
  defaultSeverity: 'warning',
  check({ index, report }) {
    const terminal = new Set<string>();
    for (const { ir, definition, options } of index.activities.values()) {
      if (definition && options !== undefined && ir.kind !== 'event' && ir.kind !== 'start' && definition.ports(options).every((p) => p === 'error')) terminal.add(ir.name);
    }
    const ends = new Set<string>();
    for (const [name, roots] of index.reachedFrom) if (terminal.has(name)) for (const root of roots) ends.add(root);
    for (const root of index.roots) {
      const activity = index.activities.get(root)!;
      if (activity.ir.kind !== 'event' || Object.keys(activity.ir.links).length === 0 || ends.has(root)) continue;
      report({
        message: `The event flow of "${root}" never reaches End Flow or Disconnect Contact.`,
        activity: activity.ir,
        hint: 'End each branch of the event flow with f.end(...).',
        data: { activity: root },
      });
    }
  },
});
