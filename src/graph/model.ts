/**
 * A flow document → the graph every renderer draws (Mermaid, SVG, HTML): activities as boxes at
 * their canvas positions, links labelled by port, and the views a reader switches between (the
 * main flow, then one per event flow). Pure: a parsed flow document in, plain data out.
 *
 * The input is always the document, whether Flow Designer exported it or flowgen compiled a
 * definition into it, so both read the same way: positions are the widgets' points in the
 * document's `diagram` (docs/webex-flow-format.md §5), sizes come from the canvas geometry
 * (src/layout/geometry.ts), and a canvas with any widget missing (a hand-made document) is laid
 * out afresh. Names, links (a case's ports by case value), handled events and the settings shown
 * on click come from the diff's model and words (src/diff/model.ts, src/diff/describe.ts), so a
 * picture and a diff never disagree. What an activity is called and its one telling setting
 * come from its kind's module (`summary`).
 */
import { activityDefinition, definitionForWebexName } from '../activities/index.js';
import type { ActivityDefinition } from '../activities/define-activity.js';
import { summaryLine } from '../activities/shared/graph.js';
import { renderValue, settingLabel } from '../diff/describe.js';
import { compareStrings, documentActivities, flowModel, type DocumentActivity, type FlowDocumentShape } from '../diff/model.js';
import { WIDGET_WIDTH, widgetHeight } from '../layout/geometry.js';
import { layoutGraph } from '../layout/layout.js';

/** How a link is drawn: the normal path, an error path (`error`, a queue's `failure`), or a timeout. */
export type LinkPath = 'normal' | 'error' | 'timeout';

export interface GraphSetting {
  /** The setting as the diff names it ("HTTP request path"). */
  label: string;
  /** Its value as the diff shows it (strings quoted, prompts as their texts). */
  value: string;
}

export interface GraphNode {
  /** The activity's name in the model: unique in the flow, so it is also the node's key. */
  name: string;
  /** flowgen's kind (`menu`, `http-request`); `raw` for a kind flowgen does not model. */
  kind: string;
  /** The one telling setting, in full (renderers shorten it). */
  summary?: string;
  description?: string;
  canvas: 'main' | 'events';
  /** Top-left corner and size of the widget on its canvas. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Output ports in widget order, named as links name them (a case's by case value). */
  ports: string[];
  /** Where a flow starts (the start node, an event node): no entry port. */
  entry: boolean;
  /** Where a flow ends: no output port but `error`. */
  terminal: boolean;
  settings: GraphSetting[];
}

export interface GraphLink {
  source: string;
  port: string;
  target: string;
  path: LinkPath;
}

/** What one tab (HTML) or one subgraph (Mermaid) shows. */
export interface GraphView {
  /** `main`, `event:<event node name>`, or `events:other`. */
  id: string;
  title: string;
  canvas: 'main' | 'events';
  /** Names of the nodes shown, in drawing order. */
  nodes: string[];
  /** Whether the view is a handled event flow (Mermaid draws those as subgraphs). */
  handled: boolean;
}

