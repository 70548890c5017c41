/**
 * The one way a flow file is loaded, whatever its kind and whichever command reads it:
 * - a TypeScript or JavaScript definition module (`*.flow.ts`, `.mts`, `.js`, `.mjs`), through
 *   `loadDefinitionModule`;
 * - a YAML flow (`*.flow.yaml`, `.yml`), through `loadYamlFlow`, kept as text too, since it is
 *   loaded again with each tenant's parameter values;
 * - a Flow Designer export or template wrapper (`*.json`), read within flowgen's one size limit
 *   (`readInputFile`: FG023, FG004); each command parses it with its own reader.
 * Building a loaded definition (compile, tenants) is `src/api/flow-file.ts`. Diagnostics name files
 * as the user sees them through `relocateDiagnostics`, the one place that does so.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FlowDefinition } from '../dsl/define-flow.js';
import type { ForkSet } from '../dsl/forks.js';
import { loadDefinitionModule } from './definition-module.js';
import { findInputFiles } from './input-files.js';
import { readInputFile } from './read-input.js';
import { loadYamlFlow, YAML_FLOW_FILE, type LoadedYamlFlow } from './yaml-flow.js';

/** Matches the file names of TypeScript and JavaScript flow definition modules. */
export const DEFINITION_FILE = /\.flow\.(ts|mts|js|mjs)$/;
export { YAML_FLOW_FILE };

export type FlowFileKind = 'definition' | 'yaml' | 'export';

/** What a path names, by its name: a definition module, a YAML flow, an export (or template), or none. */
export function flowFileKind(path: string): FlowFileKind | undefined {
  if (DEFINITION_FILE.test(path)) return 'definition';
  if (YAML_FLOW_FILE.test(path)) return 'yaml';
  return path.endsWith('.json') ? 'export' : undefined;
}

const isDefinitionKind = (kind: string | undefined): boolean => kind === 'definition' || kind === 'yaml';

/** Flow definition files named by `paths` (directories are searched one level deep), sorted. */
export function findFlowFiles(paths: readonly string[], cwd: string): { files: string[]; diagnostics: Diagnostic[] } {
  return findInputFiles(paths, cwd, {
    // Dot files are hidden (editors' lock files, diff --git's temporary copies), as validate skips them.
    expand: (directory) =>
      readdirSync(directory).sort().filter((entry) => !entry.startsWith('.') && isDefinitionKind(flowFileKind(entry))).map((entry) => join(directory, entry)),
    what: 'flow definitions (*.flow.ts or *.flow.yaml)',
    hint: 'Name flow files like flows/my-flow.flow.ts (or .flow.yaml), or pass their paths.',
  });
}

/** A YAML flow as a tenant build needs it: its name and parameters, and its text to load again. */
export interface YamlFlowSource {
  name: string;
  params: z.ZodObject;
  text: string;
}

/** A flow file that builds: a definition module, or a YAML flow. */
export type FlowSource = { file: string; definition: FlowDefinition } | { file: string; yaml: YamlFlowSource };

/** What tenant files are checked against: the flow's name, its parameters and its forks. */
export interface FlowSourceSettings {
  name: string;
  params: z.ZodType;
  forks?: ForkSet<unknown>;
}

export function sourceSettings(source: FlowSource): FlowSourceSettings {
  return 'definition' in source ? (source.definition.settings as FlowSourceSettings) : { name: source.yaml.name, params: source.yaml.params };
}

export interface LoadedFlowSource {
  source?: FlowSource;
  /** A YAML flow loaded with its declared defaults (what a build without tenant compiles). */
  yaml?: LoadedYamlFlow;
  diagnostics: Diagnostic[];
}

/**
 * Loads a definition module or a YAML flow; `diagnostics` say why there is no source. A YAML flow
 * whose parameter defaults do not build still has a source (a tenant may give the values): what
 * its build with the defaults found is in `yaml`.
 */
export async function loadFlowSource(file: string): Promise<LoadedFlowSource> {
  if (!YAML_FLOW_FILE.test(file)) {
    const loaded = await loadDefinitionModule(file);
    return loaded.definition ? { source: { file, definition: loaded.definition }, diagnostics: loaded.diagnostics } : { diagnostics: loaded.diagnostics };
  }
  const read = readInputFile(file, file);
  if (read.text === undefined) return { diagnostics: read.diagnostics };
  const yaml = loadYamlFlow(file, read.text);
  if (yaml.name === undefined || yaml.params === undefined) return { yaml, diagnostics: yaml.diagnostics };
  return { source: { file, yaml: { name: yaml.name, params: yaml.params, text: read.text } }, yaml, diagnostics: [] };
}

/** The flow of a YAML source built with `params` (a tenant's values). */
export function loadYamlSource(file: string, source: YamlFlowSource, params: unknown): LoadedYamlFlow {
  return loadYamlFlow(file, source.text, { params });
}

/** Reads an export's (or template wrapper's) text within the input size limit. */
export function readExportFile(absolute: string, shown: string): { text?: string; diagnostics: Diagnostic[] } {
  return readInputFile(absolute, shown);
}

/**
 * Diagnostics name files as the user sees them: the file being read (`absolute`, or no file, or
 * the placeholder `<flow>`) as `shown`; any other absolute path (a helper module, a template)
 * relative to `cwd`; relative paths and labels (`origin/main:flows/x.flow.ts`) as they are.
 */
export function relocateDiagnostics(diagnostics: readonly Diagnostic[], cwd: string, file?: { absolute: string; shown: string }): Diagnostic[] {
  const swap = (name: string | undefined): string | undefined => {
    if (file && (name === undefined || name === file.absolute || name === '<flow>')) return file.shown;
    return name?.startsWith('/') ? relative(cwd, name) || name : name;
  };
  return diagnostics.map((d) => ({
    ...d,
    location: { ...d.location, file: swap(d.location.file)! },
    ...(d.related ? { related: d.related.map((r) => ({ ...r, location: { ...r.location, file: swap(r.location.file)! } })) } : {}),
  }));
}
