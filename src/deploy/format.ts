/**
 * Renders a plan or deploy report: text for the terminal, markdown for a pull-request comment
 * (the changes in `flowgen diff`'s words, through src/diff's own formatters). Pure. JSON output is
 * the report itself (`JSON.stringify`), one document on stdout.
 */
import { formatDiffMarkdown } from '../diff/format/markdown.js';
import { formatDiffText } from '../diff/format/text.js';
import type { FlowOutcome } from './org.js';

export interface RenderableOrg {
  tenant: string;
  orgId: string | null;
  status: 'ok' | 'failed';
  flows: readonly FlowOutcome[];
  writeCalls: number;
}

const verb = (flow: FlowOutcome, mode: 'plan' | 'deploy', dry: boolean): string => {
  if (mode === 'deploy' && !dry) return flow.action === 'none' ? 'unchanged, nothing done' : flow.action;
  const publish = flow.publish === 'needed' ? ', publish' : flow.publish === 'current' ? ', tag current' : '';
  return `${flow.status === 'new' ? 'new: would import' : flow.status === 'changed' ? 'changed: would import' : 'unchanged'}${publish}`;
};

export function formatDeployText(orgs: readonly RenderableOrg[], mode: 'plan' | 'deploy', dry: boolean): string {
  const lines: string[] = [];
  for (const org of orgs) {
    lines.push(`${org.tenant} (org ${org.orgId ?? '?'}): ${org.status === 'ok' ? 'ok' : 'FAILED'}${mode === 'deploy' && !dry ? `, ${org.writeCalls} write ${org.writeCalls === 1 ? 'call' : 'calls'}` : ''}`);
    for (const flow of org.flows) {
      lines.push(`  ${flow.flow} (${flow.flowType.toLowerCase()}): ${verb(flow, mode, dry)}`);
      if (flow.changes.length > 0) {
        const diff = formatDiffText([{ before: `${org.tenant}:${flow.flow} (org)`, after: 'build', changes: flow.changes }]);
        lines.push(...diff.trimEnd().split('\n').slice(1).map((l) => (l ? `  ${l}` : '')));
      }
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

export function formatDeployMarkdown(orgs: readonly RenderableOrg[], mode: 'plan' | 'deploy', dry: boolean): string {
  const rows = orgs.flatMap((org) =>
    org.flows.length === 0 ? [`| ${org.tenant} | — | ${org.status === 'ok' ? 'no flows' : '**failed**'} |`] : org.flows.map((f) => `| ${org.tenant} | ${f.flow} | ${org.status === 'ok' ? verb(f, mode, dry) : `**failed** (${verb(f, mode, dry)})`} |`),
  );
  const details = orgs.flatMap((org) => org.flows.filter((f) => f.changes.length > 0).map((f) => formatDiffMarkdown([{ before: `${org.tenant}: ${f.flow} in the org`, after: 'this build', changes: f.changes }])));
  return [`### flowgen ${mode}`, '', '| tenant | flow | result |', '|---|---|---|', ...rows, '', ...details].join('\n').trimEnd() + '\n';
}
