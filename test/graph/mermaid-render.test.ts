/**
 * Every Mermaid output flowgen makes of the corpus renders in the real `mermaid` library (its
 * bundled file from node_modules, loaded into headless Chromium; no network): each flow document
 * in ../shared/corpus, the Zendesk IVR, a made flow of hostile names, and a diff's picture. Each
 * parses, renders to SVG with one node per activity drawn, and shows every name as its text.
 */
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffFlowFiles } from '../../src/api/diff-files.js';
import { diffMarkdownWithPictures } from '../../src/api/diff-pictures.js';
import { readFlowDocument } from '../../src/api/graph-files.js';
import { unwrapFlowDocument } from '../../src/diff/model.js';
import { toMermaid } from '../../src/graph/mermaid.js';
import { flowGraph, type FlowGraph } from '../../src/graph/model.js';
import { launchChromium, strictPage } from '../harness/browser.js';
import { corpusFiles } from '../harness/corpus.js';
import { repoRoot } from '../harness/paths.js';
import { oddNames, oddNamesDocument } from './odd-names.js';

declare const window: any;
declare const document: any;

const mermaidBundle = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
let browser: Browser;
let page: Page;
let errors: string[];
let requests: string[];

beforeAll(async () => {
  browser = await launchChromium();
  ({ page, errors, requests } = await strictPage(browser));
  await page.setContent('<!DOCTYPE html><html><body><div id="out"></div></body></html>');
  await page.addScriptTag({ path: mermaidBundle });
  await page.evaluate(() => window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }));
}, 60_000);
afterAll(async () => browser?.close());

interface Rendered {
  error?: string;
  nodes: number;
  text: string;
  /** Elements a label must never become (`<script>`, `<img>`). */
  injected: number;
}

/** Parses and renders in the page; the node count and the SVG's text, or mermaid's error. */
function render(source: string, id: string): Promise<Rendered> {
  return page.evaluate(
    async ({ source, id }) => {
      try {
        await window.mermaid.parse(source);
        const { svg } = await window.mermaid.render(id, source);
        const out = document.getElementById('out');
        out.innerHTML = svg;
        const rendered = { nodes: out.querySelectorAll('g.node').length, text: out.textContent.replace(/\s+/g, ' '), injected: out.querySelectorAll('script, img').length };
        out.innerHTML = '';
        return rendered;
      } catch (error: any) {
        return { error: String(error?.message ?? error), nodes: 0, text: '', injected: 0 };
      }
    },
    { source, id },
  );
}

/** The activities Mermaid draws: all but event nodes nobody handles. */
function drawnNames(graph: FlowGraph): string[] {
  const linked = new Set(graph.links.map((l) => l.source));
  return graph.nodes.filter((n) => !(n.kind === 'event' && n.canvas === 'events' && !linked.has(n.name))).map((n) => n.name);
}

async function expectRenders(graph: FlowGraph, id: string): Promise<void> {
  const source = toMermaid(graph);
  const rendered = await render(source, id);
  expect(rendered.error, `${graph.name}: mermaid error`).toBeUndefined();
  const names = drawnNames(graph);
  expect(rendered.nodes, `${graph.name}: nodes drawn`).toBe(names.length);
  for (const name of names) expect(rendered.text, `${graph.name}: "${name}" shown`).toContain(name.replace(/\s+/g, ' '));
}

const documents = corpusFiles
  .map((file) => {
    try {
      return { name: file.name, document: unwrapFlowDocument(JSON.parse(file.text)) };
    } catch {
      return { name: file.name, document: undefined };
    }
  })
  .filter((f) => f.document !== undefined);

describe.skipIf(documents.length === 0)('mermaid renders flowgen graph of every corpus flow document', () => {
  it.each(documents.map((d, i) => [d.name, d, i] as const))('%s', async (_, entry, i) => {
    await expectRenders(await flowGraph(entry.document!), `corpus${i}`);
  });
});

describe('mermaid renders', () => {
  it('the Zendesk IVR definition', async () => {
    const read = await readFlowDocument('flows/zendesk-ivr.flow.ts', repoRoot);
    await expectRenders(await flowGraph(read.document!), 'zendesk');
  });

  it('names and prompts full of Mermaid and HTML syntax, as their text and never as markup', async () => {
    const graph = await flowGraph(await oddNamesDocument());
    expect(graph.nodes.map((n) => n.name)).toEqual(expect.arrayContaining(oddNames));
    await expectRenders(graph, 'odd');
    const rendered = await render(toMermaid(graph), 'odd2');
    expect(rendered.text).toContain('He said "hi" [twice] {{choice}}; #5 <b>bold</b>');
    expect(rendered.injected).toBe(0);
  });

  it('the picture of a diff in its markdown comment', async () => {
    const made = 'test/fixtures/made/diff';
    const outcome = await diffFlowFiles(`${made}/support-line.flow.ts`, `${made}/support-line-post-comment.flow.ts`, repoRoot);
    const markdown = await diffMarkdownWithPictures(outcome);
    const source = /```mermaid\n([\s\S]*?)```/.exec(markdown)![1]!;
    const rendered = await render(source, 'diff');
    expect(rendered.error).toBeUndefined();
    expect(rendered.text).toContain('PostComment');
    expect(rendered.text).toContain('added');
  });

  it('raised no console error and fetched nothing', () => {
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
  });
});
