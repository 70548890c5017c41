/**
 * Ports that must be wired (Flow Designer FC1006, docs/webex-activities-and-api.md §4). Error
 * ports are optional: unwired, an error falls to the OnGlobalError event flow (§1.1).
 *
 * Calibrated for imports: a menu's `invalid` port is unwired in 6 published Cisco Live lab
 * exports (CL_1_start, CL_1_readout, CL_1_readout_2, CL_1_salesService, CL_1_salesService_lang
 * twice; docs/webex-flow-format.md §7.3: `invalid` linked 28 of 34 times) that Flow Designer
 * published, so in an imported flow it is a warning (an unmatched digit then takes the error
 * path). Written in flowgen, every required port stays an error that stops `flowgen build`.
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
          severity: ir.webex !== undefined && ir.kind === 'menu' && port === 'invalid' ? 'warning' : undefined,
        });
      }
    }
  },
});
