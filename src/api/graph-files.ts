/**
 * `flowgen graph` as library calls: a flow given by path (a definition, `*.flow.ts` or
 * `*.flow.yaml`, compiled in memory; or a Flow Designer export, template wrappers unwrapped) →
 * its document → its graph → Mermaid, SVG or a self-contained HTML viewer. Returns the text to
 * write; writes nothing, and never throws for a user's mistake: unreadable files, non-flows,
 * definitions with errors and a tenant that cannot apply come back as diagnostics.
 */
import { readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import { parseFlowText } from '../diff/document.js';
import { unwrapFlowDocument, type FlowDocumentShape } from '../diff/model.js';
import { renderHtml, type HtmlOptions } from '../graph/html.js';
import { toMermaid } from '../graph/mermaid.js';
import { flowGraph, type FlowGraph } from '../graph/model.js';
import { toSvg } from '../graph/svg.js';
import { loadDefinitionModule } from '../load/definition-module.js';
import { loadYamlFlowFile, YAML_FLOW_FILE } from '../load/yaml-flow.js';
import { FLOW_FILE } from './build-files.js';
import { MAX_EXPORT_BYTES } from './import-file.js';
import { compileForTenant } from './build-tenants.js';
import { compileFlow, compileIr } from './compile-flow.js';

export type GraphFormat = 'mermaid' | 'svg' | 'html';

export interface ReadFlow {
  /** The path as the user sees it. */
  label: string;
  document?: FlowDocumentShape;
  diagnostics: Diagnostic[];
}

const shown = (absolute: string, cwd: string): string => relative(cwd, absolute) || absolute;

/** Diagnostics name the file as the user gave it, not its absolute path. */
function relocate(diagnostics: readonly Diagnostic[], absolute: string, label: string, cwd: string): Diagnostic[] {
  const swap = (file: string | undefined): string => (file === undefined || file === absolute || file === '<flow>' ? label : file.startsWith('/') ? shown(file, cwd) : file);
  return diagnostics.map((d) => ({
    ...d,
    location: { ...d.location, file: swap(d.location.file) },
    ...(d.related ? { related: d.related.map((r) => ({ ...r, location: { ...r.location, file: swap(r.location.file) } })) } : {}),
  }));
}

async function definitionDocument(absolute: string, label: string, cwd: string, tenant: string | undefined): Promise<ReadFlow> {
  const loaded = await loadDefinitionModule(absolute);
  if (!loaded.definition) return { label, diagnostics: relocate(loaded.diagnostics, absolute, label, cwd) };
  const forTenant = tenant === undefined ? undefined : await compileForTenant(loaded.definition, absolute, tenant, cwd);
  if (forTenant && !forTenant.compiled) return { label, diagnostics: relocate(forTenant.diagnostics, absolute, label, cwd) };
  const compiled = forTenant?.compiled ?? (await compileFlow(loaded.definition, { file: absolute }));
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
  const document = compiled.document === undefined ? undefined : unwrapFlowDocument(compiled.document);
  if (hasErrors(errors) || !document) return { label, diagnostics: relocate(sortDiagnostics(errors), absolute, label, cwd) };
  return { label, document, diagnostics: [] };
}

async function yamlDocument(absolute: string, label: string, cwd: string, tenant: string | undefined): Promise<ReadFlow> {
  if (tenant !== undefined) {
    return {
      label,
      diagnostics: [
        makeDiagnostic('FG751', {
          message: `--tenant applies to TypeScript flow definitions; "${label}" is a YAML flow.`,
          location: { file: label },
          hint: 'Drop --tenant to draw the YAML flow with its parameter defaults (build --tenant builds TypeScript definitions only, too).',
        }),
      ],
    };
  }
  const yaml = loadYamlFlowFile(absolute);
  const compiled = yaml.ir && !hasErrors(yaml.diagnostics) ? await compileIr(yaml.ir, {}, yaml.diagnostics) : undefined;
  const errors = (compiled?.diagnostics ?? yaml.diagnostics).filter((d) => d.severity === 'error');
  const document = compiled?.document === undefined ? undefined : unwrapFlowDocument(compiled.document);
  if (hasErrors(errors) || !document) return { label, diagnostics: relocate(sortDiagnostics(errors), absolute, label, cwd) };
  return { label, document, diagnostics: [] };
}

/** The flow document at `path`: a definition compiled in memory (with a tenant's values), or an export. */
export async function readFlowDocument(path: string, cwd: string, tenant?: string): Promise<ReadFlow> {
  const absolute = resolve(cwd, path);
  const label = shown(absolute, cwd);
  let size: number;
  try {
    size = statSync(absolute).size;
  } catch {
    return { label, diagnostics: [makeDiagnostic('FG004', { message: `"${label}" does not exist or cannot be read.`, location: { file: label }, hint: 'Check the path; run flowgen from the project root.' })] };
  }
  if (FLOW_FILE.test(absolute)) return definitionDocument(absolute, label, cwd, tenant);
  if (YAML_FLOW_FILE.test(absolute)) return yamlDocument(absolute, label, cwd, tenant);
  if (tenant !== undefined) {
    return {
      label,
      diagnostics: [
        makeDiagnostic('FG751', {
          message: `--tenant applies to flow definitions; "${label}" is an export, which has no parameters.`,
          location: { file: label },
          hint: 'Drop --tenant, or draw the definition: flowgen graph flows/<flow>.flow.ts --tenant <name>.',
        }),
      ],
    };
  }
  if (size > MAX_EXPORT_BYTES) {
    return { label, diagnostics: [makeDiagnostic('FG004', { message: `"${label}" is larger than 50 MB.`, location: { file: label }, hint: 'Flow Designer itself imports at most 10 MB; is this a flow export?' })] };
  }
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch {
    return { label, diagnostics: [makeDiagnostic('FG004', { message: `"${label}" cannot be read.`, location: { file: label }, hint: 'Check the path and its permissions.' })] };
  }
  const parsed = parseFlowText(text, label);
  if (!parsed.model) return { label, diagnostics: parsed.diagnostics };
  return { label, document: unwrapFlowDocument(JSON.parse(text))!, diagnostics: [] };
}

export interface GraphOptions {
  /** The flow: a definition (`*.flow.ts`, `*.flow.yaml`) or an export (`*.json`). */
  input: string;
  format: GraphFormat;
  cwd: string;
  /** Build a definition with `tenants/<tenant>.yaml` first. */
  tenant?: string;
  /** Decorations for the HTML viewer (classes on links and activities, extra CSS, a legend). */
  html?: HtmlOptions;
}

export interface GraphResult {
  graph?: FlowGraph;
  /** The rendered picture, when there is no error. */
  text?: string;
  diagnostics: Diagnostic[];
}

/** Mermaid's own limits (mermaid's `maxTextSize` and `maxEdges` defaults, which GitHub keeps). */
export const MERMAID_MAX_TEXT = 50_000;
export const MERMAID_MAX_EDGES = 500;

/** Draws one flow in one format. */
export async function graphFlowFile(options: GraphOptions): Promise<GraphResult> {
  const read = await readFlowDocument(options.input, options.cwd, options.tenant);
  if (!read.document) return { diagnostics: read.diagnostics };
  const graph = await flowGraph(read.document);
  if (options.format === 'svg') return { graph, text: toSvg(graph), diagnostics: read.diagnostics };
  if (options.format === 'html') return { graph, text: renderHtml(graph, options.html), diagnostics: read.diagnostics };
  const text = toMermaid(graph);
  const diagnostics = [...read.diagnostics, ...mermaidLimitWarnings(text, read.label)];
  return { graph, text, diagnostics };
}

/** FG750 when the Mermaid text is past what mermaid (and so GitHub) renders by default. */
export function mermaidLimitWarnings(text: string, file: string): Diagnostic[] {
  const edges = text.split('\n').filter((l) => / (-->|-\.->|==>)/.test(l)).length;
  if (text.length <= MERMAID_MAX_TEXT && edges <= MERMAID_MAX_EDGES) return [];
  return [
    makeDiagnostic('FG750', {
      message: `The Mermaid diagram of "${file}" has ${text.length} characters and ${edges} links; mermaid (and GitHub) render at most ${MERMAID_MAX_TEXT} characters and ${MERMAID_MAX_EDGES} links.`,
      location: { file },
      hint: 'Use --format html for a flow this large (it stays usable at thousands of activities), or raise maxTextSize and maxEdges where you render it.',
      data: { characters: text.length, links: edges },
    }),
  ];
}
