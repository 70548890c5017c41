/**
 * IR → FDL v1 document (`FlowVersionRes`), the format Flow Designer's Import reads
 * (docs/webex-flow-format.md). This module assembles the document — envelope, process, widgets,
 * links, event flows, variables — and asks each activity module for its own properties; it knows no
 * activity-specific key. Key orders follow real exports (§1, §3, §5); values a generator cannot
 * honestly know (audit fields, org id) are written as Cisco's own Hello World template writes them.
 */
import type { ActivityDefinition } from '../../activities/define-activity.js';
import { eventActivityName } from '../../activities/event.js';
import type { FlowIndex, IndexedActivity } from '../../validate/flow-index.js';
import type { VariableIR } from '../../ir/types.js';
import { inPortPosition, outPortPosition, PORT_CENTER_OFFSET, type Point } from '../../layout/geometry.js';
import { layoutGraph, type LayoutGraph } from '../../layout/layout.js';
import { flowIds, type FlowIds } from './ids.js';

/**
 * The one `_renderRequestTimestamp` every activity carries (2026-01-01T00:00:00Z). Real exports
 * hold the UI's render time; a fixed value keeps builds reproducible (§3.1).
 */
export const RENDER_TIMESTAMP = 1767225600000;

export interface EmitOptions {
  /** Target org id; Webex takes the org from the import URL. @default "" */
  orgId?: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type FlowDocument = { [key: string]: Json };

interface ProcessPart {
  activities: IndexedActivity[];
}

/** Keys of the underscore shadow variants, which widget copies of the properties drop (§4). */
const UNDERSCORE_SHADOW = /^[A-Za-z]+_(input|name|name:name|radioName|type)$/;

function activityProperties(activity: IndexedActivity): Record<string, Json> {
  const definition = activity.definition as ActivityDefinition<string, unknown>;
  const identity = definition.webex;
  const props: Record<string, Json> = { name: activity.ir.name };
  if (identity.activityName !== undefined) props['activityName'] = identity.activityName;
  props['activityId'] = identity.activityId;
  if (identity.description) props['description'] = activity.ir.description;
  Object.assign(props, definition.toWebex(activity.options));
  props['_renderRequestTimestamp'] = RENDER_TIMESTAMP;
  return props;
}

function widgetProperties(properties: Record<string, Json>): Record<string, Json> {
  return Object.fromEntries(Object.entries(properties).filter(([key]) => !UNDERSCORE_SHADOW.test(key)));
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
  const graph: LayoutGraph = {
    nodes: part.activities.map((a) => ({ id: a.ir.name, hasInPort: a.definition!.hasInPort, outPorts: a.definition!.ports(a.options) })),
    edges: links.map((l) => ({ id: `${l.source.ir.name}\u0000${l.port}`, source: l.source.ir.name, sourcePort: l.port, target: l.target.ir.name })),
  };
  const { positions } = await layoutGraph(graph);

  const activities: Record<string, Json> = {};
  const widgets: Record<string, Json> = {};
  const incoming = new Map<string, string[]>();
  for (const l of links) {
    const list = incoming.get(l.target.ir.name) ?? [];
    list.push(ids.linkWidget(l.source.ir.name, l.port));
    incoming.set(l.target.ir.name, list);
  }

  const pointOf = (name: string): Point => positions.get(name) ?? { x: 0, y: 0 };
  for (const activity of part.activities) {
    const name = activity.ir.name;
    const definition = activity.definition!;
    const id = ids.activity(name);
    const properties = activityProperties(activity);
    activities[id] = { id, name, group: definition.webex.group, properties };
    const point = pointOf(name);
    const ports: Json[] = [];
    if (definition.hasInPort) {
      const linked = incoming.get(name) ?? [];
      ports.push(portJson(ids.port(name, 'in'), true, linked, 'in', inPortPosition(point), 'left'));
    }
    definition.ports(activity.options).forEach((port, i) => {
      const webexPort = definition.webexPort(port, activity.options);
      const linked = activity.ir.links[port] !== undefined && index.activities.has(activity.ir.links[port]!) ? [ids.linkWidget(name, port)] : [];
      ports.push(portJson(ids.port(name, port), false, linked, webexPort, outPortPosition(point, i), 'right'));
    });
    widgets[id] = {
      id: ids.activityWidget(name),
      type: definition.webex.group,
      widgetType: 'activity',
      label: 'New Activity Widget in Diagram',
      point: { x: point.x, y: point.y },
      ports,
      properties: widgetProperties(properties),
    };
  }

  const processLinks: Json[] = [];
  for (const l of links) {
    const source = l.source.ir.name;
    const target = l.target.ir.name;
    const linkId = ids.link(source, l.port);
    processLinks.push({
      id: linkId,
      sourceActivityId: ids.activity(source),
      targetActivityId: ids.activity(target),
      conditionExpr: l.webexPort,
      properties: { value: l.webexPort },
    });
    const portIndex = l.source.definition!.ports(l.source.options).indexOf(l.port);
    const from = centre(outPortPosition(pointOf(source), portIndex));
    const to = centre(inPortPosition(pointOf(target)));
    widgets[linkId] = {
      id: ids.linkWidget(source, l.port),
      type: 'arrow',
      widgetType: 'link',
      // New-era exports carry this UI serialisation slip verbatim (§5.3).
      label: '[object Object]',
      properties: {
        curvyness: 50,
        selected: false,
        color: '#545454',
        points: [
          { id: ids.linkPoint(source, l.port, 0), type: 'point', x: from.x, y: from.y },
          { id: ids.linkPoint(source, l.port, 1), type: 'point', x: to.x, y: to.y },
        ],
        width: 2,
        selectedColor: '#007aa3',
      },
      points: [],
      sourcePort: { id: ids.port(source, l.port), activeWidgetId: ids.activityWidget(source), point: truncate(from) },
      targetPort: { id: ids.port(target, 'in'), activeWidgetId: ids.activityWidget(target), point: truncate(to) },
    };
  }
  return { activities, links: processLinks, widgets };
}

const centre = (p: Point): Point => ({ x: p.x + PORT_CENTER_OFFSET, y: p.y + PORT_CENTER_OFFSET });
const truncate = (p: Point): Json => ({ x: Math.trunc(p.x), y: Math.trunc(p.y) });

function portJson(portId: string, isIn: boolean, links: string[], name: string, at: Point, alignment: string): Json {
  return {
    portId,
    // Flow Designer marks the entry port as the "source" port; copied, not fixed (§5.2).
    isSourcePort: isIn,
    linkId: links[0] ?? null,
    type: 'arrow',
    links,
    properties: { x: at.x, name, y: at.y, label: name, alignment },
  };
}

function variableJson(v: VariableIR): Json {
  return {
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
}

/** Main-flow activities (reached from the start, or from nothing) and event-flow activities. */
function partition(index: FlowIndex): { main: ProcessPart; events: ProcessPart } {
  const main: IndexedActivity[] = [];
  const events: IndexedActivity[] = [];
  for (const name of index.callOrder) {
    const activity = index.activities.get(name)!;
    const roots = index.reachedFrom.get(activity.ir.name) ?? [];
    const inEvents = activity.ir.kind === 'event' || (roots.length > 0 && roots.every((r) => index.activities.get(r)?.ir.kind === 'event'));
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
    if (activity.ir.kind !== 'event') continue;
    const event = (activity.options as { event: Parameters<typeof eventActivityName>[0] }).event;
    onEvents[eventActivityName(event)] = ids.activity(activity.ir.name);
  }
  return {
    orgId: options.orgId ?? '',
    version: 1,
    id: ids.version,
    flowType: 'FLOW',
    name: flow.name,
    description: flow.description,
    comment: '',
    variables: flow.variables.map(variableJson),
    process: { activities: mainProcess.activities, links: mainProcess.links },
    diagram: { widgets: mainProcess.widgets, properties: { offsetX: 0, offsetY: 0, zoom: 100, gridSize: 0 } },
    flowId: ids.flow,
    eventFlows: {
      eventsMap: {
        GLOBAL_EVENTS: {
          id: 'GLOBAL_EVENTS',
          name: 'name',
          description: 'description',
          process: { activities: eventProcess.activities, links: eventProcess.links },
          onEvents,
          diagram: { widgets: eventProcess.widgets, properties: {} },
        },
      },
      properties: { offsetX: 0, offsetY: 0, zoom: 0, gridSize: 0 },
    },
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

