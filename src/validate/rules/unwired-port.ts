/**
 * Ports that must be wired (Flow Designer FC1006, docs/webex-activities-and-api.md §4). Error
 * ports are optional: unwired, an error falls to the OnGlobalError event flow (§1.1).
 */
import { defineRule } from '../context.js';

export const unwiredPort = defineRule({
  name: 'unwired-port',
  check({ index, report }) {
    for (const { ir, definition, options } of index.activities.values()) {
      if (!definition || options === undefined) continue;
      for (const port of definition.requiredPorts(options)) {
        if (ir.links[port] !== undefined) continue;
        report('FG102', {
          message: `"${ir.name}" has no link from port "${port}".`,
          activity: ir,
          hint: `Wire it, e.g. ${ir.kind === 'menu' || ir.kind === 'condition' || ir.kind === 'case' ? `.routes({ ${JSON.stringify(port)}: next, … })` : `.on(${JSON.stringify(port)}, next)`}.`,
          data: { activity: ir.name, port },
        });
      }
    }
  },
});
