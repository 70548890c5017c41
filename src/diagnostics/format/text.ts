/**
 * Human-readable rendering, TypeScript style: `file:line:col - error FG102 unwired-port: message`,
 * then a code frame when the source text is available, then `hint:`. Colour only when asked
 * (the CLI asks on a TTY without NO_COLOR). Pure: no I/O.
 */
import { isSourceLocation, type Diagnostic } from '../diagnostic.js';

export interface TextFormatOptions {
  color?: boolean;
  /** Source text per file, for code frames. */
  sources?: ReadonlyMap<string, string>;
  /** Shown per file before "N more not shown". */
  maxDiagnostics?: number;
}

const paint = (on: boolean, code: string, text: string): string => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

function where(diagnostic: Diagnostic): string {
  const location = diagnostic.location;
  if (isSourceLocation(location)) return `${location.file}:${location.line}:${location.column}`;
  const parts = [location.file ?? '<flow>'];
  if (location.activity) parts.push(`activity "${location.activity}"`);
  if (location.path) parts.push(location.path);
  return parts.join(' ');
}

function codeFrame(source: string, line: number, column: number, color: boolean): string {
  const lines = source.split('\n');
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.length, line + 1);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const marker = n === line ? '>' : ' ';
    out.push(`${marker} ${String(n).padStart(width)} | ${lines[n - 1] ?? ''}`);
    if (n === line) out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1))}${paint(color, '31', '^')}`);
  }
  return out.join('\n');
}

export function formatText(diagnostics: readonly Diagnostic[], options: TextFormatOptions = {}): string {
  const color = options.color ?? false;
  const max = options.maxDiagnostics ?? 100;
  const perFile = new Map<string, number>();
  const hidden = new Map<string, number>();
  const blocks: string[] = [];
  for (const d of diagnostics) {
    const file = d.location.file ?? '';
    const shown = perFile.get(file) ?? 0;
    if (shown >= max) {
      hidden.set(file, (hidden.get(file) ?? 0) + 1);
      continue;
    }
    perFile.set(file, shown + 1);
    const severity = paint(color, d.severity === 'error' ? '31' : d.severity === 'warning' ? '33' : '36', d.severity);
    const lines = [`${paint(color, '36', where(d))} - ${severity} ${paint(color, '90', `${d.code} ${d.rule}`)}: ${d.message}`];
    const location = d.location;
    const source = isSourceLocation(location) ? options.sources?.get(location.file) : undefined;
    if (source !== undefined && isSourceLocation(location)) lines.push(codeFrame(source, location.line, location.column, color));
    for (const related of d.related ?? []) lines.push(`  ${related.message} (${where({ ...d, location: related.location })})`);
    if (d.hint) lines.push(`  hint: ${d.hint}`);
    blocks.push(lines.join('\n'));
  }
  for (const [file, count] of hidden) blocks.push(`${file || '<flow>'}: ${count} more not shown`);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  if (diagnostics.length > 0) blocks.push(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return blocks.join('\n\n') + (blocks.length ? '\n' : '');
}
