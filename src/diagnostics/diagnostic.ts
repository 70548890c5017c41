/**
 * The one diagnostic shape used everywhere (house style §4): a stable code, a rule name, a
 * severity, one sentence, a location the author can click, related locations and a hint.
 * Diagnostics are values: passes collect them, `sortDiagnostics` orders them, formatters print them.
 */

/** A place in an author's source file (1-based line and column). */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/** A place inside a flow: the activity an admin sees on the canvas and/or a JSON path. */
export interface FlowLocation {
  file?: string;
  activity?: string;
  path?: string;
}

export type Location = SourceLocation | FlowLocation;

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  code: `FG${string}`;
  rule: string;
  severity: Severity;
  message: string;
  location: Location;
  related?: { message: string; location: Location }[];
  hint?: string;
  data?: Record<string, string | number>;
}

export function isSourceLocation(location: Location): location is SourceLocation {
  return 'line' in location && typeof location.line === 'number';
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders diagnostics by file, line, column, severity, code, then message (vfile-sort). */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => {
    const la = a.location;
    const lb = b.location;
    return (
      compareStrings(la.file ?? '', lb.file ?? '') ||
      (isSourceLocation(la) ? la.line : 0) - (isSourceLocation(lb) ? lb.line : 0) ||
      (isSourceLocation(la) ? la.column : 0) - (isSourceLocation(lb) ? lb.column : 0) ||
      compareStrings('activity' in la ? (la.activity ?? '') : '', 'activity' in lb ? (lb.activity ?? '') : '') ||
      severityRank[a.severity] - severityRank[b.severity] ||
      compareStrings(a.code, b.code) ||
      compareStrings(a.message, b.message)
    );
  });
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
