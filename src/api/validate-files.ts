/**
 * `flowgen validate` as a library call: checks flow definitions (`*.flow.ts`, loaded and compiled
 * in memory as `build` does, writing nothing) and Webex flow exports (`*.json`, imported with
 * `importWebexFlow`) with the same rules (`validateFlow`). A directory means both kinds inside it,
 * searched recursively (dot folders and node_modules skipped). Never throws for any input:
 * unreadable files (FG004), files over 10 MB (FG023; Flow Designer's own import limit,
 * docs/webex-activities-and-api.md §4, so a 50 MB file is refused before it is read), malformed
 * JSON or binary junk (FG021), a wrong shape (FG020) and a definition that throws (FG001) are
 * diagnostics; a crash inside flowgen becomes FG901 for that file and the others still run.
 * Diagnostics about an exported activity carry its name and its JSON path in the export.
 * Import's FG030 (kept as a raw activity) is about flowgen's model, not the flow, and is left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Diagnostic, FlowLocation } from '../diagnostics/diagnostic.js';
import { isSourceLocation, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import { importWebexFlow, parseExportText } from '../import/webex/import.js';
import { flowFileKind } from '../load/flow-file.js';
import { validateFlow } from '../validate/index.js';
import { compileFlowFile } from './flow-file.js';
import { findInputFiles } from '../load/input-files.js';
import { readInputFile } from '../load/read-input.js';
import { INPUT_LIMITS } from '../util/input-limits.js';
import { thrownText } from '../util/scalar-text.js';
import { appendAll } from '../util/append-all.js';

/** Flow Designer refuses imports over 10 MB; flowgen reads no more than that (`INPUT_LIMITS`). */
export const MAX_EXPORT_BYTES = INPUT_LIMITS.bytes;
const MAX_DIRECTORY_DEPTH = 16;

export interface ValidateOptions {
  /** Files or directories; empty means `flows/` under `cwd`. */
  paths: readonly string[];
  cwd: string;
  /** Largest JSON file read, in bytes. @default MAX_EXPORT_BYTES */
  maxBytes?: number;
}

export interface ValidateResult {
  /** The files checked, relative to `cwd`. */
  files: string[];
  diagnostics: Diagnostic[];
}

// `<name>.webex.json` beside an imported definition is its shape file, not an export.
const isExport = (file: string): boolean => file.endsWith('.json') && !file.endsWith('.webex.json');
/** flowgen's own JSON that is not a flow: an import's shape file, a build's connector manifest. */
const ownFile = (file: string): 'shape' | 'connectors' | undefined => (file.endsWith('.webex.json') ? 'shape' : file.endsWith('.connectors.json') ? 'connectors' : undefined);

/**
 * A shape file or connector manifest is checked for what it is (JSON of the right outline), not as
 * a flow export: `flowgen validate dist` passes on flowgen's own output. A `.connectors.json` that
 * is not a manifest is checked as the export it may be.
 */
function validateOwnFile(file: string, shown: string, kind: 'shape' | 'connectors'): Diagnostic[] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if (kind === 'connectors') return undefined;
    return [makeDiagnostic('FG021', { message: `"${shown}" is not valid JSON: ${error instanceof Error ? error.message : String(error)}.`, location: { file: shown }, hint: 'Import the export again (flowgen import --force) to rewrite the shape file.' })];
  }
  if (kind === 'connectors') return isObject(value) && typeof value['flow'] === 'string' && Array.isArray(value['connectors']) ? [] : undefined;
  if (isObject(value) && isObject(value['envelope']) && isObject(value['activities'])) return [];
  return [makeDiagnostic('FG020', { message: `"${shown}" is not a flowgen shape file (it needs "envelope" and "activities").`, location: { file: shown }, hint: 'A shape file is written by flowgen import beside its definition; import the export again to rewrite it.' })];
}

function collect(dir: string, depth: number, into: string[]): void {
  if (depth > MAX_DIRECTORY_DEPTH) return;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) collect(path, depth + 1, into);
    else if (entry.isFile() && (flowFileKind(entry.name) === 'definition' || flowFileKind(entry.name) === 'yaml' || isExport(entry.name))) into.push(path);
  }
}

