/**
 * The graph of a flow document and its Mermaid, SVG and HTML renderings, without a browser (the
 * browser tests render them for real): what the graph holds, how Mermaid escapes and styles it,
 * that every output is deterministic and self-contained, and that the HTML hook decorates links.
 */
import { describe, expect, it } from 'vitest';
import { mermaidLimitWarnings, readFlowDocument } from '../../src/api/graph-files.js';
import { unwrapFlowDocument } from '../../src/diff/model.js';
import { renderHtml } from '../../src/graph/html.js';
import { escapeMermaid, linkKey, toMermaid } from '../../src/graph/mermaid.js';
import { flowGraph, type FlowGraph } from '../../src/graph/model.js';
import { toSvg } from '../../src/graph/svg.js';
import { repoRoot, zd24Path } from '../harness/paths.js';
import { hasShared } from '../harness/paths.js';
import { readFileSync } from 'node:fs';
import { oddNamesDocument } from './odd-names.js';

let zendesk: Promise<FlowGraph> | undefined;
const zendeskGraph = (): Promise<FlowGraph> =>
  (zendesk ??= readFlowDocument('flows/zendesk-ivr.flow.ts', repoRoot).then((read) => {
    expect(read.diagnostics).toEqual([]);
    return flowGraph(read.document!);
  }));

