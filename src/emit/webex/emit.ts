/**
 * IR → FDL v1 document (`FlowVersionRes`), the format Flow Designer's Import reads
 * (docs/webex-flow-format.md). This module assembles the document — envelope, process, widgets,
 * links, event flows, variables — and asks each activity module for its own properties; it knows no
 * activity-specific key. Key orders follow real exports (§1, §3, §5); values a generator cannot
 * honestly know (audit fields, org id) are written as Cisco's own Hello World template writes them.
 * What an imported flow keeps of its export is import-overlay.ts; the widget and link JSON of the
 * diagram is diagram.ts.
 */
import type { ActivityDefinition, WebexIdentity } from '../../activities/define-activity.js';
import { hasInPort } from '../../activities/shared/in-port.js';
import { isUnderscoreShadow } from '../../activities/shared/shadow-keys.js';
import { catalogueEntry, DEFAULT_REGION, isRegion } from '../../activities/shared/regions.js';
import type { FlowIndex, IndexedActivity } from '../../validate/flow-index.js';
import type { VariableIR } from '../../ir/types.js';
import { inPortPosition, outPortPosition, type Point } from '../../layout/geometry.js';
import { layoutGraph, type LayoutGraph } from '../../layout/layout.js';
import { activityWidgetJson, linkWidgetJson, portJson } from './diagram.js';
import { flowIds, type FlowIds } from './ids.js';
import { overlayEnvelope, overlayShape, overlayVariable, unchangedImport } from './import-overlay.js';
import type { Json } from './json.js';

export { overlayShape };

/**
 * The one `_renderRequestTimestamp` every activity carries (2026-01-01T00:00:00Z). Real exports
 * hold the UI's render time; a fixed value keeps builds reproducible (§3.1).
 */
export const RENDER_TIMESTAMP = 1767225600000;

export interface EmitOptions {
  /** Target org id; Webex takes the org from the import URL. @default "" */
  orgId?: string;
}

export type FlowDocument = { [key: string]: Json };

interface ProcessPart {
  activities: IndexedActivity[];
}

function identityOf(activity: IndexedActivity): WebexIdentity {
  const definition = activity.definition as ActivityDefinition<string, unknown>;
  return definition.identity?.(activity.options) ?? definition.webex;
}

function groupOf(activity: IndexedActivity): string {
  return activity.ir.webex?.group ?? identityOf(activity).group;
}

/** The kind's catalogue id in the flow's region; raw activities keep the id they carry. */
function regionalActivityId(activity: IndexedActivity, identity: WebexIdentity, region: string | undefined): string {
  if (activity.definition?.identity || identity.activityName === undefined) return identity.activityId;
  return catalogueEntry(identity.activityName, isRegion(region) ? region : DEFAULT_REGION)?.id ?? identity.activityId;
}

function activityProperties(activity: IndexedActivity, region: string | undefined): Record<string, Json> {
  const shape = activity.ir.webex;
  if (shape && unchangedImport(activity)) {
    return Object.fromEntries(Object.entries(shape.properties).map(([k, v]) => [k, (k === 'name' ? activity.ir.name : v) as Json]));
  }
  const definition = activity.definition as ActivityDefinition<string, unknown>;
  const identity = identityOf(activity);
  const props: Record<string, Json> = { name: activity.ir.name };
  if (identity.activityName !== undefined) props['activityName'] = identity.activityName;
  props['activityId'] = regionalActivityId(activity, identity, region);
  if (identity.description) props['description'] = activity.ir.description;
  Object.assign(props, definition.toWebex(activity.options, shape?.properties));
  props['_renderRequestTimestamp'] = RENDER_TIMESTAMP;
  return shape ? overlayShape(props, shape.properties) : props;
}

/** Widget ports (Webex names) in order: an unchanged import keeps its era's set, `in` first otherwise. */
function widgetPorts(activity: IndexedActivity): string[] {
  if (activity.ir.webex && unchangedImport(activity)) return activity.ir.webex.ports;
  const definition = activity.definition!;
  const outputs = definition.ports(activity.options).map((p) => definition.webexPort(p, activity.options));
  return enterable(activity) ? ['in', ...outputs] : outputs;
}

const enterable = (activity: IndexedActivity): boolean => hasInPort(activity.ir.kind, activity.definition, activity.options);

