/**
 * Pictures of a diff (`flowgen diff --format markdown|html`): for each compared pair, the graph
 * of the newer flow with the changes marked (src/graph/changes.ts). Markdown gets the changed
 * neighbourhood as Mermaid under each pair's summary; HTML gets one viewer page with every pair's
 * full flow, its tabs prefixed by the flow's name when there are several. Pure given the outcome.
 */
import type { DiffOutcome } from './diff-files.js';
import { formatDiffMarkdown } from '../diff/format/markdown.js';
import { summarize } from '../diff/format/sections.js';
import { changedNeighbourhood, changeGraph, diffHtmlOptions } from '../graph/changes.js';
import { renderHtml } from '../graph/html.js';
import { toMermaid, type MarkedGraph } from '../graph/mermaid.js';
import { flowGraph } from '../graph/model.js';

async function markedGraphs(outcome: DiffOutcome): Promise<MarkedGraph[]> {
  const graphs: MarkedGraph[] = [];
  for (const [i, report] of outcome.reports.entries()) {
    const documents = outcome.documents[i]!;
    graphs.push(changeGraph(await flowGraph(documents.before), await flowGraph(documents.after), report.changes));
  }
  return graphs;
}

/** The markdown comment with a Mermaid picture of each pair's changed neighbourhood. */
export async function diffMarkdownWithPictures(outcome: DiffOutcome): Promise<string> {
  const graphs = await markedGraphs(outcome);
  const pictures = graphs.map((g) => {
    const around = changedNeighbourhood(g);
    return around ? toMermaid(around) : undefined;
  });
  return formatDiffMarkdown(outcome.reports, { diagram: (_, index) => pictures[index] });
}

/** One HTML viewer page of every pair's newer flow, changes marked. */
export async function diffHtml(outcome: DiffOutcome): Promise<string> {
  const graphs = await markedGraphs(outcome);
  const total = outcome.reports.reduce((n, r) => n + r.changes.length, 0);
  const subtitle = outcome.reports
    .map((r) => `${r.before} → ${r.after}: ${r.changes.length === 0 ? 'no differences' : summarize(r.changes)}`)
    .join(' · ');
  return renderHtml(graphs, { ...diffHtmlOptions(subtitle), title: `flowgen diff: ${total} ${total === 1 ? 'change' : 'changes'}` });
}
