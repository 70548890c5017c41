/**
 * A diff as a picture: the graph of flow B with what `diffFlows` found marked on it, and the
 * removed activities and links of flow A drawn back in as removed (`changeGraph`); and the
 * changed neighbourhood of that graph (`changedNeighbourhood`): every marked activity, both ends
 * of every marked link, and their direct neighbours, which is what a pull-request comment shows.
 * Pure. The marks come from the diff's changes (src/diff/diff.ts), so the picture shows exactly
 * what the words say: activities added, removed, renamed, changed; links added, removed and
 * rewired (the new link marked added, the old one drawn as removed).
 */
import { settingLabel } from '../diff/describe.js';
import type { Change } from '../diff/diff.js';
import type { HtmlOptions } from './html.js';
import { linkKey, type Mark, type MarkedGraph } from './mermaid.js';
import { linkPath, type FlowGraph, type GraphLink, type GraphNode, type GraphView } from './model.js';

type NodeMark = { mark: Mark; note: string };
type LinkMark = { mark: 'added' | 'removed'; note: string };

function settingNotes(changes: readonly Change[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of changes) {
    if (c.kind !== 'setting-changed' || c.activity === undefined || c.setting === undefined) continue;
    const label = settingLabel(c.setting, c.after ?? c.before);
    const list = out.get(c.activity) ?? [];
    if (!list.includes(label)) list.push(label);
    out.set(c.activity, list);
  }
  return out;
}

const changedNote = (labels: readonly string[]): string =>
  `changed: ${labels.slice(0, 2).join(', ')}${labels.length > 2 ? ` and ${labels.length - 2} more` : ''}`;

function nodeMarks(changes: readonly Change[], after: FlowGraph): Map<string, NodeMark> {
  const marks = new Map<string, NodeMark>();
  const settings = settingNotes(changes);
  for (const c of changes) {
    if (c.kind === 'activity-added' && c.activity) marks.set(c.activity, { mark: 'added', note: 'added' });
    if (c.kind === 'activity-renamed' && c.activity) marks.set(c.activity, { mark: 'renamed', note: `renamed from ${String(c.before)}` });
    if (c.kind === 'event-handler-added' && c.event) marks.set(c.event, { mark: 'added', note: 'now handled' });
    if (c.kind === 'event-handler-removed' && c.event && after.nodes.some((n) => n.name === c.event)) marks.set(c.event, { mark: 'changed', note: 'no longer handled' });
  }
  for (const [activity, labels] of settings) {
    const existing = marks.get(activity);
    marks.set(activity, existing ? { mark: existing.mark, note: `${existing.note}; ${changedNote(labels)}` } : { mark: 'changed', note: changedNote(labels) });
  }
  return marks;
}

/** Flow B's graph with flow A's removals drawn back in, every change marked. */
export function changeGraph(before: FlowGraph, after: FlowGraph, changes: readonly Change[]): MarkedGraph {
  const renames = new Map(changes.filter((c) => c.kind === 'activity-renamed').map((c) => [String(c.before), String(c.after)]));
  const removedNames = new Set(changes.filter((c) => c.kind === 'activity-removed').map((c) => c.activity!));
  const afterNames = new Set(after.nodes.map((n) => n.name));
  // A removed activity keeps its name unless B reuses it (a kind changed under the same name).
  const removedKey = (name: string): string => (afterNames.has(name) ? `${name} (removed)` : name);
  const inMerged = (aName: string): string => (removedNames.has(aName) ? removedKey(aName) : (renames.get(aName) ?? aName));

  const marks = nodeMarks(changes, after);
  const nodes: GraphNode[] = [...after.nodes];
  for (const node of before.nodes) {
    if (!removedNames.has(node.name)) continue;
    const name = removedKey(node.name);
    nodes.push({ ...node, name });
    marks.set(name, { mark: 'removed', note: 'removed' });
  }

  const linkMarks = new Map<string, LinkMark>();
  const links: GraphLink[] = [...after.links];
  const addedSources = new Set(changes.filter((c) => c.kind === 'activity-added').map((c) => c.activity!));
  for (const link of after.links) if (addedSources.has(link.source)) linkMarks.set(linkKey(link), { mark: 'added', note: '' });
  const removedLink = (source: string, port: string, target: string, note: string) => {
    const link = { source, port, target, path: linkPath(port) };
    links.push(link);
    linkMarks.set(linkKey(link), { mark: 'removed', note });
  };
  for (const c of changes) {
    if (c.activity === undefined || c.port === undefined) continue;
    if (c.kind === 'link-added' || c.kind === 'link-rewired') linkMarks.set(linkKey({ source: c.activity, port: c.port, target: String(c.after) }), { mark: 'added', note: c.kind === 'link-rewired' ? '(new)' : '(added)' });
    if (c.kind === 'link-rewired' || c.kind === 'link-removed') {
      // The diff names the old target as B knows it (renames applied); a removed one as A did.
      const target = String(c.before);
      removedLink(c.activity, c.port, afterNames.has(target) && !removedNames.has(target) ? target : removedKey(target), c.kind === 'link-rewired' ? '(was)' : '(removed)');
    }
  }
  for (const link of before.links) if (removedNames.has(link.source)) removedLink(removedKey(link.source), link.port, inMerged(link.target), '');

  return { name: after.name, nodes, links, views: mergedViews(before, after, removedNames, removedKey), nodeMarks: marks, linkMarks };
}