describe('flowGraph', () => {
  it('holds every activity with its kind, summary, ports and position, and links by port', async () => {
    const graph = await zendeskGraph();
    const menu = graph.nodes.find((n) => n.name === 'MainMenu')!;
    expect(menu).toMatchObject({ kind: 'menu', summary: '1 agent · 2 hang up', canvas: 'main', ports: ['1', '2', 'timeout', 'invalid', 'error'], entry: false, terminal: false });
    expect(Number.isFinite(menu.x) && Number.isFinite(menu.y)).toBe(true);
    expect(graph.nodes.find((n) => n.name === 'RouteBySeverity')!.ports).toEqual(['urgent', 'high', 'error', 'default']);
    expect(graph.links.filter((l) => l.source === 'MainMenu').map((l) => [l.port, l.target, l.path])).toEqual([
      ['1', 'ChoseAgent', 'normal'],
      ['2', 'ChoseHangUp', 'normal'],
      ['error', 'NoValidChoice', 'error'],
      ['invalid', 'NoValidChoice', 'normal'],
      ['timeout', 'NoValidChoice', 'timeout'],
    ]);
    expect(graph.nodes.find((n) => n.name === 'NewPhoneContact')).toMatchObject({ entry: true });
    expect(graph.nodes.find((n) => n.name === 'CallDisconnect')).toMatchObject({ terminal: true });
  });

  it('lists settings in the words of the diff', async () => {
    const graph = await zendeskGraph();
    const lookup = graph.nodes.find((n) => n.name === 'LookupUser')!;
    expect(lookup.settings).toContainEqual({ label: 'HTTP request method', value: '"GET"' });
    expect(lookup.settings.some((s) => s.label === 'HTTP request path' && s.value.includes('/api/v2/users/search.json'))).toBe(true);
  });

  it('lays out a canvas afresh when a widget is missing, so a hand-made document still draws', async () => {
    const read = await readFlowDocument('flows/zendesk-ivr.flow.ts', repoRoot);
    const document = structuredClone(read.document!) as unknown as { diagram: { widgets: Record<string, unknown> } };
    document.diagram.widgets = {};
    const graph = await flowGraph(document as never);
    const main = graph.nodes.filter((n) => n.canvas === 'main');
    expect(main.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
    expect(new Set(main.map((n) => `${n.x},${n.y}`)).size).toBe(main.length);
  });

  it.skipIf(!hasShared)("keeps Flow Designer's positions of an export", async () => {
    const document = unwrapFlowDocument(JSON.parse(readFileSync(zd24Path, 'utf8')))!;
    const graph = await flowGraph(document);
    expect(graph.views.map((v) => v.title)).toContain('Main flow');
    const [id, activity] = Object.entries(document.process.activities)[0] as [string, { name: string }];
    const widget = (document['diagram'] as { widgets: Record<string, { point: unknown }> }).widgets[id]!;
    expect(graph.nodes.find((n) => n.name === activity.name)).toMatchObject(widget.point as object);
  });
});

describe('toMermaid', () => {
  it('is a flowchart LR with the main flow at the top level and each handled event flow a subgraph', async () => {
    const text = toMermaid(await zendeskGraph());
    expect(text.startsWith('flowchart LR\n')).toBe(true);
    expect(text.match(/^ {2}subgraph s\d+\["([^"]*)"\]$/gm)!.map((l) => /\["(.*)"\]/.exec(l)![1])).toEqual(['AgentAnswered', 'PhoneContactEnded', 'AgentDisconnected', 'OnGlobalError']);
    // Unhandled event nodes do nothing for a caller and are left out, as the diff leaves them out.
    expect(text).not.toContain('AgentOffered');
  });

  it('labels links by port, dots error and timeout paths and colours them', async () => {
    const text = toMermaid(await zendeskGraph());
    const lines = text.split('\n').filter((l) => /^ {2}n\d+ /.test(l));
    const id = (name: string) => new RegExp(`^\\s+(n\\d+)[[(]+"<b>${name}</b>`, 'm').exec(text)![1];
    expect(lines).toContain(`  ${id('MainMenu')} -->|"1"| ${id('ChoseAgent')}`);
    expect(lines).toContain(`  ${id('MainMenu')} -.->|"timeout"| ${id('NoValidChoice')}`);
    expect(lines).toContain(`  ${id('MainMenu')} -.->|"error"| ${id('NoValidChoice')}`);
    // A single way on is not labelled.
    expect(lines).toContain(`  ${id('Greeting')} --> ${id('NormalizeCallerNumber_Digits')}`);
    expect(text).toMatch(/linkStyle [\d,]+ stroke:#cf222e/);
    expect(text).toMatch(/linkStyle [\d,]+ stroke:#bf8700/);
  });

  it('escapes every character Mermaid or HTML reads as syntax, and keeps non-ASCII text', () => {
    expect(escapeMermaid('Say "hi" [now] {{x}} #1; a|b <b> & 100% `t` (x)')).toBe(
      'Say #quot;hi#quot; #91;now#93; #123;#123;x#125;#125; #35;1#59; a#124;b #60;b#62; #38; 100#37; #96;t#96; #40;x#41;',
    );
    expect(escapeMermaid('Ünïcödé 日本語\nnext')).toBe('Ünïcödé 日本語 next');
  });

  it('never lets a name reach a node id or leave its quotes', async () => {
    const text = toMermaid(await flowGraph(await oddNamesDocument()));
    for (const line of text.split('\n').slice(1)) {
      const outside = line.replace(/"[^"]*"/g, '""');
      expect(outside, line).toMatch(/^\s*(n\d+(\(\[|\[)""(\]\)|\])|subgraph s\d+\[""\]|end|n\d+ (-->|-\.->|==>)(\|""\|)? n\d+|classDef .*|class [n\d,]+ \w+|linkStyle .*|)$/);
    }
  });

  it('draws a kind without a summary as its name and kind', async () => {
    const graph = await zendeskGraph();
    expect(graph.nodes.find((n) => n.name === 'CallDisconnect')!.summary).toBeUndefined();
    expect(toMermaid(graph)).toMatch(/n\d+\(\["<b>CallDisconnect<\/b><br\/><i>disconnect-contact<\/i>"\]\)/);
  });

  it('warns (FG750) when the diagram is past what mermaid and GitHub render by default', async () => {
    expect(mermaidLimitWarnings(toMermaid(await zendeskGraph()), 'z.flow.ts')).toEqual([]);
    const many = ['flowchart LR', ...Array.from({ length: 501 }, (_, i) => `  n${i} --> n${i + 1}`)].join('\n');
    const [warning] = mermaidLimitWarnings(many, 'big.json');
    expect(warning).toMatchObject({ code: 'FG750', severity: 'warning', location: { file: 'big.json' }, data: { links: 501 } });
  });

  it('is the same text every time', async () => {
    const graph = await zendeskGraph();
    expect(toMermaid(graph)).toBe(toMermaid(await flowGraph((await readFlowDocument('flows/zendesk-ivr.flow.ts', repoRoot)).document!)));
  });
});

describe('toSvg and renderHtml', () => {
  it('write standalone documents with nothing to fetch', async () => {
    const graph = await zendeskGraph();
    const svg = toSvg(graph);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toMatch(/href=|<script|@import|url\((?!#)/);
    const html = renderHtml(graph);
    expect(html).toContain(`Content-Security-Policy" content="default-src 'none'`);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(renderHtml(graph)).toBe(html);
    expect(toSvg(graph)).toBe(svg);
  });

  it('keep text as text: a name cannot close the data script or open a tag', async () => {
    const graph = await flowGraph(await oddNamesDocument());
    const html = renderHtml(graph);
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(toSvg(graph)).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it("let another feature add classes to chosen links and activities, with its CSS and legend", async () => {
    const graph = await zendeskGraph();
    const taken = new Set(graph.links.filter((l) => l.source === 'MainMenu').map(linkKey));
    const html = renderHtml(graph, {
      linkClasses: (link) => (taken.has(linkKey(link)) ? ['taken', 'bad class!'] : []),
      nodeClasses: (node) => (node.name === 'MainMenu' ? ['visited'] : []),
      css: '.link.taken{stroke:#1a7f37}',
      legend: [{ className: 'taken', label: 'taken in a test', on: 'link' }],
    });
    expect(html.match(/class=\\"link[^"\\]* taken\\"/g)).toHaveLength(taken.size);
    expect(html).not.toContain('bad class!');
    expect(html).toMatch(/class=\\"node visited\\"/);
    expect(html).toContain('.link.taken{stroke:#1a7f37}');
    expect(html).toContain('taken in a test');
  });
});
