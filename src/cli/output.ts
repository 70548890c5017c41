/** Rendering diagnostics for the terminal: the formatter chosen by `--format`, colour on a TTY only. */
import { readFileSync } from 'node:fs';
import { isSourceLocation, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatGithub } from '../diagnostics/format/github.js';
import { formatJson } from '../diagnostics/format/json.js';
import { formatText } from '../diagnostics/format/text.js';
import { WriteFailure, writeFilesAtomically, type PendingFile } from '../util/write-atomic.js';
import { messages } from './messages.js';

export type OutputFormat = 'text' | 'json' | 'github';

export function renderDiagnostics(diagnostics: readonly Diagnostic[], format: OutputFormat, stream: NodeJS.WriteStream): string {
  if (format === 'json') return formatJson(diagnostics);
  if (format === 'github') return formatGithub(diagnostics);
  const sources = new Map<string, string>();
  for (const d of diagnostics) {
    const location = d.location;
    if (!isSourceLocation(location) || sources.has(location.file)) continue;
    try {
      sources.set(location.file, readFileSync(location.file, 'utf8'));
    } catch {
      // A frame without source text is still a useful diagnostic.
    }
  }
  const color = Boolean(stream.isTTY) && !('NO_COLOR' in process.env) && process.env['TERM'] !== 'dumb';
  return formatText(diagnostics, { color, sources });
}

/**
 * Writes a command's outputs all or nothing and lists them (unless quiet); with `root`, as one
 * transaction on that directory (crash- and concurrency-safe, see util/write-atomic.ts). Returns false, having
 * said what went wrong and what was already written, when the write failed.
 */
export function writeOutputs(files: readonly PendingFile[], quiet = false, root?: string): boolean {
  // A pause between write steps lets the crash-safety tests kill a build between two of them.
  const pauseMs = Number(process.env['FLOWGEN_TEST_WRITE_PAUSE_MS'] ?? 0) || 0;
  try {
    writeFilesAtomically(files, { ...(root === undefined ? {} : { root }), pauseMs });
  } catch (error) {
    process.stderr.write(`${messages.writeFailed(error instanceof Error ? error.message : String(error), error instanceof WriteFailure ? error.written : [])}\n`);
    return false;
  }
  if (!quiet) for (const file of files) process.stdout.write(`wrote ${file.path.replace(`${process.cwd()}/`, '')}\n`);
  return true;
}
