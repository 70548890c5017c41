/**
 * What the browser tests check on a viewer page, run inside the page: which activities and links
 * the current view draws, whether any two boxes overlap, whether any text leaves its box.
 */
import type { Page } from 'playwright-core';

export interface ViewReport {
  title: string;
  expectedNodes: string[];
  drawnNodes: string[];
  expectedLinks: number;
  drawnLinks: number;
  /** Links drawn whose source or target is not drawn. */
  looseLinks: number;
  /** Links whose path has no length. */
  emptyLinks: number;
  overlaps: string[];
  overflows: string[];
}

/** What the viewer script exposes as `window.flowgenViewer` (src/graph/viewer-script.ts). */
export interface Viewer {
  ready: boolean;
  names: string[];
  views: { title: string; nodes: string[]; links: number }[];
  showView(i: number): void;
  fit(): void;
  zoomTo(k: number): void;
  select(name: string): number;
  search(q: string): string[];
  next(): void;
  state(): { view: number; zoom: number; selected: string | null; drawnNodes: number; drawnLinks: number };
}

// These run in the page; the project compiles without the DOM library, so they are typed loosely here.
declare const window: { flowgenViewer: Viewer };
declare const document: any;

/** Opens view `index` at 100% (every element drawn, text shown) and reports what is on the canvas. */
export function checkView(page: Page, index: number): Promise<ViewReport> {
  return page.evaluate((i) => {
    const viewer = window.flowgenViewer;
    viewer.showView(i);
    viewer.zoomTo(1);
    const view = viewer.views[i]!;
    const nodes: any[] = [...document.querySelectorAll('#nodes .node')];
    const drawnNodes = nodes.map((n) => viewer.names[Number(n.dataset['i'])]!);
    const drawnSet = new Set(nodes.map((n) => n.dataset['i']));
    const boxes = nodes.map((n) => ({ name: viewer.names[Number(n.dataset['i'])]!, node: n, rect: n.querySelector('.box')!.getBoundingClientRect() }));
    const overlaps: string[] = [];
    for (let a = 0; a < boxes.length; a++) {
      for (let b = a + 1; b < boxes.length; b++) {
        const p = boxes[a]!.rect;
        const q = boxes[b]!.rect;
        if (p.left < q.right - 0.5 && q.left < p.right - 0.5 && p.top < q.bottom - 0.5 && q.top < p.bottom - 0.5) overlaps.push(`${boxes[a]!.name} / ${boxes[b]!.name}`);
      }
    }
    const overflows: string[] = [];
    for (const { name, node, rect } of boxes) {
      for (const text of node.querySelectorAll('text')) {
        const t = text.getBoundingClientRect();
        if (t.width === 0) continue;
        if (t.left < rect.left - 0.5 || t.right > rect.right + 0.5 || t.top < rect.top - 0.5 || t.bottom > rect.bottom + 0.5) overflows.push(`${name}: "${text.textContent}"`);
      }
    }
    const links: any[] = [...document.querySelectorAll('#links .link')];
    const data = JSON.parse(document.getElementById('flow-data')!.textContent!) as { links: { a: number; b: number }[] };
    const looseLinks = links.filter((l) => {
      const link = data.links[Number(l.dataset['l'])]!;
      return !drawnSet.has(String(link.a)) || !drawnSet.has(String(link.b));
    }).length;
    const emptyLinks = links.filter((l) => !(l.getTotalLength() > 0)).length;
    return { title: view.title, expectedNodes: view.nodes, drawnNodes, expectedLinks: view.links, drawnLinks: links.length, looseLinks, emptyLinks, overlaps, overflows };
  }, index);
}
