/**
 * `flowgen test --coverage-html`: the flows a test run exercised, drawn in the graph viewer
 * (src/graph/html.ts) with each link coloured by whether a scenario took it, through the
 * viewer's decoration hook. A flow that cannot be drawn (it does not compile to a document)
 * falls back to the simulator's table of ports, so the report is always written.
 */
import { unwrapFlowDocument } from '../diff/model.js';
import { renderHtml } from '../graph/html.js';
import { linkKey } from '../graph/mermaid.js';
import { flowGraph, type FlowGraph } from '../graph/model.js';
import { formatCoverageHtml } from '../simulate/format/test-report.js';
import { compileIr } from './compile-flow.js';
import type { TestFlowsResult } from './test-flows.js';

const COVERAGE_CSS = `
.link.taken{stroke:#1a7f37;stroke-width:3}.link.untested{stroke:#cf222e;stroke-width:2.5;stroke-dasharray:6 4}
.legend .taken{background:#dafbe1}.legend .untested{background:#ffebe9}
`;

export async function coverageHtml(tested: Pick<TestFlowsResult, 'coverage' | 'flows'>): Promise<string> {
  const graphs: FlowGraph[] = [];
  const taken = new Set<string>();
  for (const [i, coverage] of tested.coverage.entries()) {
    const ir = tested.flows[i];
    const compiled = ir ? await compileIr(ir) : undefined;
    const document = compiled?.document === undefined ? undefined : unwrapFlowDocument(compiled.document);
    if (!document) return formatCoverageHtml(tested.coverage);
    const graph = await flowGraph(document);
    graphs.push(graph);
    for (const a of coverage.activities) for (const p of a.ports) if (p.taken) taken.add(`${graph.name}\u0001${linkKey({ source: a.activity, port: p.port, target: p.target })}`);
  }
  if (graphs.length === 0) return formatCoverageHtml(tested.coverage);
  return renderHtml(graphs, {
    title: 'flowgen link coverage',
    subtitle: tested.coverage.map((c) => `${c.flow}: ${c.taken}/${c.total} links (${c.percent.toFixed(1)}%)`).join(' · '),
    linkClasses: (link, graph) => (taken.has(`${graph.name}\u0001${linkKey(link)}`) ? ['taken'] : ['untested']),
    css: COVERAGE_CSS,
    legend: [
      { className: 'taken', label: 'link taken by a scenario', on: 'link' },
      { className: 'untested', label: 'untested link', on: 'link' },
    ],
  });
}
