/**
 * Flow graphs → one self-contained HTML page: the flow at its canvas positions, pan and zoom,
 * the main flow and each event flow as tabs, search by name, and the settings of an activity on
 * click, in the diff's words (see ./model.ts). Everything is inline (data, style, script) and a
 * Content-Security-Policy forbids any fetch, so the page works offline and leaks nothing. Pure
 * and deterministic: the same graphs give the same bytes.
 *
 * Other features decorate the picture without touching the renderer: `HtmlOptions` adds classes
 * to chosen links and activities, CSS for them, a legend and a subtitle. The diff marks changes
 * that way (./changes.ts), and the simulator's coverage report can colour the links taken
 * (`linkClasses: (link) => taken.has(linkKey(link)) ? ['taken'] : []`).
 */
import { ARROW_DEFS, DRAWING_CSS, escapeXml, FONT_FAMILY, linkBounds, linkMarkup, nodeMarkup } from './draw.js';
import { linkKey, type MarkedGraph } from './mermaid.js';
import type { FlowGraph, GraphLink, GraphNode } from './model.js';
import { VIEWER_SCRIPT } from './viewer-script.js';

export interface LegendEntry {
  /** The class it explains (as given to `linkClasses` or `nodeClasses`). */
  className: string;
  label: string;
  on: 'link' | 'node';
}

export interface HtmlOptions {
  /** The page title; default the flow's name. */
  title?: string;
  /** A line under the title (a diff's summary, a coverage figure). */
  subtitle?: string;
  /** Extra classes of a link (letters, digits, `-` and `_`; anything else is dropped). */
  linkClasses?: (link: GraphLink, graph: FlowGraph) => readonly string[];
  /** Extra classes of an activity. */
  nodeClasses?: (node: GraphNode, graph: FlowGraph) => readonly string[];
  /** CSS for those classes (inlined; it cannot load anything: the page's policy forbids it). */
  css?: string;
  legend?: readonly LegendEntry[];
}

interface PageData {
  nodes: { n: string; k: string; s?: string; d?: string; note?: string; c?: string; x: number; y: number; w: number; h: number; m: string; set: [string, string][] }[];
  links: { a: number; b: number; p: string; note?: string; m: string; bb: [number, number, number, number] }[];
  views: { t: string; n: number[]; l: number[] }[];
}

const cleanClasses = (classes: readonly string[] | undefined): string => {
  const kept = (classes ?? []).filter((c) => /^[A-Za-z_][A-Za-z0-9_-]*$/.test(c));
  return kept.length ? ` ${kept.join(' ')}` : '';
};

function addGraph(data: PageData, graph: MarkedGraph, prefix: string, options: HtmlOptions): void {
  const base = data.nodes.length;
  const index = new Map(graph.nodes.map((n, i) => [n.name, base + i]));
  for (const [i, node] of graph.nodes.entries()) {
    const classes = cleanClasses(options.nodeClasses?.(node, graph));
    const note = graph.nodeMarks?.get(node.name)?.note;
    data.nodes.push({
      n: node.name,
      k: node.kind,
      ...(node.summary ? { s: node.summary } : {}),
      ...(node.description ? { d: node.description } : {}),
      ...(note ? { note } : {}),
      ...(classes ? { c: classes.trim() } : {}),
      x: node.x,
      y: node.y,
      w: node.width,
      h: node.height,
      m: nodeMarkup(node, base + i, classes),
      set: node.settings.map((s) => [s.label, s.value]),
    });
  }
  const linkIndex = new Map<GraphLink, number>();
  for (const link of graph.links) {
    const source = graph.nodes[index.get(link.source)! - base]!;
    const target = graph.nodes[index.get(link.target)! - base]!;
    const note = graph.linkMarks?.get(linkKey(link))?.note;
    linkIndex.set(link, data.links.length);
    data.links.push({
      a: index.get(link.source)!,
      b: index.get(link.target)!,
      p: link.port,
      ...(note ? { note } : {}),
      m: linkMarkup(source, link, target, data.links.length, cleanClasses(options.linkClasses?.(link, graph))),
      bb: linkBounds(source, link, target),
    });
  }
  for (const view of graph.views) {
    const members = new Set(view.nodes);
    data.views.push({
      t: `${prefix}${view.title}`,
      n: view.nodes.map((n) => index.get(n)!),
      l: graph.links.filter((l) => members.has(l.source) && members.has(l.target)).map((l) => linkIndex.get(l)!),
    });
  }
}

