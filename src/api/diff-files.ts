/**
 * `flowgen diff` as library calls. Each side is a Webex export (JSON, template wrappers
 * unwrapped) or a flow definition (`*.flow.ts`), which is compiled in memory to its document
 * first, so a definition and its committed export compare like two exports. With a git revision,
 * the definition at that revision is written to a temporary dot file beside the working copy (so
 * its relative imports resolve as they did; the input finders skip dot files), loaded, and removed
 * again whatever happens, Ctrl-C and SIGTERM included.
 *
 * Nothing here throws for a user's mistake: unreadable files, non-JSON, non-flows, definitions
 * with errors and git failures come back as diagnostics.
 */
import { spawnSync } from 'node:child_process';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import { diffFlows } from '../diff/diff.js';
import { parseFlowText, type ParsedFlow } from '../diff/document.js';
import type { DiffReport } from '../diff/format/sections.js';
import { flowModel, type FlowDocumentShape, type FlowModel } from '../diff/model.js';
import { flowFileKind, readExportFile } from '../load/flow-file.js';
import { withTemporaryFile } from '../util/temp-files.js';
import { builtDocument, unreadableFlowFile } from './flow-file.js';
import { appendAll } from '../util/append-all.js';

export interface DiffOutcome {
  /** One report per compared pair; empty when any side failed. */
  reports: DiffReport[];
  /** The two documents of each report, in the same order (a picture of the change draws them). */
  documents: { before: FlowDocumentShape; after: FlowDocumentShape }[];
  diagnostics: Diagnostic[];
}

/** `path` as the user sees it: relative to where flowgen runs. */
const shown = (absolute: string, cwd: string): string => relative(cwd, absolute) || absolute;

/**
 * Compiles a definition (module or YAML flow) in memory, with the tenant's values and forks when
 * one is named (build --tenant); its document's model, or its errors.
 */
async function definitionModel(file: string, label: string, cwd: string, tenant?: string): Promise<ParsedFlow> {
  const built = await builtDocument(file, label, cwd, tenant);
  return built.document ? { model: flowModel(built.document), document: built.document, diagnostics: [] } : { diagnostics: built.diagnostics };
}

/** The model of one side given by path: a definition module, a YAML flow or a JSON export. */
export async function readFlowModel(path: string, cwd: string, tenant?: string): Promise<ParsedFlow> {
  const absolute = resolve(cwd, path);
  const label = shown(absolute, cwd);
  if (flowFileKind(absolute) === 'definition' || flowFileKind(absolute) === 'yaml') return definitionModel(absolute, label, cwd, tenant);
  const read = readExportFile(absolute, label);
  if (read.text === undefined) return { diagnostics: read.diagnostics.map((d) => (d.code === 'FG004' ? unreadableFlowFile(label) : d)) };
  return parseFlowText(read.text, label);
}

/** `flowgen diff A B`. */
export async function diffFlowFiles(a: string, b: string, cwd: string, tenant?: string): Promise<DiffOutcome> {
  const [before, after] = [await readFlowModel(a, cwd, tenant), await readFlowModel(b, cwd, tenant)];
  const diagnostics = sortDiagnostics([...before.diagnostics, ...after.diagnostics]);
  if (!before.model || !after.model) return { reports: [], documents: [], diagnostics };
  return {
    reports: [{ before: shown(resolve(cwd, a), cwd), after: shown(resolve(cwd, b), cwd), changes: diffFlows(before.model, after.model) }],
    documents: [{ before: before.document ?? EMPTY_DOCUMENT, after: after.document ?? EMPTY_DOCUMENT }],
    diagnostics,
  };
}

const EMPTY_DOCUMENT: FlowDocumentShape = { process: { activities: {}, links: [] } };
const EMPTY_FLOW: FlowModel = flowModel(EMPTY_DOCUMENT);

interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

function git(args: readonly string[], cwd: string): GitResult {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error) return { ok: false, stdout: '', stderr: result.error.message };
  return { ok: result.status === 0, stdout: result.stdout, stderr: result.stderr };
}

function gitFailure(message: string, file: string, detail: string): Diagnostic {
  const first = detail.split('\n').find((l) => l.trim() !== '')?.replace(/^fatal: /, '');
  return makeDiagnostic('FG603', {
    message: first ? `${message} (git: ${first}).` : `${message}.`,
    location: { file },
    hint: 'Run flowgen inside a git work tree and name a revision git knows (a branch, tag or commit; fetch it first in CI).',
  });
}

/** The model of `absolute` as committed at `rev`; an empty flow when the file is new since `rev`. */
async function modelAtRevision(rev: string, absolute: string, cwd: string, tenant?: string): Promise<ParsedFlow & { label: string }> {
  const directory = dirname(absolute);
  const label = `${rev}:${shown(absolute, cwd)}`;
  // A revision that looks like an option would be read by git as one.
  if (rev.startsWith('-') || !git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], directory).ok) {
    const inside = git(['rev-parse', '--is-inside-work-tree'], directory);
    return { label, diagnostics: [gitFailure(inside.ok ? `"${rev}" is not a revision git knows` : `"${shown(absolute, cwd)}" is not in a git work tree`, shown(absolute, cwd), inside.ok ? '' : inside.stderr)] };
  }
  const content = git(['show', `${rev}:./${basename(absolute)}`], directory);
  if (!content.ok) {
    if (/does not exist in|exists on disk, but not in/.test(content.stderr)) return { label: `${label} (new file)`, model: EMPTY_FLOW, document: EMPTY_DOCUMENT, diagnostics: [] };
    return { label, diagnostics: [gitFailure(`git could not show "${label}"`, shown(absolute, cwd), content.stderr)] };
  }
  const kind = flowFileKind(absolute);
  if (kind !== 'definition' && kind !== 'yaml') return { label, ...parseFlowText(content.stdout, label) };
  const name = basename(absolute);
  const ext = /\.flow\.[a-z]+$/.exec(name)![0];
  const temp = join(directory, `.${name.slice(0, -ext.length)}.flowgen-diff-${process.pid}-${Date.now()}${ext}`);
  return { label, ...(await withTemporaryFile(temp, content.stdout, () => definitionModel(temp, label, cwd, tenant))) };
}

/** `flowgen diff --git REV -- paths…`: each path at `rev` against the working tree. */
export async function diffAtRevision(rev: string, paths: readonly string[], cwd: string, tenant?: string): Promise<DiffOutcome> {
  const reports: DiffReport[] = [];
  const documents: DiffOutcome['documents'] = [];
  const diagnostics: Diagnostic[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const after = await readFlowModel(path, cwd, tenant);
    const before = await modelAtRevision(rev, absolute, cwd, tenant);
    appendAll(appendAll(diagnostics, before.diagnostics), after.diagnostics);
    if (before.model && after.model) {
      reports.push({ before: before.label, after: shown(absolute, cwd), changes: diffFlows(before.model, after.model) });
      documents.push({ before: before.document ?? EMPTY_DOCUMENT, after: after.document ?? EMPTY_DOCUMENT });
    }
  }
  const sorted = sortDiagnostics(diagnostics);
  return { reports: hasErrors(sorted) ? [] : reports, documents: hasErrors(sorted) ? [] : documents, diagnostics: sorted };
}
