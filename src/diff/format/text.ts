/**
 * The terminal rendering of flow diffs: per compared pair a header, a summary line, then one
 * line per change under its section, marked `+`, `-` or `~`. Colour only when asked (the CLI
 * asks on a TTY without NO_COLOR). Pure.
 */
import { inSection, marker, sections, summarize, type DiffReport } from './sections.js';

export interface DiffTextOptions {
  color?: boolean;
}

const paint = (on: boolean, code: string, text: string): string => (on ? `\u001b[${code}m${text}\u001b[0m` : text);
const markerColour = { '+': '32', '-': '31', '~': '33' } as const;

export function formatDiffText(reports: readonly DiffReport[], options: DiffTextOptions = {}): string {
  const color = options.color ?? false;
  const blocks: string[] = [];
  for (const report of reports) {
    const lines = [paint(color, '1', `${report.before} → ${report.after}`)];
    if (report.changes.length === 0) {
      lines.push('  no differences');
      blocks.push(lines.join('\n'));
      continue;
    }
    lines.push(`  ${report.changes.length} ${report.changes.length === 1 ? 'change' : 'changes'}: ${summarize(report.changes)}`);
    for (const section of sections) {
      const changes = inSection(report.changes, section);
      if (changes.length === 0) continue;
      lines.push('', paint(color, '1', `  ${section.title}`));
      for (const change of changes) {
        const m = marker(change.kind);
        lines.push(`    ${paint(color, markerColour[m], m)} ${change.description}`);
      }
    }
    blocks.push(lines.join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}