export interface FlowGraph {
  name: string;
  nodes: GraphNode[];
  links: GraphLink[];
  views: GraphView[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const ERROR_PORTS = new Set(['error', 'failure']);
const TIMEOUT_PORTS = new Set(['timeout']);

export const linkPath = (port: string): LinkPath => (ERROR_PORTS.has(port) ? 'error' : TIMEOUT_PORTS.has(port) ? 'timeout' : 'normal');

interface Widget {
  point?: { x: number; y: number };
  /** Port names as the widget lists them, `in` included. */
  ports: string[];
}

function widgetsOf(diagram: unknown): Map<string, Widget> {
  const out = new Map<string, Widget>();
  const widgets = isRecord(diagram) && isRecord(diagram['widgets']) ? diagram['widgets'] : {};
  for (const [id, widget] of Object.entries(widgets)) {
    if (!isRecord(widget) || widget['widgetType'] === 'link') continue;
    const point = isRecord(widget['point']) && typeof widget['point']['x'] === 'number' && typeof widget['point']['y'] === 'number' ? { x: widget['point']['x'], y: widget['point']['y'] } : undefined;
    const ports = Array.isArray(widget['ports'])
      ? widget['ports'].map((p) => (isRecord(p) && isRecord(p['properties']) ? String(p['properties']['name'] ?? '') : '')).filter((p) => p !== '')
      : [];
    out.set(id, { ...(point ? { point } : {}), ports });
  }
  return out;
}

interface Parsed {
  definition: ActivityDefinition<string, any>;
  options: unknown;
}

/** The kind's module and options for an exported activity, as import reads it; raw when it cannot. */
function parseActivity(activity: DocumentActivity, widgetPorts: string[]): Parsed {
  const activityName = typeof activity.properties['activityName'] === 'string' ? activity.properties['activityName'] : undefined;
  const candidate = activity.isEvent ? activityDefinition('event') : activityName ? definitionForWebexName(activityName) : undefined;
  const read = candidate?.fromWebex?.(activity.properties);
  const parsed = read === undefined ? undefined : candidate!.options.safeParse(read);
  if (candidate && parsed?.success) return { definition: candidate, options: parsed.data };
  const raw = activityDefinition('raw')!;
  const options = { ...(activityName !== undefined ? { activityName } : {}), activityId: String(activity.properties['activityId'] ?? ''), group: activity.group || '?', properties: activity.properties, ports: widgetPorts };
  return { definition: raw, options };
}

function settingsOf(settings: Record<string, unknown> | undefined): GraphSetting[] {
  if (!settings) return [];
  return Object.entries(settings).map(([key, value]) => ({ label: settingLabel(key, value), value: renderValue(value) }));
}

/** The graph of an (unwrapped) flow document. */
export async function flowGraph(document: FlowDocumentShape): Promise<FlowGraph> {
  const model = flowModel(document);
  const events = document.eventFlows?.eventsMap?.['GLOBAL_EVENTS'];
  const widgets = { main: widgetsOf(document['diagram']), events: widgetsOf(isRecord(events) ? (events as Record<string, unknown>)['diagram'] : undefined) };
  const nodes: GraphNode[] = [];
  for (const activity of documentActivities(document)) {
    const widget = widgets[activity.canvas].get(activity.id) ?? { ports: [] };
    const { definition, options } = parseActivity(activity, widget.ports);
    const exportedPorts = widget.ports.filter((p) => p !== 'in');
    const webexPorts = exportedPorts.length > 0 ? exportedPorts : definition.ports(options).map((p) => definition.webexPort(p, options));
    const ports = webexPorts.map((p) => definition.portFromWebex(p, options));
    const summary = summaryLine(definition.summary?.(options));
    const description = activity.properties['description'];
    nodes.push({
      name: activity.name,
      kind: definition.kind,
      ...(summary !== undefined && summary !== activity.name ? { summary } : {}),
      ...(typeof description === 'string' && description.trim() !== '' ? { description } : {}),
      canvas: activity.canvas,
      x: widget.point?.x ?? Number.NaN,
      y: widget.point?.y ?? Number.NaN,
      width: WIDGET_WIDTH,
      height: widgetHeight(ports.length),
      ports,
      entry: widget.ports.length > 0 ? !widget.ports.includes('in') : !definition.hasInPort,
      terminal: ports.every((p) => p === 'error'),
      settings: settingsOf(model.activities.get(activity.name)?.settings),
    });
  }
  const known = new Set(nodes.map((n) => n.name));
  const links: GraphLink[] = model.links.filter((l) => known.has(l.source) && known.has(l.target)).map((l) => ({ ...l, path: linkPath(l.port) }));
  await placeUnplaced(nodes, links);
  return { name: model.name, nodes, links, views: viewsOf(nodes, model.events) };
}

/** A canvas with a widget missing is laid out afresh, all of it, so nothing lands on anything. */
async function placeUnplaced(nodes: GraphNode[], links: readonly GraphLink[]): Promise<void> {
  for (const canvas of ['main', 'events'] as const) {
    const onCanvas = nodes.filter((n) => n.canvas === canvas);
    if (onCanvas.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))) continue;
    const names = new Set(onCanvas.map((n) => n.name));
    const { positions } = await layoutGraph({
      nodes: onCanvas.map((n) => ({ id: n.name, hasInPort: !n.entry, outPorts: n.ports })),
      edges: links.filter((l) => names.has(l.source)).map((l) => ({ id: `${l.source}\u0000${l.port}`, source: l.source, sourcePort: l.port, target: l.target })),
    });
    for (const node of onCanvas) {
      const at = positions.get(node.name) ?? { x: 0, y: 0 };
      node.x = at.x;
      node.y = at.y;
    }
  }
}

const byPosition = (a: GraphNode, b: GraphNode): number => a.x - b.x || a.y - b.y || compareStrings(a.name, b.name);

/**
 * The main flow, then each handled event flow (the event node and what it reaches, which may
 * be shared with another event flow), then the event canvas's remainder: event nodes nobody
 * handles and activities no event reaches, so every activity is in some view.
 */
function viewsOf(nodes: readonly GraphNode[], events: ReturnType<typeof flowModel>['events']): GraphView[] {
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const names = (list: GraphNode[]): string[] => list.sort(byPosition).map((n) => n.name);
  const views: GraphView[] = [{ id: 'main', title: 'Main flow', canvas: 'main', nodes: names(nodes.filter((n) => n.canvas === 'main')), handled: false }];
  const shown = new Set<string>();
  for (const event of events.values()) {
    const members = [event.name, ...event.chain].map((n) => byName.get(n)).filter((n): n is GraphNode => n !== undefined && n.canvas === 'events');
    for (const m of members) shown.add(m.name);
    views.push({ id: `event:${event.name}`, title: event.label, canvas: 'events', nodes: names(members), handled: true });
  }
  const rest = nodes.filter((n) => n.canvas === 'events' && !shown.has(n.name));
  if (rest.length > 0) views.push({ id: 'events:other', title: events.size > 0 ? 'Other event nodes' : 'Event flows', canvas: 'events', nodes: names(rest), handled: false });
  return views;
}