/** JSON inside `<script>`: `<` escaped so no text can close the element. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

const PAGE_CSS = `
*{box-sizing:border-box}html,body{margin:0;height:100%;font-family:${FONT_FAMILY};color:#1f2328}
body{display:grid;grid-template-rows:auto auto 1fr;grid-template-columns:1fr 340px;grid-template-areas:"head head" "tabs tabs" "canvas details"}
header{grid-area:head;display:flex;gap:12px;align-items:center;padding:8px 12px;border-bottom:1px solid #d0d7de;flex-wrap:wrap}
header h1{font-size:16px;margin:0}header .subtitle{color:#57606a;font-size:13px}
header .tools{margin-left:auto;display:flex;gap:6px;align-items:center}
#search{width:220px;padding:4px 8px;font:inherit;font-size:13px}#search-info{font-size:12px;color:#57606a;min-width:90px}
button{font:inherit;font-size:13px;padding:3px 8px;border:1px solid #d0d7de;border-radius:6px;background:#f6f8fa;cursor:pointer}
#tabs{grid-area:tabs;display:flex;gap:4px;padding:6px 12px 0;border-bottom:1px solid #d0d7de;overflow-x:auto}
#tabs button{border-bottom:none;border-radius:6px 6px 0 0;white-space:nowrap}#tabs button[aria-selected=true]{background:#fff;font-weight:bold;border-color:#0969da}
#canvas{grid-area:canvas;width:100%;height:100%;display:block;background:#f6f8fa;cursor:grab;touch-action:none;user-select:none}
#details{grid-area:details;border-left:1px solid #d0d7de;padding:10px 14px;overflow:auto;font-size:13px}
#details h2{font-size:15px;margin:4px 0;word-break:break-word}#details h3{font-size:13px;margin:14px 0 4px}
#details .kind{color:#57606a;font-style:italic;margin:0}#details .note{background:#fff8c5;padding:4px 6px;border-radius:4px}
#details table{border-collapse:collapse;width:100%}#details th,#details td{border-top:1px solid #eaeef2;padding:3px 4px;text-align:left;vertical-align:top;word-break:break-word}
#details th{font-weight:normal;color:#57606a;width:40%}#details ul{padding-left:18px;margin:0}.goto{padding:0 4px;font-size:12px}
.hint{color:#57606a}.legend{display:flex;gap:10px;font-size:12px}.legend span{padding:1px 6px;border-radius:4px;border:1px solid #d0d7de}
.far-box{fill:#fff;stroke:#8c959f;stroke-width:3}
.node.selected .box,.far-box.selected{stroke:#0969da;stroke-width:3}
.node.match .box,.far-box.match{fill:#fff8c5;stroke:#bf8700;stroke-width:3}
`;

/** The HTML page of one flow graph (or several, e.g. every flow of a diff, their tabs prefixed). */
export function renderHtml(graphs: MarkedGraph | readonly MarkedGraph[], options: HtmlOptions = {}): string {
  const list = Array.isArray(graphs) ? (graphs as readonly MarkedGraph[]) : [graphs as MarkedGraph];
  const data: PageData = { nodes: [], links: [], views: [] };
  for (const graph of list) addGraph(data, graph, list.length > 1 ? `${graph.name} · ` : '', options);
  const title = options.title ?? list.map((g) => g.name).join(', ');
  const legend = (options.legend ?? []).map((l) => `<span class="legend-${l.on} ${escapeXml(l.className)}">${escapeXml(l.label)}</span>`).join('');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<link rel="icon" href="data:,">',
    `<title>${escapeXml(title)}</title>`,
    `<style>${PAGE_CSS}${DRAWING_CSS}${options.css ?? ''}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${escapeXml(title)}</h1>${options.subtitle ? `<span class="subtitle">${escapeXml(options.subtitle)}</span>` : ''}${legend ? `<span class="legend">${legend}</span>` : ''}`,
    '<span class="tools"><input id="search" type="search" placeholder="Search activities by name" aria-label="Search activities by name"><span id="search-info"></span>',
    '<button id="zoom-out" type="button" title="Zoom out">−</button><span id="zoom-level"></span><button id="zoom-in" type="button" title="Zoom in">+</button><button id="fit" type="button">Fit</button></span></header>',
    '<nav id="tabs" role="tablist"></nav>',
    `<svg id="canvas" xmlns="http://www.w3.org/2000/svg">${ARROW_DEFS}<g id="world"><g id="links"></g><g id="nodes"></g></g></svg>`,
    '<aside id="details" aria-live="polite"></aside>',
    `<script type="application/json" id="flow-data">${scriptJson(data)}</script>`,
    `<script>${VIEWER_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
