/**
 * `flowgen build` as a library call: finds flow definition files, compiles all of them and, only
 * when none has an error, returns the files to write (`<out>/<FlowName>.json` and
 * `<FlowName>.connectors.json`). The caller writes them atomically; this function writes nothing.
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import { loadDefinitionModule } from '../load/definition-module.js';
import { findInputFiles } from '../load/input-files.js';
import { loadYamlFlowFile, YAML_FLOW_FILE } from '../load/yaml-flow.js';
import type { PendingFile } from '../util/write-atomic.js';
import { compileFlow, compileIr, type CompiledFlow } from './compile-flow.js';

export const FLOW_FILE = /\.flow\.(ts|mts|js|mjs)$/;

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

/** Flow definition files named by `paths` (directories are searched one level deep), sorted. */
export function findFlowFiles(paths: readonly string[], cwd: string): { files: string[]; diagnostics: Diagnostic[] } {
  return findInputFiles(paths, cwd, {
    // Dot files are hidden (editors' lock files, diff --git's temporary copies), as validate skips them.
    expand: (directory) =>
      readdirSync(directory).sort().filter((entry) => !entry.startsWith('.') && (FLOW_FILE.test(entry) || YAML_FLOW_FILE.test(entry))).map((entry) => join(directory, entry)),
    what: 'flow definitions (*.flow.ts or *.flow.yaml)',
    hint: 'Name flow files like flows/my-flow.flow.ts (or .flow.yaml), or pass their paths.',
  });
}

export async function buildFlowFiles(options: BuildOptions): Promise<BuildResult> {
  const found = findFlowFiles(options.paths, options.cwd);
  const diagnostics = [...found.diagnostics];
  const flows: CompiledFlow[] = [];
  const display = (file: string): string => relative(options.cwd, file) || file;
  for (const file of found.files) {
    if (!file.endsWith('.json') && !FLOW_FILE.test(file) && !YAML_FLOW_FILE.test(file)) {
      diagnostics.push(
        makeDiagnostic('FG019', {
          message: `"${display(file)}" is not a flow definition.`,
          location: { file: display(file) },
          hint: 'build takes flow definitions named *.flow.ts, *.flow.mts, *.flow.js, *.flow.mjs or *.flow.yaml (and folders of them); rename the file if it is one.',
        }),
      );
      continue;
    }
    if (file.endsWith('.json')) {
      diagnostics.push(
        makeDiagnostic('FG002', {
          message: `"${display(file)}" is JSON, not a flow definition.`,
          location: { file: display(file) },
          hint: 'build takes *.flow.ts and *.flow.yaml; turn a Flow Designer export into a definition with `flowgen import`, or check it with `flowgen validate`.',
        }),
      );
      continue;
    }
    if (YAML_FLOW_FILE.test(file)) {
      const yaml = loadYamlFlowFile(file);
      const compiled = yaml.ir && !hasErrors(yaml.diagnostics) ? await compileIr(yaml.ir, {}, yaml.diagnostics) : undefined;
      if (compiled) flows.push(compiled);
      diagnostics.push(...(compiled?.diagnostics ?? yaml.diagnostics).map((d) => relocate(d, file, display(file))));
      continue;
    }
    const loaded = await loadDefinitionModule(file);
    diagnostics.push(...loaded.diagnostics.map((d) => relocate(d, file, display(file))));
    if (!loaded.definition) continue;
    const compiled = await compileFlow(loaded.definition, { file });
    flows.push(compiled);
    diagnostics.push(...compiled.diagnostics.map((d) => relocate(d, file, display(file))));
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

/** Shows file paths relative to where the user ran flowgen. */
function relocate(diagnostic: Diagnostic, absolute: string, shown: string): Diagnostic {
  const swap = (file: string | undefined) => (file === absolute || file === undefined || file === '<flow>' ? shown : file.startsWith('/') ? relativeOrSame(file, absolute, shown) : file);
  const location = { ...diagnostic.location, file: swap(diagnostic.location.file) };
  const related = diagnostic.related?.map((r) => ({ ...r, location: { ...r.location, file: swap(r.location.file) } }));
  return { ...diagnostic, location, ...(related ? { related } : {}) };
}

function relativeOrSame(file: string, absolute: string, shown: string): string {
  return file === absolute ? shown : relative(process.cwd(), file) || file;
}
