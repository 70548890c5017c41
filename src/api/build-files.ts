/**
 * `flowgen build` as a library call: finds flow definition files, compiles all of them and, only
 * when none has an error, returns the files to write (`<out>/<FlowName>.json` and
 * `<FlowName>.connectors.json`). The caller writes them atomically; this function writes nothing.
 */
import { join, relative, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import { DEFINITION_FILE, findFlowFiles, flowFileKind } from '../load/flow-file.js';
import type { PendingFile } from '../util/write-atomic.js';
import type { CompiledFlow } from './compile-flow.js';
import { compileFlowFile } from './flow-file.js';
import { appendAll } from '../util/append-all.js';

/** Matches the file names of definition modules (kept here for callers that imported it from build). */
export const FLOW_FILE = DEFINITION_FILE;

export interface BuildOptions {
  /** Files or directories; empty means `flows/` under `cwd`. */
  paths: readonly string[];
  outDir: string;
  cwd: string;
}

export interface BuildResult {
  flows: CompiledFlow[];
  files: PendingFile[];
  diagnostics: Diagnostic[];
}

export { findFlowFiles };

export async function buildFlowFiles(options: BuildOptions): Promise<BuildResult> {
  const found = findFlowFiles(options.paths, options.cwd);
  const diagnostics = [...found.diagnostics];
  const flows: CompiledFlow[] = [];
  const display = (file: string): string => relative(options.cwd, file) || file;
  for (const file of found.files) {
    const kind = flowFileKind(file);
    if (kind === undefined) {
      diagnostics.push(
        makeDiagnostic('FG019', {
          message: `"${display(file)}" is not a flow definition.`,
          location: { file: display(file) },
          hint: 'build takes flow definitions named *.flow.ts, *.flow.mts, *.flow.js, *.flow.mjs or *.flow.yaml (and folders of them); rename the file if it is one.',
        }),
      );
      continue;
    }
    if (kind === 'export') {
      diagnostics.push(
        makeDiagnostic('FG002', {
          message: `"${display(file)}" is JSON, not a flow definition.`,
          location: { file: display(file) },
          hint: 'build takes *.flow.ts and *.flow.yaml; turn a Flow Designer export into a definition with `flowgen import`, or check it with `flowgen validate`.',
        }),
      );
      continue;
    }
    const built = await compileFlowFile(file, display(file), options.cwd);
    if (built.compiled) flows.push(built.compiled);
    appendAll(diagnostics, built.diagnostics);
  }
  const owners = new Map<string, string>();
  for (const flow of flows) {
    const earlier = owners.get(flow.name);
    if (earlier !== undefined) {
      diagnostics.push(
        makeDiagnostic('FG012', {
          message: `Two definitions build a flow named "${flow.name}".`,
          location: { file: display(flow.ir?.file ?? '') },
          hint: `Rename one of them; "${display(earlier)}" builds it too.`,
        }),
      );
    }
    owners.set(flow.name, flow.ir?.file ?? '');
  }
  const sorted = sortDiagnostics(diagnostics);
  if (hasErrors(sorted)) return { flows, files: [], diagnostics: sorted };
  const outDir = resolve(options.cwd, options.outDir);
  const files: PendingFile[] = [];
  for (const flow of flows) {
    files.push({ path: join(outDir, `${flow.name}.json`), contents: flow.text! });
    files.push({ path: join(outDir, `${flow.name}.connectors.json`), contents: flow.connectorsText! });
  }
  return { flows, files, diagnostics: sorted };
}