/** B's views, each with the removed activities A showed in the view of the same id. */
function mergedViews(before: FlowGraph, after: FlowGraph, removed: ReadonlySet<string>, removedKey: (n: string) => string): GraphView[] {
  const views = after.views.map((v) => ({ ...v, nodes: [...v.nodes] }));
  const placed = new Set<string>();
  for (const view of before.views) {
    const gone = view.nodes.filter((n) => removed.has(n) && !placed.has(n));
    if (gone.length === 0) continue;
    let target = views.find((v) => v.id === view.id);
    if (!target) views.push((target = { ...view, nodes: [] }));
    for (const n of gone) {
      target.nodes.push(removedKey(n));
      placed.add(n);
    }
  }
  return views;
}

/** The marked activities and links, their ends and direct neighbours; undefined when nothing drawable changed. */
export function changedNeighbourhood(graph: MarkedGraph): MarkedGraph | undefined {
  const focus = new Set(graph.nodeMarks?.keys() ?? []);
  for (const link of graph.links) {
    if (!graph.linkMarks?.has(linkKey(link))) continue;
    focus.add(link.source);
    focus.add(link.target);
  }
  if (focus.size === 0) return undefined;
  const keep = new Set(focus);
  for (const link of graph.links) {
    if (focus.has(link.source)) keep.add(link.target);
    if (focus.has(link.target)) keep.add(link.source);
  }
  return {
    ...graph,
    nodes: graph.nodes.filter((n) => keep.has(n.name)),
    links: graph.links.filter((l) => keep.has(l.source) && keep.has(l.target)),
    views: graph.views.map((v) => ({ ...v, nodes: v.nodes.filter((n) => keep.has(n)) })).filter((v) => v.nodes.length > 0),
  };
}

const DIFF_CSS = `
.node.mark-added .box{fill:#dafbe1;stroke:#1a7f37;stroke-width:3}
.node.mark-removed .box{fill:#ffebe9;stroke:#cf222e;stroke-width:2;stroke-dasharray:6 4}.node.mark-removed{opacity:.75}
.node.mark-changed .box{fill:#fff8c5;stroke:#9a6700;stroke-width:3}
.node.mark-renamed .box{fill:#ddf4ff;stroke:#0969da;stroke-width:3}
.far-box.mark-added{fill:#dafbe1;stroke:#1a7f37}.far-box.mark-removed{fill:#ffebe9;stroke:#cf222e}.far-box.mark-changed{fill:#fff8c5;stroke:#9a6700}.far-box.mark-renamed{fill:#ddf4ff;stroke:#0969da}
.link.mark-added{stroke:#1a7f37;stroke-width:3}.link.mark-removed{stroke:#cf222e;stroke-width:2;stroke-dasharray:6 4}
.legend .mark-added{background:#dafbe1}.legend .mark-removed{background:#ffebe9}.legend .mark-changed{background:#fff8c5}.legend .mark-renamed{background:#ddf4ff}
`;

/** The HTML viewer's decorations for a marked graph: classes per mark, their CSS and a legend. */
export function diffHtmlOptions(subtitle: string): HtmlOptions {
  return {
    subtitle,
    nodeClasses: (node, graph) => {
      const mark = (graph as MarkedGraph).nodeMarks?.get(node.name);
      return mark ? [`mark-${mark.mark}`] : [];
    },
    linkClasses: (link, graph) => {
      const mark = (graph as MarkedGraph).linkMarks?.get(linkKey(link));
      return mark ? [`mark-${mark.mark}`] : [];
    },
    css: DIFF_CSS,
    legend: [
      { className: 'mark-added', label: 'added', on: 'node' },
      { className: 'mark-removed', label: 'removed', on: 'node' },
      { className: 'mark-changed', label: 'changed', on: 'node' },
      { className: 'mark-renamed', label: 'renamed', on: 'node' },
    ],
  };
}