function widgetProperties(properties: Record<string, Json>): Record<string, Json> {
  // Widget copies of the properties drop the underscore shadow variants (docs/webex-flow-format.md §4).
  const kept: Record<string, Json> = {};
  for (const key in properties) if (!isUnderscoreShadow(key)) kept[key] = properties[key]!;
  return kept;
}

interface EmittedLink {
  source: IndexedActivity;
  port: string;
  webexPort: string;
  target: IndexedActivity;
}

function linksOf(part: ProcessPart, index: FlowIndex): EmittedLink[] {
  const links: EmittedLink[] = [];
  for (const source of part.activities) {
    const definition = source.definition!;
    // Links follow the kind's port order, so the output does not depend on wiring order.
    for (const port of definition.ports(source.options)) {
      const targetName = source.ir.links[port];
      if (targetName === undefined) continue;
      const target = index.activities.get(targetName);
      if (!target) continue;
      links.push({ source, port, webexPort: definition.webexPort(port, source.options), target });
    }
  }
  return links;
}

async function emitProcess(part: ProcessPart, index: FlowIndex, ids: FlowIds) {
  const links = linksOf(part, index);
  const pointOf = await canvasPositions(part, links, index);
  const nodes = activityEntries(part, links, index, ids, pointOf);
  const processLinks: Json[] = [];
  const widgets: Record<string, Json> = nodes.widgets;
  for (const l of links) {
    const source = l.source.ir.name;
    const linkId = ids.link(source, l.port);
    processLinks.push({
      id: linkId,
      sourceActivityId: ids.activity(source),
      targetActivityId: ids.activity(l.target.ir.name),
      conditionExpr: l.webexPort,
      properties: { value: l.webexPort },
    });
    const portIndex = Math.max(0, widgetPorts(l.source).filter((p) => p !== 'in').indexOf(l.webexPort));
    widgets[linkId] = linkWidgetJson(ids, { source, port: l.port, target: l.target.ir.name }, outPortPosition(pointOf(source), portIndex), inPortPosition(pointOf(l.target.ir.name)));
  }
  return { activities: nodes.activities, links: processLinks, widgets };
}

/** Where each activity sits: imported activities keep their canvas positions; the layout runs only when one has none. */
async function canvasPositions(part: ProcessPart, links: readonly EmittedLink[], index: FlowIndex): Promise<(name: string) => Point> {
  const graph: LayoutGraph = {
    nodes: part.activities.map((a) => ({ id: a.ir.name, hasInPort: enterable(a), outPorts: a.definition!.ports(a.options) })),
    edges: links.map((l) => ({ id: `${l.source.ir.name}\u0000${l.port}`, source: l.source.ir.name, sourcePort: l.port, target: l.target.ir.name })),
  };
  const positions = part.activities.every((a) => a.ir.position) ? new Map<string, Point>() : (await layoutGraph(graph)).positions;
  return (name) => index.activities.get(name)?.ir.position ?? positions.get(name) ?? { x: 0, y: 0 };
}

/** Each activity of a process and its widget (ports with their links), in the part's order. */
function activityEntries(part: ProcessPart, links: readonly EmittedLink[], index: FlowIndex, ids: FlowIds, pointOf: (name: string) => Point) {
  const activities: Record<string, Json> = {};
  const widgets: Record<string, Json> = {};
  const incoming = new Map<string, string[]>();
  for (const l of links) {
    const list = incoming.get(l.target.ir.name) ?? [];
    list.push(ids.linkWidget(l.source.ir.name, l.port));
    incoming.set(l.target.ir.name, list);
  }
  for (const activity of part.activities) {
    const name = activity.ir.name;
    const definition = activity.definition!;
    const id = ids.activity(name);
    const properties = activityProperties(activity, index.flow.region);
    const group = groupOf(activity);
    activities[id] = { id, name, group, properties };
    const point = pointOf(name);
    const ports: Json[] = [];
    let outputIndex = 0;
    for (const webexPort of widgetPorts(activity)) {
      if (webexPort === 'in') {
        ports.push(portJson(ids.port(name, 'in'), true, incoming.get(name) ?? [], 'in', inPortPosition(point), 'left'));
        continue;
      }
      const port = definition.portFromWebex(webexPort, activity.options);
      const linked = activity.ir.links[port] !== undefined && index.activities.has(activity.ir.links[port]!) ? [ids.linkWidget(name, port)] : [];
      ports.push(portJson(ids.port(name, port), false, linked, webexPort, outPortPosition(point, outputIndex++), 'right'));
    }
    widgets[id] = activityWidgetJson(ids.activityWidget(name), group, point, ports, widgetProperties(properties));
  }
  return { activities, widgets };
}

