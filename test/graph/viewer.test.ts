/**
 * The HTML viewer in a real browser (Debian's Chromium, headless, through playwright-core): for
 * the Zendesk IVR and for every real export of the corpus, each view draws every activity and
 * link, no two boxes overlap, no text leaves its box, clicking shows an activity's settings in
 * the diff's words, search finds and centres, and the page logs no error and fetches nothing.
 * Screenshots of the Zendesk IVR go to test/artifacts/ (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFlowDocument } from '../../src/api/graph-files.js';
import { renderHtml } from '../../src/graph/html.js';
import { flowGraph, type FlowGraph } from '../../src/graph/model.js';
import { unwrapFlowDocument } from '../../src/diff/model.js';
import { launchChromium, strictPage } from '../harness/browser.js';
import { corpusFiles } from '../harness/corpus.js';
import { repoRoot } from '../harness/paths.js';
import { checkView, type Viewer } from './page-checks.js';
import { largeDocument } from './large-document.js';

declare const window: { flowgenViewer: Viewer };
declare const document: any;

const artifacts = join(repoRoot, 'test/artifacts');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(artifacts, { recursive: true });
}, 60_000);
afterAll(async () => browser?.close());

async function open(graph: FlowGraph): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const opened = await strictPage(browser);
  await opened.page.setContent(renderHtml(graph), { waitUntil: 'load' });
  await opened.page.waitForFunction(() => window.flowgenViewer?.ready === true);
  return opened;
}

const linksIn = (graph: FlowGraph, viewIndex: number): number => {
  const members = new Set(graph.views[viewIndex]!.nodes);
  return graph.links.filter((l) => members.has(l.source) && members.has(l.target)).length;
};

/** Every view: all activities and links drawn, nothing overlapping, no text out of its box. */
async function expectWholeAndTidy(page: Page, graph: FlowGraph): Promise<void> {
  for (const [i, view] of graph.views.entries()) {
    const report = await checkView(page, i);
    expect([...report.drawnNodes].sort(), `${graph.name} / ${view.title}: activities drawn`).toEqual([...view.nodes].sort());
    expect(report.drawnLinks, `${graph.name} / ${view.title}: links drawn`).toBe(linksIn(graph, i));
    expect(report.looseLinks + report.emptyLinks, `${graph.name} / ${view.title}: links end on drawn activities`).toBe(0);
    expect(report.overlaps, `${graph.name} / ${view.title}: overlapping activities`).toEqual([]);
    expect(report.overflows, `${graph.name} / ${view.title}: text outside its box`).toEqual([]);
  }
}

/** Brings the activity on screen (selecting it centres it), deselects it, then clicks its box. */
async function clickActivity(page: Page, name: string): Promise<void> {
  await page.evaluate((n) => window.flowgenViewer.select(n), name);
  const index = await page.evaluate((n) => window.flowgenViewer.names.indexOf(n), name);
  await page.evaluate(() => window.flowgenViewer.select(''));
  const box = await page.locator(`#nodes [data-i="${index}"] .box`).boundingBox();
  await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
}

