/**
 * A flow graph → Mermaid `flowchart LR`, the diagram GitHub renders inside markdown
 * (https://mermaid.js.org/syntax/flowchart.html). Pure and deterministic.
 *
 * Each activity is a node showing its name, its kind and its one telling setting (shortened);
 * starts and ends are stadiums. Links are labelled by port, except an activity's single way on
 * (`default` or `out` beside `error` alone), whose label says nothing; error paths (`error`, `failure`) are dotted red, timeouts
 * dotted amber. The main flow is drawn at the top level and each handled event flow is a
 * subgraph; event nodes nobody handles are left out, as the diff leaves them out (an unlinked
 * event node does nothing for a caller). Diff marks (added, removed, changed, renamed activities;
 * added and removed links) become classes, link styles and words, so the picture does not rely
 * on colour alone.
 *
 * Escaping: node ids are generated (`n0`, `n1`, …), so no name reaches an id. Every label is
 * quoted and every character Mermaid or HTML could read as syntax (quotes, `#`, `;`, brackets,
 * braces, `|`, `<`, `>`, `&`, `%`, backticks) is written as a Mermaid entity code (`#35;`), so any
 * name or prompt (`{{ }}` and non-ASCII included) renders as its text and never as markup.
 */
import type { FlowGraph, GraphLink, GraphNode, GraphView } from './model.js';

/** What a diff says happened to an activity or a link (see ./changes.ts). */
export type Mark = 'added' | 'removed' | 'changed' | 'renamed';

/** A flow graph whose nodes and links may carry diff marks. */
export interface MarkedGraph extends FlowGraph {
  nodeMarks?: ReadonlyMap<string, { mark: Mark; note: string }>;
  /** Keyed by `linkKey`. */
  linkMarks?: ReadonlyMap<string, { mark: 'added' | 'removed'; note: string }>;
}

export const linkKey = (link: Pick<GraphLink, 'source' | 'port' | 'target'>): string => `${link.source}\u0000${link.port}\u0000${link.target}`;

/** Summaries longer than this are cut with an ellipsis: a node is a glance, the HTML has the rest. */
const SUMMARY_CHARS = 60;
const NAME_CHARS = 80;

export function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Text safe inside a quoted Mermaid label: syntax characters as entity codes, on one line. */
export function escapeMermaid(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/["#;&<>[\]{}()|`%\\]/g, (c) => (c === '"' ? '#quot;' : `#${c.codePointAt(0)};`));
}

const UNLABELLED_PORTS = new Set(['default', 'out']);

function nodeLabel(node: GraphNode, note: string | undefined): string {
  const lines = [`<b>${escapeMermaid(shorten(node.name, NAME_CHARS))}</b>`, `<i>${escapeMermaid(node.kind)}</i>`];
  if (node.summary) lines.push(escapeMermaid(shorten(node.summary, SUMMARY_CHARS)));
  if (note) lines.push(`<b>${escapeMermaid(note)}</b>`);
  return lines.join('<br/>');
}

function nodeLine(id: string, node: GraphNode, note: string | undefined): string {
  const label = `"${nodeLabel(node, note)}"`;
  return node.entry || node.terminal ? `${id}([${label}])` : `${id}[${label}]`;
}

const LINK_STYLES = {
  error: 'stroke:#cf222e,stroke-width:1.5px',
  timeout: 'stroke:#bf8700,stroke-width:1.5px',
  added: 'stroke:#1a7f37,stroke-width:3px',
  removed: 'stroke:#cf222e,stroke-width:2px,stroke-dasharray:6 4',
} as const;

const CLASS_DEFS = [
  'classDef entry fill:#e8f5e9,stroke:#2e7d32',
  'classDef terminal fill:#eceff1,stroke:#546e7a',
  'classDef added fill:#dafbe1,stroke:#1a7f37,stroke-width:3px',
  'classDef removed fill:#ffebe9,stroke:#cf222e,stroke-width:2px,stroke-dasharray:6 4',
  'classDef changed fill:#fff8c5,stroke:#9a6700,stroke-width:3px',
  'classDef renamed fill:#ddf4ff,stroke:#0969da,stroke-width:3px',
];

/** The views Mermaid draws and the nodes each declares (a node shared by two event flows is declared once). */
function mermaidViews(graph: FlowGraph, byName: ReadonlyMap<string, GraphNode>): { view: GraphView; nodes: string[] }[] {
  const linked = new Set(graph.links.map((l) => l.source));
  const declared = new Set<string>();
  const out: { view: GraphView; nodes: string[] }[] = [];
  for (const view of graph.views) {
    const nodes = view.nodes.filter((n) => !declared.has(n) && !(byName.get(n)?.kind === 'event' && !linked.has(n) && view.canvas === 'events'));
    for (const n of nodes) declared.add(n);
    if (nodes.length > 0) out.push({ view, nodes });
  }
  return out;
}

/** The Mermaid source of a (possibly marked) flow graph, ending in a newline. */
export function toMermaid(graph: MarkedGraph): string {
  const byName = new Map(graph.nodes.map((n) => [n.name, n]));
  const lines = ['flowchart LR'];
  const ids = new Map<string, string>();
  const classes = new Map<string, string[]>();
  const addClass = (cls: string, id: string) => classes.set(cls, [...(classes.get(cls) ?? []), id]);
  let subgraphs = 0;
  for (const { view, nodes } of mermaidViews(graph, byName)) {
    const indent = view.id === 'main' ? '  ' : '    ';
    if (view.id !== 'main') lines.push(`  subgraph s${subgraphs++}["${escapeMermaid(view.title)}"]`);
    for (const name of nodes) {
      const node = byName.get(name)!;
      const id = `n${ids.size}`;
      ids.set(name, id);
      const mark = graph.nodeMarks?.get(name);
      lines.push(`${indent}${nodeLine(id, node, mark?.note)}`);
      if (mark) addClass(mark.mark, id);
      else if (node.entry) addClass('entry', id);
      else if (node.terminal) addClass('terminal', id);
    }
    if (view.id !== 'main') lines.push('  end');
  }
  const styles = new Map<string, number[]>();
  let index = 0;
  for (const link of graph.links) {
    const from = ids.get(link.source);
    const to = ids.get(link.target);
    if (from === undefined || to === undefined) continue;
    const mark = graph.linkMarks?.get(linkKey(link));
    const quiet = UNLABELLED_PORTS.has(link.port) && (byName.get(link.source)?.ports.filter((p) => p !== 'error').length ?? 0) <= 1;
    const words = [quiet ? '' : link.port, mark?.note ?? ''].filter(Boolean).join(' ');
    const arrow = mark?.mark === 'added' ? '==>' : link.path === 'normal' && mark?.mark !== 'removed' ? '-->' : '-.->';
    lines.push(`  ${from} ${arrow}${words ? `|"${escapeMermaid(words)}"|` : ''} ${to}`);
    const style = mark?.mark ?? (link.path === 'normal' ? undefined : link.path);
    if (style) styles.set(style, [...(styles.get(style) ?? []), index]);
    index++;
  }
  lines.push(...CLASS_DEFS.map((d) => `  ${d}`));
  for (const [cls, members] of classes) lines.push(`  class ${members.join(',')} ${cls}`);
  for (const [style, members] of styles) lines.push(`  linkStyle ${members.join(',')} ${LINK_STYLES[style as keyof typeof LINK_STYLES]}`);
  return `${lines.join('\n')}\n`;
}
