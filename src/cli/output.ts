/**
 * The CLI's one output policy, for every command (new commands call it too):
 *
 * - `--format text`: diagnostics to stderr (coloured on a TTY, or when FORCE_COLOR asks), what was
 *   done ("wrote …") and a command's payload to stdout.
 * - `--format github`: workflow annotations and payload to stdout, notes to stderr.
 * - `--format json`: stdout is exactly one JSON document, whatever the outcome:
 *   `{ "command", "exitCode", "diagnostics": [...], "messages": [...], ...results }`; nothing else
 *   is written to stdout (notes a person would read go into `messages`).
 *
 * Exit codes (house style §8): **0** clean, **1** diagnostics at error severity (with `--strict`,
 * warnings too: `strictened`), **2** usage mistakes and flowgen bugs (FG9xx): `exitCodeFor`. A
 * command whose 1 means something else (diff: the flows differ) says so and maps its errors to 2.
 * Colour: `useColor`, for every stream and command. Formats: `formatOption`.
 *
 * A command makes a `CommandOutput`, reports to it and calls `finish(exitCode)` once.
 */
import { readFileSync } from 'node:fs';
import { Option } from 'commander';
import { relative } from 'node:path';
import { isSourceLocation, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatGithub } from '../diagnostics/format/github.js';
import { formatJson } from '../diagnostics/format/json.js';
import { formatText } from '../diagnostics/format/text.js';
import { WriteFailure, writeFilesAtomically, type PendingFile } from '../util/write-atomic.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import { messages } from './messages.js';

export type OutputFormat = 'text' | 'json' | 'github';

/** Whether to colour text for `stream`: a TTY, or FORCE_COLOR (piped CI logs); never NO_COLOR or TERM=dumb. */
export function useColor(stream: NodeJS.WriteStream): boolean {
  if ('NO_COLOR' in process.env && process.env['NO_COLOR'] !== '') return false;
  const force = process.env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  return Boolean(stream.isTTY) && process.env['TERM'] !== 'dumb';
}

/** The `--format` option of a command: its formats, the first the default. */
export function formatOption(formats: readonly [string, ...string[]], description = 'diagnostics format'): Option {
  return new Option('--format <format>', description).choices(formats).default(formats[0]);
}

/** Whether a diagnostic is a bug in flowgen (FG9xx), which exits 2 whatever else was found. */
export const isInternal = (diagnostic: Diagnostic): boolean => diagnostic.code.startsWith('FG9');

/** The exit code diagnostics call for: 2 a flowgen bug among them, 1 an error, else 0. */
export function exitCodeFor(diagnostics: readonly Diagnostic[]): 0 | 1 | 2 {
  if (diagnostics.some(isInternal)) return 2;
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

/** `--strict`: every warning counts as an error (and is shown as one). */
export function strictened(diagnostics: readonly Diagnostic[], strict: boolean | undefined): Diagnostic[] {
  return strict ? diagnostics.map((d) => (d.severity === 'warning' ? { ...d, severity: 'error' as const } : d)) : [...diagnostics];
}

/** Diagnostics as text on stderr, for commands whose stdout is their document (a picture, a transcript, a report). */
export function reportToStderr(diagnostics: readonly Diagnostic[]): void {
  if (diagnostics.length > 0) process.stderr.write(renderDiagnostics(diagnostics, 'text', process.stderr));
}

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
  return formatText(diagnostics, { color: useColor(stream), sources });
}

export class CommandOutput {
  private readonly diagnostics: Diagnostic[] = [];
  private readonly notes: string[] = [];
  private readonly results: Record<string, unknown> = {};
  private finished = false;

  constructor(
    readonly command: string,
    readonly format: string,
    readonly quiet = false,
  ) {}

  get json(): boolean {
    return this.format === 'json';
  }

