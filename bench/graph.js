/**
 * `npm run bench` (graph part): the HTML viewer of synthetic flows of 1,000 and 5,000 activities
 * (bench/synthetic-flow.js, compiled and laid out by flowgen): the page's size, the time to make
 * it, and in headless Chromium (Debian's package, when installed) the time from loading the page
 * to the viewer being ready and fitted, then to a redraw at 100% after a zoom (what culling buys).
 * Measured once each: a figure for the record, never a pass/fail threshold.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { compileFlow, flowGraph, renderHtml } from '../build/index.js';
import { unwrapFlowDocument } from '../build/diff/model.js';
import { syntheticFlow } from './synthetic-flow.js';

const chromiumPath = process.env.FLOWGEN_CHROMIUM ?? '/usr/bin/chromium';
const temp = mkdtempSync(join(tmpdir(), 'flowgen-bench-graph-'));

async function inBrowser(browser, file) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  const started = performance.now();
  await page.goto(`file://${file}`);
  await page.waitForFunction(() => window.flowgenViewer?.ready === true);
  const ready = performance.now() - started;
  const zoomStarted = performance.now();
  const drawn = await page.evaluate(() => {
    window.flowgenViewer.zoomTo(1);
    return window.flowgenViewer.state().drawnNodes;
  });
  const zoom = performance.now() - zoomStarted;
  await page.close();
  return { ready, zoom, drawn };
}

let browser;
if (existsSync(chromiumPath)) {
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
} else {
  console.log(`graph viewer: Chromium not found at ${chromiumPath}; page load times are not measured (apt-get install -y chromium).`);
}

try {
  for (const size of [1000, 5000]) {
    const compiled = await compileFlow(syntheticFlow(size));
    const document = unwrapFlowDocument(compiled.document);
    const t0 = performance.now();
    const graph = await flowGraph(document);
    const html = renderHtml(graph);
    const made = performance.now() - t0;
    const file = join(temp, `synthetic-${size}.html`);
    writeFileSync(file, html);
    const bytes = Buffer.byteLength(html);
    let line = `graph html ${String(graph.nodes.length).padStart(5)} activities: ${(bytes / 1024 / 1024).toFixed(2)} MB, made in ${made.toFixed(0)} ms`;
    if (browser) {
      const r = await inBrowser(browser, file);
      line += `; Chromium: ready and fitted in ${r.ready.toFixed(0)} ms, 100% redraw in ${r.zoom.toFixed(0)} ms (${r.drawn} of ${graph.nodes.length} activities in the DOM)`;
    }
    console.log(line);
  }
} finally {
  await browser?.close();
  rmSync(temp, { recursive: true, force: true });
}
