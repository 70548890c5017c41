/** A link must leave from a port the activity's kind has (typed in TS; re-checked for JS and YAML). */
import { didYouMean } from '../../util/did-you-mean.js';
import { defineRule } from '../context.js';

export const unknownPort = defineRule({
  code: 'FG105',
  name: 'unknown-port',
  defaultSeverity: 'error',
  check({ index, report }) {
    for (const { ir, definition, options } of index.activities.values()) {
      if (!definition || options === undefined) continue;
      const ports = definition.ports(options);
      for (const port of Object.keys(ir.links)) {
        if (ports.includes(port)) continue;
        report({
          message: `"${ir.name}" (${ir.kind}) has no port "${port}".`,
          activity: ir,
          port,
          hint: didYouMean(port, ports) ?? (ports.length ? `Its ports are ${ports.map((p) => `"${p}"`).join(', ')}.` : 'It has no output ports: it ends the flow.'),
          data: { activity: ir.name, port },
        });
      }
    }
  },
});
