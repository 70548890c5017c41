/**
 * A variable no activity reads, writes or names is clutter, and often a typo's other half (ZD24
 * declares `ticketID` and speaks `{{ticketId }}`). Not reported: variables shown on the agent
 * desktop, agent-editable or reportable (the desktop and reports use them, H1 §2.2), and global or
 * subflow input/output variables (`source` GLOBAL, SUBFLOW_INPUT, SUBFLOW_OUTPUT: set or read
 * outside the flow, docs/webex-flow-format.md §8.1-8.2). A warning: it does not change what a
 * caller hears.
 */
import { didYouMean } from '../../util/did-you-mean.js';
import { defineRule } from '../context.js';
import { variableUsage } from '../variable-usage.js';

export const unusedVariable = defineRule({
  code: 'FG206',
  name: 'unused-variable',
  defaultSeverity: 'warning',
  check({ index, report }) {
    const { reads, writes, mentions } = variableUsage(index);
    for (const variable of index.variables.values()) {
      const source = variable.webex?.['source'];
      if (typeof source === 'string' && source !== '') continue;
      if (variable.desktopLabel !== null || variable.agentEditable || variable.reportable) continue;
      if (reads.has(variable.name) || writes.has(variable.name) || mentions.has(variable.name)) continue;
      report({
        message: `Variable "${variable.name}" is declared but never used.`,
        location: variable.at ?? { file: index.flow.file ?? '<flow>', path: `variables.${variable.name}` },
        hint: didYouMean(variable.name, [...reads].filter((r) => !index.variables.has(r))) ?? 'Remove it, or use it.',
        data: { variable: variable.name },
      });
    }
  },
});
