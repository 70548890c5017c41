/**
 * Ports that must be wired (Flow Designer FC1006, docs/webex-activities-and-api.md §4). Error
 * ports are optional: unwired, an error falls to the OnGlobalError event flow (§1.1).
 *
 * Two tiers, both known by the activity module: `requiredPorts` (flowgen's rule for a complete
 * flow) and `designerRequiredPorts` (what Flow Designer itself refuses to publish). Written in
 * flowgen, every required port is an error that stops `flowgen build`. In an imported activity
 * (one that carries its exported shape) a port Flow Designer publishes unwired is a warning: the
 * export was published as it is (the menus' `invalid` in 6 Cisco Live lab exports, `timeout` and
 * `invalid` in Cisco's Recording template, a queue-to-agent's `error` in the Last Agent Routing
 * template), so flowgen does not claim an error Flow Designer never gave.
 */
import { defineRule } from '../context.js';

export const unwiredPort = defineRule({
  code: 'FG102',
  name: 'unwired-port',
  defaultSeverity: 'error',
  check({ index, report }) {
    for (const { ir, definition, options } of index.activities.values()) {
      if (!definition || options === undefined) continue;
      const refusedByDesigner = new Set(definition.designerRequiredPorts?.(options) ?? definition.requiredPorts(options));
      for (const port of definition.requiredPorts(options)) {
        if (ir.links[port] !== undefined) continue;
        report({
          message: `"${ir.name}" has no link from port "${port}".`,
          activity: ir,
          hint: `Wire it, e.g. ${ir.kind === 'menu' || ir.kind === 'condition' || ir.kind === 'case' ? `.routes({ ${JSON.stringify(port)}: next, … })` : `.on(${JSON.stringify(port)}, next)`}.`,
          data: { activity: ir.name, port },
          severity: ir.webex !== undefined && !refusedByDesigner.has(port) ? 'warning' : undefined,
        });
      }
    }
  },
});
