/**
 * A variable that is read but has no initial value and that no activity sets always reads as
 * empty: usually a missing Set Variable or output mapping. Not reported: variables set from outside
 * the flow (`source` GLOBAL or SUBFLOW_INPUT, docs/webex-flow-format.md §8.1-8.2; agent-editable
 * ones, H1 §2.2) and variables named whole in an option flowgen cannot classify (see
 * ../variable-usage.ts). A warning: an empty value may be intended.
 */
import { defineRule } from '../context.js';
import { variableUsage } from '../variable-usage.js';

export const variableNeverSet = defineRule({
  code: 'FG207',
  name: 'variable-never-set',
  defaultSeverity: 'warning',
  check({ index, report }) {
    const { reads, writes, mentions } = variableUsage(index);
    for (const variable of index.variables.values()) {
      const source = variable.webex?.['source'];
      if (source === 'GLOBAL' || source === 'SUBFLOW_INPUT' || variable.agentEditable) continue;
      if (variable.initialValue !== null && variable.initialValue !== '') continue;
      if (!reads.has(variable.name) || writes.has(variable.name) || mentions.has(variable.name)) continue;
      report({
        message: `Variable "${variable.name}" is read but has no initial value and nothing sets it.`,
        location: variable.at ?? { file: index.flow.file ?? '<flow>', path: `variables.${variable.name}` },
        hint: 'Give it an initial value, or set it (Set Variable, an HTTP output mapping) before it is read.',
        data: { variable: variable.name },
      });
    }
  },
});
