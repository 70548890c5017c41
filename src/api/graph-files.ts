/**
 * `flowgen graph` as library calls: a flow given by path (a definition, `*.flow.ts` or
 * `*.flow.yaml`, compiled in memory; or a Flow Designer export, template wrappers unwrapped) →
 * its document → its graph → Mermaid, SVG or a self-contained HTML viewer. Returns the text to
 * write; writes nothing, and never throws for a user's mistake: unreadable files, non-flows,
 * definitions with errors and a tenant that cannot apply come back as diagnostics.
 */
import { relative, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import { parseFlowText } from '../diff/document.js';
import type { FlowDocumentShape } from '../diff/model.js';
import { renderHtml, type HtmlOptions } from '../graph/html.js';
import { toMermaid } from '../graph/mermaid.js';
import { flowGraph, type FlowGraph } from '../graph/model.js';
import { toSvg } from '../graph/svg.js';
import { flowFileKind, readExportFile } from '../load/flow-file.js';
import { builtDocument, unreadableFlowFile } from './flow-file.js';

export type GraphFormat = 'mermaid' | 'svg' | 'html';

export interface ReadFlow {
  /** The path as the user sees it. */
  label: string;
  document?: FlowDocumentShape;
  diagnostics: Diagnostic[];
}

const shown = (absolute: string, cwd: string): string => relative(cwd, absolute) || absolute;

/** The flow document at `path`: a definition compiled in memory (with a tenant's values), or an export. */
export async function readFlowDocument(path: string, cwd: string, tenant?: string): Promise<ReadFlow> {
  const absolute = resolve(cwd, path);
  const label = shown(absolute, cwd);
  const kind = flowFileKind(absolute);
  if (kind === 'definition' || kind === 'yaml') return { label, ...(await builtDocument(absolute, label, cwd, tenant)) };
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
  const read = readExportFile(absolute, label);
  if (read.text === undefined) return { label, diagnostics: read.diagnostics.map((d) => (d.code === 'FG004' ? unreadableFlowFile(label) : d)) };
  const parsed = parseFlowText(read.text, label);
  if (!parsed.document) return { label, diagnostics: parsed.diagnostics };
  return { label, document: parsed.document, diagnostics: [] };
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
