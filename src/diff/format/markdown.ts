/**
 * The pull-request comment rendering of flow diffs (GitHub-flavoured markdown): per compared pair
 * a heading, a summary line, a table of setting changes and a list per other section. Names and
 * values are escaped so a `|` or `<` in a TTS text cannot break the table or inject HTML. Pure.
 */
import type { Change } from '../diff.js';
import { inSection, sections, summarize, type DiffReport } from './sections.js';

const escapeInline = (text: string): string => text.replace(/\\/g, '\\\\').replace(/</g, '&lt;').replace(/[\r\n]+/g, ' ');
const escapeCell = (text: string): string => escapeInline(text).replace(/\|/g, '\\|');
const code = (text: string): string => `\`${text.replace(/`/g, "'")}\``;

function settingRow(change: Change): string {
  const description = change.description;
  // The description is `Subject: label changed: old → new`; the table shows the part after the subject.
  const detail = description.slice(description.indexOf(': ') + 2);
  return `| ${code(change.activity ?? 'flow')} | ${escapeCell(detail)} |`;
}

export interface DiffMarkdownOptions {
  /** A Mermaid diagram of a pair's change (flowgen graph's), put under its summary line. */
  diagram?: (report: DiffReport, index: number) => string | undefined;
}

export function formatDiffMarkdown(reports: readonly DiffReport[], options: DiffMarkdownOptions = {}): string {
  const blocks: string[] = [];
  const total = reports.reduce((n, r) => n + r.changes.length, 0);
  blocks.push(
    `## flowgen diff\n\n${total === 0 ? 'No changes a caller would notice.' : `**${total} ${total === 1 ? 'change' : 'changes'}** in ${reports.filter((r) => r.changes.length > 0).length} of ${reports.length} ${reports.length === 1 ? 'flow' : 'flows'}.`}`,
  );
  for (const [index, report] of reports.entries()) {
    const lines = [`### ${code(report.after)}`, '', `Compared with ${code(report.before)}.`];
    if (report.changes.length === 0) {
      lines.push('', 'No differences.');
      blocks.push(lines.join('\n'));
      continue;
    }
    lines.push('', `**${report.changes.length} ${report.changes.length === 1 ? 'change' : 'changes'}**: ${summarize(report.changes)}.`);
    const diagram = options.diagram?.(report, index);
    if (diagram) lines.push('', '```mermaid', diagram.trimEnd(), '```');
    for (const section of sections) {
      const changes = inSection(report.changes, section);
      if (changes.length === 0) continue;
      lines.push('', `#### ${section.title}`, '');
      if (section.title === 'Settings') {
        lines.push('| activity | change |', '|---|---|', ...changes.map(settingRow));
      } else {
        lines.push(...changes.map((c) => `- ${escapeInline(c.description)}`));
      }
    }
    blocks.push(lines.join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}
