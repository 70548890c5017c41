/**
 * The SVG markup of one activity box and one link, shared by the static SVG and the HTML viewer
 * so both draw a flow identically. Pure and deterministic.
 *
 * A box is the Flow Designer widget's footprint (src/layout/geometry.ts: 175 wide, taller with
 * more ports): the name, the kind and the summary on the left, one dot per port on the right
 * edge (labelled unless it is the only, default way on), the entry dot on the left. Text is cut
 * to fit with an ellipsis using Arial's advance widths (Liberation Sans has the same metrics)
 * plus a safety margin, because the markup is made before any browser measures it; the viewer
 * tests check in Chromium that no text leaves its box.
 */
import { inPortPosition, outPortPosition, PORT_CENTER_OFFSET } from '../layout/geometry.js';
import type { GraphLink, GraphNode } from './model.js';

export const FONT_FAMILY = 'Arial, "Liberation Sans", Helvetica, sans-serif';

/** Arial advance widths in 1/1000 em (Adobe AFM), printable ASCII from the space. */
const ARIAL = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
/** Bold Arial is up to ~10% wider; other scripts are taken as a full em per character. */
const BOLD_FACTOR = 1.1;
const SAFETY = 1.06;

export function textWidth(text: string, size: number, bold = false): number {
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    units += code >= 32 && code < 127 ? ARIAL[code - 32]! : 1000;
  }
  return (units / 1000) * size * (bold ? BOLD_FACTOR : 1) * SAFETY;
}

/** The longest prefix of `text` (plus an ellipsis when cut) that fits in `width`. */
export function fitText(text: string, width: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= width) return text;
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (textWidth(`${chars.slice(0, mid).join('')}…`, size, bold) <= width) low = mid;
    else high = mid - 1;
  }
  return low === 0 ? '' : `${chars.slice(0, low).join('').trimEnd()}…`;
}

/** Words wrapped into at most `lines` lines of `width`; the last one cut with an ellipsis. */
export function wrapText(text: string, width: number, size: number, lines: number): string[] {
  const out: string[] = [];
  let rest = text.trim();
  while (rest !== '' && out.length < lines) {
    if (out.length === lines - 1 || textWidth(rest, size) <= width) {
      out.push(fitText(rest, width, size));
      break;
    }
    const words = rest.split(' ');
    let line = '';
    let used = 0;
    for (const word of words) {
      const next = line === '' ? word : `${line} ${word}`;
      if (textWidth(next, size) > width) break;
      line = next;
      used++;
    }
    if (used === 0) {
      line = fitText(rest, width, size).replace(/…$/, '');
      if (line === '') break;
      rest = rest.slice(line.length).trimStart();
    } else rest = words.slice(used).join(' ');
    out.push(line);
  }
  return out;
}

export const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const r1 = (n: number): string => String(Math.round(n * 10) / 10);

const PADDING = 10;
const NAME_SIZE = 12;
const KIND_SIZE = 10;
const SUMMARY_SIZE = 11;
const PORT_SIZE = 9;
const PORT_LABEL_MAX = 64;
const LINE = 14;

/** Ports whose label says nothing when they are a box's only way on. */
const QUIET_PORTS = new Set(['default', 'out']);

function portLabels(node: GraphNode): string[] {
  const quiet = node.ports.filter((p) => p !== 'error').length <= 1;
  return node.ports.map((p) => (quiet && QUIET_PORTS.has(p) ? '' : fitText(p, PORT_LABEL_MAX, PORT_SIZE)));
}

/** Where an activity's output port `index` sits (its centre) on the canvas. */
export function outPortCentre(node: Pick<GraphNode, 'x' | 'y'>, index: number): { x: number; y: number } {
  const p = outPortPosition(node, index);
  return { x: p.x + PORT_CENTER_OFFSET, y: p.y + PORT_CENTER_OFFSET };
}

export function inPortCentre(node: Pick<GraphNode, 'x' | 'y'>): { x: number; y: number } {
  const p = inPortPosition(node);
  return { x: p.x + PORT_CENTER_OFFSET, y: p.y + PORT_CENTER_OFFSET };
}

const PORT_CLASS: Record<string, string> = { error: ' error', failure: ' error', timeout: ' timeout' };

