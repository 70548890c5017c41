/**
 * A flow graph → one standalone SVG for documentation: the main flow's canvas, then the event
 * flows' canvas below it, each under a heading, at the positions the document gives. Pure and
 * deterministic; no script, no external reference (fonts fall back to the reader's sans-serif).
 */
import { ARROW_DEFS, DRAWING_CSS, escapeXml, FONT_FAMILY, linkMarkup, nodeMarkup } from './draw.js';
import type { FlowGraph, GraphNode } from './model.js';

const MARGIN = 40;
const HEADING = 36;
const GAP = 60;

interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The canvas area a set of boxes covers, with room for port dots and self loops. */
export function boundsOf(nodes: readonly GraphNode[]): Bounds {
  if (nodes.length === 0) return { minX: 0, minY: 0, maxX: 0, maxY: 0 };
  return {
    minX: Math.min(...nodes.map((n) => n.x)) - 12,
    minY: Math.min(...nodes.map((n) => n.y)) - 12,
    maxX: Math.max(...nodes.map((n) => n.x + n.width)) + 12,
    maxY: Math.max(...nodes.map((n) => n.y + n.height)) + 36,
  };
}

export function toSvg(graph: FlowGraph): string {
  const index = new Map(graph.nodes.map((n, i) => [n.name, i]));
  const canvases = (['main', 'events'] as const)
    .map((canvas) => ({ canvas, nodes: graph.nodes.filter((n) => n.canvas === canvas) }))
    .filter((c) => c.nodes.length > 0);
  const blocks: string[] = [];
  let top = MARGIN;
  let width = 0;
  for (const { canvas, nodes } of canvases) {
    const b = boundsOf(nodes);
    const names = new Set(nodes.map((n) => n.name));
    const dx = MARGIN - b.minX;
    const dy = top + HEADING - b.minY;
    const title = canvas === 'main' ? `${graph.name}: main flow` : `${graph.name}: event flows`;
    blocks.push(`<text class="heading" x="${MARGIN}" y="${top + 20}">${escapeXml(title)}</text>`);
    blocks.push(`<g transform="translate(${Math.round(dx)},${Math.round(dy)})">`);
    for (const link of graph.links) {
      if (!names.has(link.source)) continue;
      const source = graph.nodes[index.get(link.source)!]!;
      const target = graph.nodes[index.get(link.target)!]!;
      blocks.push(linkMarkup(source, link, target, 0));
    }
    for (const node of nodes) blocks.push(nodeMarkup(node, index.get(node.name)!));
    blocks.push('</g>');
    top += HEADING + (b.maxY - b.minY) + GAP;
    width = Math.max(width, b.maxX - b.minX + 2 * MARGIN);
  }
  const height = Math.round(top - GAP + MARGIN);
  const css = `${DRAWING_CSS}.heading{font-family:${FONT_FAMILY};font-size:16px;font-weight:bold;fill:#1f2328}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(width)}" height="${height}" viewBox="0 0 ${Math.round(width)} ${height}">`,
    `<title>${escapeXml(graph.name)}</title>`,
    `<style>${css}</style>`,
    ARROW_DEFS,
    `<rect width="100%" height="100%" fill="#f6f8fa"/>`,
    ...blocks,
    '</svg>',
    '',
  ].join('\n');
}