describe('the HTML viewer of the Zendesk IVR (flows/zendesk-ivr.flow.ts)', () => {
  let graph: FlowGraph;
  let page: Page;
  let errors: string[];
  let requests: string[];

  beforeAll(async () => {
    const read = await readFlowDocument('flows/zendesk-ivr.flow.ts', repoRoot);
    expect(read.diagnostics).toEqual([]);
    graph = await flowGraph(read.document!);
    ({ page, errors, requests } = await open(graph));
  }, 60_000);
  afterAll(async () => page?.close());

  it('draws the main flow and each event flow as tabs, every activity and link, nothing overlapping', async () => {
    expect(graph.views.map((v) => v.title)).toEqual(['Main flow', 'AgentAnswered', 'PhoneContactEnded', 'AgentDisconnected', 'OnGlobalError', 'Other event nodes']);
    expect(await page.locator('#tabs button').count()).toBe(graph.views.length);
    await expectWholeAndTidy(page, graph);
    await page.evaluate(() => {
      window.flowgenViewer.showView(0);
    });
    await page.screenshot({ path: join(artifacts, 'zendesk-ivr-main-fit.png') });
  });

  it('shows the settings of a clicked activity as the diff describes them', async () => {
    await page.evaluate(() => window.flowgenViewer.showView(0));
    await clickActivity(page, 'MainMenu');
    expect(await page.locator('#details h2').textContent()).toBe('MainMenu');
    expect(await page.locator('#details .kind').textContent()).toBe('menu');
    const rows = await page.locator('#details table.settings tr').allTextContents();
    expect(rows.some((r) => r.startsWith('TTS text') && r.includes('To speak with an agent'))).toBe(true);
    expect(await page.locator('#details .links-out li').allTextContents()).toEqual(['1 → ChoseAgent', '2 → ChoseHangUp', 'error → NoValidChoice', 'invalid → NoValidChoice', 'timeout → NoValidChoice']);
    await page.screenshot({ path: join(artifacts, 'zendesk-ivr-menu-selected.png') });
  });

  it('finds activities by name, across tabs, and goes to each match in turn', async () => {
    await page.fill('#search', 'queue');
    const matches = await page.evaluate(() => window.flowgenViewer.search('queue'));
    expect(matches.sort()).toEqual(['DisconnectAfterQueueFailure', 'ErrorQueue', 'QueuePriority', 'QueueStandard', 'QueueUnavailable']);
    expect(await page.locator('#search-info').textContent()).toBe('5 found');
    await page.press('#search', 'Enter');
    const first = await page.evaluate(() => window.flowgenViewer.state());
    expect(await page.locator('#details h2').textContent()).toBe(first.selected!);
    // The event flow's queue is on another tab: going through the matches switches to it.
    for (let i = 0; i < 5 && (await page.evaluate(() => window.flowgenViewer.state().selected)) !== 'ErrorQueue'; i++) await page.press('#search', 'Enter');
    const onError = await page.evaluate(() => window.flowgenViewer.state());
    expect(onError.selected).toBe('ErrorQueue');
    expect(graph.views[onError.view]!.title).toBe('OnGlobalError');
    expect(await page.locator('#nodes .node.match').count()).toBe(1);
    await page.screenshot({ path: join(artifacts, 'zendesk-ivr-search.png') });
  });

  it('pans with a drag and zooms with the wheel', async () => {
    await page.evaluate(() => window.flowgenViewer.showView(0));
    const before = await page.evaluate(() => window.flowgenViewer.state().zoom);
    await page.mouse.move(500, 500);
    await page.mouse.wheel(0, -400);
    await page.waitForFunction((z) => window.flowgenViewer.state().zoom > z, before);
    const transform = await page.locator('#world').getAttribute('transform');
    await page.mouse.move(500, 500);
    await page.mouse.down();
    await page.mouse.move(300, 420, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction((t) => document.getElementById('world').getAttribute('transform') !== t, transform);
    await page.evaluate(() => window.flowgenViewer.zoomTo(0.9));
    await page.screenshot({ path: join(artifacts, 'zendesk-ivr-main-zoomed.png') });
  });

  it('raised no console error and made no network request', () => {
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
  });
});

const exports = corpusFiles
  .map((file) => ({ name: file.name, document: (() => { try { return unwrapFlowDocument(JSON.parse(file.text)); } catch { return undefined; } })() }))
  .filter((f) => f.document !== undefined);

describe.skipIf(exports.length === 0)('the HTML viewer of every real corpus export', () => {
  it.each(exports.map((e) => [e.name, e] as const))('%s: every activity and link drawn at its Flow Designer position, tidy, no error', async (_, entry) => {
    const graph = await flowGraph(entry.document!);
    const { page, errors, requests } = await open(graph);
    try {
      await expectWholeAndTidy(page, graph);
      // A click on the first activity of the main flow shows it.
      const first = graph.views[0]!.nodes[0];
      if (first !== undefined) {
        await page.evaluate(() => window.flowgenViewer.showView(0));
        await clickActivity(page, first);
        expect(await page.locator('#details h2').textContent()).toBe(first);
      }
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('draws Cisco\'s Zendesk template export at the positions Flow Designer saved', async () => {
    const entry = exports.find((e) => e.name.endsWith('Zendesk_HTTP_Template.json'))!;
    const graph = await flowGraph(entry.document!);
    const widgets = (entry.document as unknown as { diagram: { widgets: Record<string, { point: { x: number; y: number } }> } }).diagram.widgets;
    const activities = (entry.document as unknown as { process: { activities: Record<string, { name: string }> } }).process.activities;
    for (const [id, a] of Object.entries(activities)) {
      const node = graph.nodes.find((n) => n.name === a.name)!;
      expect({ x: node.x, y: node.y }).toEqual(widgets[id]!.point);
    }
  });
});

describe('a flow of 1,000 activities', () => {
  it('draws only what is on screen up close, every box when fitted, and search still reaches any activity', async () => {
    const graph = await flowGraph(await largeDocument(1000));
    const { page, errors } = await open(graph);
    try {
      const fitted = await page.evaluate(() => window.flowgenViewer.state());
      expect(fitted.drawnNodes).toBe(1000);
      await page.evaluate(() => window.flowgenViewer.zoomTo(1));
      const close = await page.evaluate(() => window.flowgenViewer.state());
      expect(close.drawnNodes).toBeGreaterThan(0);
      expect(close.drawnNodes).toBeLessThan(200);
      await page.fill('#search', 'Step_950');
      await page.press('#search', 'Enter');
      expect(await page.locator('#details h2').textContent()).toBe('Step_950');
      const index = await page.evaluate(() => window.flowgenViewer.names.indexOf('Step_950'));
      expect(await page.locator(`#nodes .node[data-i="${index}"]`).count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 180_000);
});
