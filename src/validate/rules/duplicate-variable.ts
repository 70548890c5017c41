/** Variable names are unique in a flow (FC1008). */
import { defineRule } from '../context.js';

export const duplicateVariable = defineRule({
  code: 'FG202',
  name: 'duplicate-variable',
  defaultSeverity: 'error',
  check({ index, report }) {
    const first = new Map<string, (typeof index.flow.variables)[number]>();
    for (const variable of index.flow.variables) {
      const earlier = first.get(variable.name);
      if (!earlier) {
        first.set(variable.name, variable);
        continue;
      }
      report({
        message: `Variable "${variable.name}" is declared twice.`,
        location: variable.at ?? { file: index.flow.file ?? '<flow>', path: `variables.${variable.name}` },
        related: earlier.at ? [{ message: 'first declared here', location: earlier.at }] : [],
        hint: 'Declare each variable once and reuse the handle.',
        data: { variable: variable.name },
      });
    }
  },
});
