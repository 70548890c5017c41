/**
 * The files a command's path arguments name: files as given, directories expanded by the caller's
 * rule; a missing path is FG004 and finding nothing at all is FG003 (with the caller's words).
 * Defaults to `flows/`, sorted, each file once.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import { INPUT_LIMITS } from '../util/input-limits.js';

export interface InputRule {
  /** The files a directory contributes. */
  expand(directory: string): string[];
  /** What FG003 says when nothing was found, e.g. "flow definitions (*.flow.ts)". */
  what: string;
  hint: string;
}

export function findInputFiles(paths: readonly string[], cwd: string, rule: InputRule): { files: string[]; diagnostics: Diagnostic[] } {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const inputs = paths.length ? paths : ['flows'];
  for (const input of inputs) {
    const absolute = resolve(cwd, input);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      diagnostics.push(makeDiagnostic('FG004', { message: `"${input}" does not exist.`, location: { file: input }, hint: 'Check the path; run flowgen from the project root.' }));
      continue;
    }
    if (stats.isDirectory()) files.push(...rule.expand(absolute));
    else files.push(absolute);
  }
  if (files.length === 0 && diagnostics.length === 0) {
    diagnostics.push(
      makeDiagnostic('FG003', {
        message: `No ${rule.what} found in ${inputs.map((i) => `"${i}"`).join(', ')}.`,
        location: { file: inputs[0]! },
        hint: rule.hint,
      }),
    );
  }
  const unique = [...new Set(files)];
  if (unique.length > INPUT_LIMITS.files) {
    // Refused whole, before any is read: a command over a million stray files would otherwise
    // spend minutes and unbounded memory before saying anything.
    diagnostics.push(
      makeDiagnostic('FG077', {
        message: `${inputs.map((i) => `"${i}"`).join(', ')} hold ${unique.length} ${rule.what}, more than the ${INPUT_LIMITS.files} flowgen reads in one command.`,
        location: { file: inputs[0]! },
        hint: 'Name the folders or files to read, or run flowgen once per folder.',
        data: { files: unique.length, limit: INPUT_LIMITS.files },
      }),
    );
    return { files: [], diagnostics };
  }
  return { files: unique, diagnostics };
}