  /** Diagnostics: rendered at once in text and github, gathered into the document in json. */
  report(diagnostics: readonly Diagnostic[]): void {
    if (diagnostics.length === 0) return;
    if (this.json) this.diagnostics.push(...diagnostics);
    else if (this.format === 'github') process.stdout.write(formatGithub(diagnostics));
    else process.stderr.write(renderDiagnostics(diagnostics, 'text', process.stderr));
  }

  /** What was done, for a person ("wrote dist/X.json"): stdout unless quiet; `messages` in json. */
  info(line: string): void {
    if (this.json) this.notes.push(line);
    else if (!this.quiet) process.stdout.write(`${line}\n`);
  }

  /** A note about a failure ("nothing was written"): stderr; `messages` in json. */
  warn(line: string): void {
    if (this.json) this.notes.push(line);
    else process.stderr.write(`${line}\n`);
  }

  /**
   * A command's result. In json it becomes the field `key` of the document; otherwise `text`
   * (what a person reads: a diff, a definition) goes to stdout.
   */
  result(key: string, value: unknown, text?: string): void {
    if (this.json) this.results[key] = value;
    else if (text !== undefined) process.stdout.write(text);
  }

  /** Ends the command: in json, writes the one document. Returns the exit code, for `setExit`. */
  finish(exitCode: number): number {
    if (this.finished) return exitCode;
    this.finished = true;
    if (this.json) {
      const document = { command: this.command, exitCode, diagnostics: this.diagnostics, messages: this.notes, ...this.results };
      process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
    }
    return exitCode;
  }
}

/** A path as the user sees it: relative to where flowgen runs. */
export const shownPath = (path: string): string => relative(process.cwd(), path) || path;

/**
 * Writes a command's outputs all or nothing and lists them; with `root`, as one transaction on
 * that directory (crash- and concurrency-safe, see util/write-atomic.ts). Returns false, having said what went
 * wrong and what was already written, when the write failed.
 */
export function writeOutputs(files: readonly PendingFile[], output: CommandOutput | boolean = false, root?: string): boolean {
  // A pause between write steps lets the crash-safety tests kill a build between two of them.
  const pauseMs = Number(process.env['FLOWGEN_TEST_WRITE_PAUSE_MS'] ?? 0) || 0;
  // The older form, writeOutputs(files, quiet), for commands not yet on CommandOutput.
  if (typeof output === 'boolean') output = new CommandOutput('', 'text', output);
  try {
    writeFilesAtomically(files, { ...(root === undefined ? {} : { root }), pauseMs });
    outputsWritten = true;
  } catch (error) {
    output.warn(messages.writeFailed(error instanceof Error ? error.message : String(error), error instanceof WriteFailure ? error.written : []));
    return false;
  }
  for (const file of files) output.info(`wrote ${shownPath(file.path)}`);
  output.result('written', files.map((f) => shownPath(f.path)));
  return true;
}

let outputsWritten = false;
/**
 * What a run that ends early (a usage mistake, a bug in flowgen: exit 2) says about the output
 * files: nothing was written, unless a write had already completed.
 */
export const earlyExitNote = (): string[] => (outputsWritten ? [] : ['flowgen: nothing was written.']);

/** Whether the command line asks for `--format json` (read before commander has parsed it). */
export function jsonRequested(argv: readonly string[]): boolean {
  return argv.some((arg, i) => arg === '--format=json' || (arg === '--format' && argv[i + 1] === 'json'));
}

/** A failure outside any command (a usage mistake, a bug in flowgen) as the one JSON document. */
export function failAsJson(code: 'FG015' | 'FG901', message: string, exitCode: number): never {
  const command = process.argv[2] && !process.argv[2].startsWith('-') ? process.argv[2] : '';
  const hint = code === 'FG015' ? 'Run `flowgen <command> --help` for its arguments and options.' : 'This is a bug in flowgen; please report it with the command you ran.';
  const diagnostic = makeDiagnostic(code, { message, location: { file: '<command line>' }, hint });
  process.stdout.write(`${JSON.stringify({ command, exitCode, diagnostics: [diagnostic], messages: earlyExitNote() }, null, 2)}\n`);
  process.exit(exitCode);
}