/** One activity box as an SVG `<g>`, in canvas coordinates. `extraClass` is appended verbatim (classes only). */
export function nodeMarkup(node: GraphNode, index: number, extraClass = ''): string {
  const labels = portLabels(node);
  const column = Math.max(0, ...labels.map((l) => (l ? textWidth(l, PORT_SIZE) + 8 : 0)));
  const textWidthLeft = node.width - 2 * PADDING - column;
  const role = node.entry ? ' entry' : node.terminal ? ' terminal' : '';
  const parts = [
    `<g class="node${role}${extraClass}" data-i="${index}">`,
    `<rect class="box" x="${r1(node.x)}" y="${r1(node.y)}" width="${node.width}" height="${node.height}" rx="6"/>`,
    `<text class="name" x="${r1(node.x + PADDING)}" y="${r1(node.y + 17)}">${escapeXml(fitText(node.name, node.width - 2 * PADDING, NAME_SIZE, true))}</text>`,
    `<text class="kind" x="${r1(node.x + PADDING)}" y="${r1(node.y + 32)}">${escapeXml(fitText(node.kind, textWidthLeft, KIND_SIZE))}</text>`,
  ];
  const summaryLines = Math.max(1, Math.floor((node.height - 47 - 6) / LINE) + 1);
  wrapText(node.summary ?? '', textWidthLeft, SUMMARY_SIZE, summaryLines).forEach((line, i) => {
    parts.push(`<text class="summary" x="${r1(node.x + PADDING)}" y="${r1(node.y + 47 + i * LINE)}">${escapeXml(line)}</text>`);
  });
  if (!node.entry) {
    const at = inPortCentre(node);
    parts.push(`<circle class="port in" cx="${r1(at.x)}" cy="${r1(at.y)}" r="4"/>`);
  }
  node.ports.forEach((port, i) => {
    const at = outPortCentre(node, i);
    parts.push(`<circle class="port${PORT_CLASS[port] ?? ''}" cx="${r1(at.x)}" cy="${r1(at.y)}" r="4"/>`);
    if (labels[i]) parts.push(`<text class="port-label${PORT_CLASS[port] ?? ''}" x="${r1(node.x + node.width - PADDING)}" y="${r1(at.y + 3)}">${escapeXml(labels[i]!)}</text>`);
  });
  parts.push('</g>');
  return parts.join('');
}

/** The path of a link from its port to its target's entry: a curve, or a loop under the box for a self link. */
export function linkPathData(source: GraphNode, link: GraphLink, target: GraphNode): string {
  const from = outPortCentre(source, Math.max(0, source.ports.indexOf(link.port)));
  const to = inPortCentre(target);
  if (source === target) {
    const below = source.y + source.height + 24;
    return `M${r1(from.x)},${r1(from.y)} C${r1(from.x + 60)},${r1(below)} ${r1(to.x - 60)},${r1(below)} ${r1(to.x)},${r1(to.y)}`;
  }
  const bend = Math.max(40, Math.abs(to.x - from.x) / 2);
  return `M${r1(from.x)},${r1(from.y)} C${r1(from.x + bend)},${r1(from.y)} ${r1(to.x - bend)},${r1(to.y)} ${r1(to.x)},${r1(to.y)}`;
}

/** The box a link's curve stays inside (its end and control points), for culling. */
export function linkBounds(source: GraphNode, link: GraphLink, target: GraphNode): [number, number, number, number] {
  const numbers = linkPathData(source, link, target).match(/-?\d+(\.\d+)?/g)!.map(Number);
  const xs = numbers.filter((_, i) => i % 2 === 0);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

export function linkMarkup(source: GraphNode, link: GraphLink, target: GraphNode, index: number, extraClass = ''): string {
  const path = link.path === 'normal' ? '' : ` ${link.path}`;
  return `<path class="link${path}${extraClass}" data-l="${index}" d="${linkPathData(source, link, target)}" marker-end="url(#arrow${path.trim() ? `-${link.path}` : ''})"/>`;
}

/** Styles and arrowheads every drawing carries. */
export const DRAWING_CSS = `
.node .box{fill:#fff;stroke:#8c959f;stroke-width:1.2}
.node.entry .box{fill:#e8f5e9;stroke:#2e7d32}
.node.terminal .box{fill:#eceff1;stroke:#546e7a}
.node text{font-family:${FONT_FAMILY};fill:#1f2328}
.node .name{font-size:${NAME_SIZE}px;font-weight:bold}
.node .kind{font-size:${KIND_SIZE}px;fill:#57606a;font-style:italic}
.node .summary{font-size:${SUMMARY_SIZE}px;fill:#24292f}
.node .port-label{font-size:${PORT_SIZE}px;fill:#57606a;text-anchor:end}
.node .port-label.error{fill:#cf222e}.node .port-label.timeout{fill:#9a6700}
.port{fill:#fff;stroke:#57606a;stroke-width:1.2}.port.error{stroke:#cf222e}.port.timeout{stroke:#bf8700}
.link{fill:none;stroke:#57606a;stroke-width:1.5}
.link.error{stroke:#cf222e;stroke-dasharray:5 4}
.link.timeout{stroke:#bf8700;stroke-dasharray:2 3}
.arrowhead{fill:#57606a}.arrowhead.error{fill:#cf222e}.arrowhead.timeout{fill:#bf8700}
`;

export const ARROW_DEFS =
  '<defs>' +
  ['', 'error', 'timeout']
    .map((p) => `<marker id="arrow${p ? `-${p}` : ''}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="arrowhead${p ? ` ${p}` : ''}" d="M0,0L10,5L0,10z"/></marker>`)
    .join('') +
  '</defs>';