/** The files `paths` name: files as given, directories searched for definitions and exports. */
export function findValidateFiles(paths: readonly string[], cwd: string): { files: string[]; diagnostics: Diagnostic[] } {
  return findInputFiles(paths, cwd, {
    expand: (directory) => {
      const found: string[] = [];
      collect(directory, 0, found);
      return found;
    },
    what: 'flow definitions (*.flow.ts, *.flow.yaml) or exports (*.json)',
    hint: 'Pass flow definition files, Flow Designer exports, or folders holding them.',
  });
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Activity name → its JSON path in the export, for locations an admin can find. */
function activityPaths(document: unknown): Map<string, string> {
  const paths = new Map<string, string>();
  let doc = document;
  let prefix = '$';
  if (isObject(doc) && typeof doc['flow'] === 'string') {
    try {
      doc = JSON.parse(doc['flow']);
      prefix = '$.flow';
    } catch {
      return paths;
    }
  }
  if (!isObject(doc)) return paths;
  const add = (process: unknown, at: string): void => {
    if (!isObject(process) || !isObject(process['activities'])) return;
    for (const [id, activity] of Object.entries(process['activities'])) {
      if (isObject(activity) && typeof activity['name'] === 'string' && !paths.has(activity['name'])) paths.set(activity['name'], `${prefix}.${at}.activities[${JSON.stringify(id)}]`);
    }
  };
  add(doc['process'], 'process');
  const events = isObject(doc['eventFlows']) && isObject(doc['eventFlows']['eventsMap']) ? doc['eventFlows']['eventsMap']['GLOBAL_EVENTS'] : undefined;
  if (isObject(events)) add(events['process'], 'eventFlows.eventsMap.GLOBAL_EVENTS.process');
  return paths;
}

function locateInExport(diagnostic: Diagnostic, paths: ReadonlyMap<string, string>, shown: string): Diagnostic {
  const location = diagnostic.location;
  if (isSourceLocation(location)) return diagnostic;
  const flowLocation: FlowLocation = { ...location, file: shown };
  const base = location.activity !== undefined ? paths.get(location.activity) : undefined;
  if (base && (location.path === undefined || !location.path.startsWith('$'))) flowLocation.path = location.path ? `${base}.${location.path}` : base;
  else if (location.path?.startsWith('variables.')) flowLocation.path = `$.variables[?(@.name == ${JSON.stringify(location.path.slice('variables.'.length))})]`;
  return { ...diagnostic, location: flowLocation };
}

function internalError(error: unknown, shown: string): Diagnostic {
  return makeDiagnostic('FG901', {
    message: `flowgen failed while checking "${shown}": ${thrownText(error)}.`,
    location: { file: shown },
    hint: 'This is a bug in flowgen; please report it with the file.',
  });
}

function validateExport(file: string, shown: string, maxBytes: number): Diagnostic[] {
  const { text, diagnostics } = readInputFile(file, shown, maxBytes);
  if (text === undefined) return diagnostics;
  return validateExportText(text, shown);
}

/** Validates an export's text (what `validate` does with a `*.json` file once it is read). */
export function validateExportText(text: string, shown: string): Diagnostic[] {
  const parsed = parseExportText(text, shown);
  if (parsed.document === undefined) return parsed.diagnostics;
  const imported = importWebexFlow(parsed.document, shown);
  const diagnostics = imported.diagnostics.filter((d) => d.code !== 'FG030');
  if (imported.ir) appendAll(diagnostics, validateFlow(imported.ir).diagnostics);
  const paths = activityPaths(parsed.document);
  return diagnostics.map((d) => locateInExport(d, paths, shown));
}


export async function validateFiles(options: ValidateOptions): Promise<ValidateResult> {
  const found = findValidateFiles(options.paths, options.cwd);
  const diagnostics = [...found.diagnostics];
  const files: string[] = [];
  for (const file of found.files) {
    const shown = relative(options.cwd, file) || file;
    files.push(shown);
    try {
      const own = ownFile(file);
      const asOwn = own ? validateOwnFile(file, shown, own) : undefined;
      if (asOwn) appendAll(diagnostics, asOwn);
      else appendAll(diagnostics, flowFileKind(file) === 'export' ? validateExport(file, shown, options.maxBytes ?? MAX_EXPORT_BYTES) : (await compileFlowFile(file, shown, options.cwd)).diagnostics);
    } catch (error) {
      diagnostics.push(internalError(error, shown));
    }
  }
  return { files, diagnostics: sortDiagnostics(diagnostics) };
}
