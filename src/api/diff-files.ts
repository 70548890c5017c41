/**
 * `flowgen diff` as library calls. Each side is a Webex export (JSON, template wrappers
 * unwrapped) or a flow definition (`*.flow.ts`), which is compiled in memory to its document
 * first, so a definition and its committed export compare like two exports. With a git revision,
 * the definition at that revision is written to a temporary file beside the working copy (so its
 * relative imports resolve as they did), loaded, and removed again whatever happens.
 *
 * Nothing here throws for a user's mistake: unreadable files, non-JSON, non-flows, definitions
 * with errors and git failures come back as diagnostics.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import { diffFlows } from '../diff/diff.js';
import { parseFlowText, type ParsedFlow } from '../diff/document.js';
import type { DiffReport } from '../diff/format/sections.js';
import { flowModel, unwrapFlowDocument, type FlowDocumentShape, type FlowModel } from '../diff/model.js';
import { loadDefinitionModule } from '../load/definition-module.js';
import { FLOW_FILE } from './build-files.js';
import { compileForTenant } from './build-tenants.js';
import { compileFlow } from './compile-flow.js';

export interface DiffOutcome {
  /** One report per compared pair; empty when any side failed. */
  reports: DiffReport[];
  /** The two documents of each report, in the same order (a picture of the change draws them). */
  documents: { before: FlowDocumentShape; after: FlowDocumentShape }[];
  diagnostics: Diagnostic[];
}

/** `path` as the user sees it: relative to where flowgen runs. */
const shown = (absolute: string, cwd: string): string => relative(cwd, absolute) || absolute;

/** Diagnostics name the file as the user knows it (`origin/main:flows/x.flow.ts`, not a temp file). */
function relocate(diagnostics: readonly Diagnostic[], from: string, to: string, cwd: string): Diagnostic[] {
  const swap = (file: string | undefined): string | undefined =>
    file === undefined || file === from || file === '<flow>' ? to : file.startsWith('/') ? shown(file, cwd) : file;
  return diagnostics.map((d) => ({
    ...d,
    location: { ...d.location, file: swap(d.location.file)! },
    ...(d.related ? { related: d.related.map((r) => ({ ...r, location: { ...r.location, file: swap(r.location.file)! } })) } : {}),
  }));
}

/** Compiles a definition module in memory; its document's model, or its errors. */
async function definitionModel(file: string, label: string, cwd: string, tenant?: string): Promise<ParsedFlow> {
  const loaded = await loadDefinitionModule(file);
  if (!loaded.definition) return { diagnostics: relocate(loaded.diagnostics, file, label, cwd) };
  // With a tenant, the definition is built with that tenant's values and forks (build --tenant).
  const forTenant = tenant === undefined ? undefined : await compileForTenant(loaded.definition, file, tenant, cwd);
  if (forTenant && !forTenant.compiled) return { diagnostics: relocate(forTenant.diagnostics, file, label, cwd) };
  const compiled = forTenant?.compiled ?? (await compileFlow(loaded.definition, { file }));
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
  const document = compiled.document === undefined ? undefined : unwrapFlowDocument(compiled.document);
  if (hasErrors(errors) || !document) return { diagnostics: relocate(sortDiagnostics(errors), file, label, cwd) };
  return { model: flowModel(document), document, diagnostics: [] };
}

/** The model of one side given by path: a definition module or a JSON export. */
export async function readFlowModel(path: string, cwd: string, tenant?: string): Promise<ParsedFlow> {
  const absolute = resolve(cwd, path);
  const label = shown(absolute, cwd);
  if (FLOW_FILE.test(absolute)) {
    try {
      readFileSync(absolute);
    } catch {
      return { diagnostics: [unreadable(label)] };
    }
    return definitionModel(absolute, label, cwd, tenant);
  }
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch {
    return { diagnostics: [unreadable(label)] };
  }
  return parseFlowText(text, label);
}

function unreadable(label: string): Diagnostic {
  return makeDiagnostic('FG004', { message: `"${label}" does not exist or cannot be read.`, location: { file: label }, hint: 'Check the path; run flowgen from the project root.' });
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
  if (!FLOW_FILE.test(absolute)) return { label, ...parseFlowText(content.stdout, label) };
  const name = basename(absolute);
  const ext = FLOW_FILE.exec(name)![0];
  const temp = join(directory, `.${name.slice(0, -ext.length)}.flowgen-diff-${process.pid}-${Date.now()}${ext}`);
  try {
    writeFileSync(temp, content.stdout);
    return { label, ...(await definitionModel(temp, label, cwd, tenant)) };
  } finally {
    rmSync(temp, { force: true });
  }
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
    diagnostics.push(...before.diagnostics, ...after.diagnostics);
    if (before.model && after.model) {
      reports.push({ before: before.label, after: shown(absolute, cwd), changes: diffFlows(before.model, after.model) });
      documents.push({ before: before.document ?? EMPTY_DOCUMENT, after: after.document ?? EMPTY_DOCUMENT });
    }
  }
  const sorted = sortDiagnostics(diagnostics);
  return { reports: hasErrors(sorted) ? [] : reports, documents: hasErrors(sorted) ? [] : documents, diagnostics: sorted };
}