function variableJson(v: VariableIR): Json {
  const fresh: Record<string, Json> = {
    name: v.name,
    description: v.description,
    type: v.type.toUpperCase(),
    value: v.initialValue,
    isCAD: v.desktopLabel !== null,
    desktopLabel: v.desktopLabel ?? '',
    isAgentEditable: v.agentEditable,
    source: '',
    isReportable: v.reportable,
    overwrite: false,
    isSecure: v.secure,
    id: '',
  };
  return v.webex ? overlayVariable(fresh, v.webex, v.desktopLabel === null) : fresh;
}

/** Main-flow activities (reached from the start, or from nothing) and event-flow activities. */
function partition(index: FlowIndex): { main: ProcessPart; events: ProcessPart } {
  const main: IndexedActivity[] = [];
  const events: IndexedActivity[] = [];
  for (const name of index.callOrder) {
    const activity = index.activities.get(name)!;
    const roots = index.reachedFrom.get(activity.ir.name) ?? [];
    const isEvent = (a: IndexedActivity | undefined) => a !== undefined && groupOf(a) === 'event';
    const inEvents = isEvent(activity) || (roots.length > 0 && roots.every((r) => isEvent(index.activities.get(r))));
    (inEvents ? events : main).push(activity);
  }
  return { main: { activities: main }, events: { activities: events } };
}

/**
 * Emits the document for a validated flow. Call only when validation reported no error: every
 * activity then has a known kind and parsed options.
 */
export async function emitWebexFlow(index: FlowIndex, options: EmitOptions = {}): Promise<FlowDocument> {
  const flow = index.flow;
  const ids = flowIds(flow.name);
  const { main, events } = partition(index);
  const mainProcess = await emitProcess(main, index, ids);
  const eventProcess = await emitProcess(events, index, ids);
  const onEvents: Record<string, Json> = {};
  for (const activity of events.activities) {
    if (groupOf(activity) !== 'event') continue;
    const id = ids.activity(activity.ir.name);
    const properties = (eventProcess.activities[id] as { properties: Record<string, Json> }).properties;
    onEvents[String(properties['eventSpecificationName'] ?? activity.ir.name)] = id;
  }
  const shape = flow.webex;
  const variables = flow.variables.map(variableJson);
  const eventFlows: Json = shape && !shape.hasEventFlows
    ? { eventsMap: {}, properties: shape.eventFlowsProperties as Json }
    : {
        eventsMap: {
          GLOBAL_EVENTS: {
            id: 'GLOBAL_EVENTS',
            name: 'name',
            description: 'description',
            process: { activities: eventProcess.activities, links: eventProcess.links },
            onEvents,
            diagram: { widgets: eventProcess.widgets, properties: (shape?.eventDiagramProperties ?? {}) as Json },
          },
        },
        properties: (shape?.eventFlowsProperties ?? { offsetX: 0, offsetY: 0, zoom: 0, gridSize: 0 }) as Json,
      };
  const process: Json = { activities: mainProcess.activities, links: mainProcess.links };
  const diagram: Json = { widgets: mainProcess.widgets, properties: (shape?.diagramProperties ?? { offsetX: 0, offsetY: 0, zoom: 100, gridSize: 0 }) as Json };
  if (shape) return overlayEnvelope({ process, diagram, eventFlows, variables }, shape.envelope);
  return {
    orgId: options.orgId ?? '',
    version: 1,
    id: ids.version,
    flowType: 'FLOW',
    name: flow.name,
    description: flow.description,
    comment: '',
    variables,
    process,
    diagram,
    flowId: ids.flow,
    eventFlows,
    runtimeVariables: [],
    validating: true,
    persist: true,
    validationResults: [],
    createdBy: '',
    createdDate: '',
    lastModifiedDate: '',
    lastModifiedBy: '',
    variableOrders: {
      'pop-over': [
        { name: 'ani', variableSeq: '0' },
        { name: 'dn', variableSeq: '1' },
        { name: 'virtualTeamName', variableSeq: '2' },
      ],
      'interaction-panel': [],
    },
    settings: [
      { name: 'showActivityWait', value: 'false', type: 'BOOLEAN', group: 'activityWait' },
      { name: 'audioFile', value: '', type: 'STRING', group: 'activityWait' },
      { name: 'delayTime', value: '2000', type: 'INTEGER', group: 'activityWait' },
    ],
  };
}

