/**
 * The semantic model of a Webex flow document that `flowgen diff` compares: what a caller can tell
 * apart, and nothing else. Pure: a parsed JSON value in, plain data out, no I/O.
 *
 * Kept: activities keyed by name (kind = `properties.activityName`, or `event` for event nodes;
 * group; settings), links as (source name, port, target name), variables by name, event flows
 * (which events are handled and the chain each handler runs), and the flow's own name,
 * description, type, settings and desktop variable order.
 *
 * Dropped (docs/webex-flow-format.md §2–§6): every id (activity, link, widget, port, point,
 * flow and flow-version ids, variable ids), the whole `diagram` (positions, widgets, colours),
 * `_renderRequestTimestamp`, audit fields, server fields (`orgId`, `version`, `runtimeVariables`,
 * `validating`, `persist`, `validationResults`, `comment`), GraphQL `__typename` leaks, key
 * order, and the underscore shadow duplicates (`F_name`, `F_type`, `F_input`, `F_radioName`,
 * `F_name:name`) whose colon twin carries the same value (536/536 pairs in the corpus, §4).
 * Event nodes nobody handles are not activities here: Flow Designer exports a different default
 * set per era (§6.1) and an unlinked node does nothing for a caller.
 */
import { activityDefinition } from '../activities/index.js';
import { colonTwin } from '../activities/shared/shadow-keys.js';
import { scalarText } from '../util/scalar-text.js';

export interface ActivityModel {
  name: string;
  /** `properties.activityName`, or `event` for event nodes. */
  kind: string;
  group: string;
  /** `main` for the main canvas, `events` for the event-flow canvas. */
  canvas: 'main' | 'events';
  /** The properties that mean something, keys sorted. */
  settings: Record<string, unknown>;
}

/** One link: `port` is the port's name, except a case's positional ports, which carry the case value. */
export interface LinkModel {
  source: string;
  port: string;
  target: string;
}

export interface VariableModel {
  name: string;
  /** Every field but the id, keys sorted. */
  fields: Record<string, unknown>;
}

export interface EventModel {
  /** The event node's name (its event specification name, e.g. `AgentContactAssigned`). */
  name: string;
  /** The name the Flow Designer canvas shows (`AgentAnswered`). */
  label: string;
  /** The activities the handler runs, breadth first from the event node (ports in order). */
  chain: string[];
}

export interface FlowModel {
  name: string;
  /** Flow-level fields that change behaviour or what an admin sees, keyed by field. */
  flowSettings: Record<string, unknown>;
  activities: ReadonlyMap<string, ActivityModel>;
  links: readonly LinkModel[];
  variables: ReadonlyMap<string, VariableModel>;
  /** Handled events only, by node name. */
  events: ReadonlyMap<string, EventModel>;
}

/** A flow document after unwrapping, with only the structure the model needs checked. */
export interface FlowDocumentShape {
  name?: unknown;
  process: ProcessShape;
  eventFlows?: { eventsMap?: Record<string, { process?: ProcessShape; onEvents?: Record<string, unknown> } | undefined> };
  variables?: unknown;
  [key: string]: unknown;
}

interface ProcessShape {
  activities: Record<string, unknown>;
  links: unknown[];
}

interface RawActivity {
  id: string;
  name: string;
  group: string;
  properties: Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isProcess = (value: unknown): value is ProcessShape => isRecord(value) && isRecord(value['activities']) && Array.isArray(value['links']);

/**
 * The flow document a parsed JSON value holds: the value itself, or the export inside a Flow
 * Designer template wrapper (`flow` is a JSON string, §2.1). `undefined` when it holds none.
 */
export function unwrapFlowDocument(value: unknown): FlowDocumentShape | undefined {
  let candidate = value;
  if (isRecord(value) && typeof value['flow'] === 'string') {
    try {
      candidate = JSON.parse(value['flow']);
    } catch {
      return undefined;
    }
  }
  return isRecord(candidate) && isProcess(candidate['process']) ? (candidate as FlowDocumentShape) : undefined;
}

/** Top-level fields compared as flow settings; everything else at the top level is server state or layout. */
const FLOW_FIELDS = ['name', 'description', 'flowType', 'settings', 'variableOrders'] as const;

/** Property keys that are identity (the name, the kind) or render state, not settings. */
const IGNORED_PROPERTIES = new Set(['name', 'activityName', '_renderRequestTimestamp', '__typename']);

/** Keys sorted, `__typename` dropped, recursively, so key order never shows as a difference. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value).sort()) if (key !== '__typename') out[key] = canonical(value[key]);
  return out;
}

/** Drops `F_suffix` when `F:suffix` exists: the underscore copy always repeats its twin (§4). */
function settingsOf(properties: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(properties).sort()) {
    if (IGNORED_PROPERTIES.has(key)) continue;
    const twin = colonTwin(key);
    if (twin !== undefined && twin in properties) continue;
    kept[key] = canonical(properties[key]);
  }
  return kept;
}

function rawActivities(process: ProcessShape): RawActivity[] {
  const out: RawActivity[] = [];
  for (const [key, value] of Object.entries(process.activities)) {
    if (!isRecord(value)) continue;
    const properties = isRecord(value['properties']) ? value['properties'] : {};
    const name = typeof value['name'] === 'string' ? value['name'] : typeof properties['name'] === 'string' ? properties['name'] : key;
    out.push({ id: typeof value['id'] === 'string' ? value['id'] : key, name, group: typeof value['group'] === 'string' ? value['group'] : '', properties });
  }
  return out;
}

const isEventNode = (a: RawActivity): boolean => a.group === 'event' || a.properties['activityId'] === 'event';

function kindOf(a: RawActivity): string {
  if (isEventNode(a)) return 'event';
  const name = a.properties['activityName'];
  return typeof name === 'string' ? name : a.group || 'unknown';
}

const caseKind = activityDefinition('case')?.webex.activityName;

/**
 * A case's ports are positions (`"0"`, `"1"`, …) and its values sit in a list editor's `:input`
 * shadow (§7.7). Keying links by value means inserting a case above others does not show as
 * every later branch being rewired. Returns position → value, or nothing when the values are not
 * there or not unique (then positions are the best identity available).
 */
function casePortLabels(a: RawActivity): Map<string, string> | undefined {
  if (kindOf(a) !== caseKind) return undefined;
  for (const [key, value] of Object.entries(a.properties)) {
    if (!key.endsWith(':input') || !Array.isArray(value)) continue;
    const positions = a.properties[key.slice(0, -':input'.length)];
    if (!Array.isArray(positions) || positions.length !== value.length) continue;
    if (!value.every((v): v is string => typeof v === 'string') || new Set(value).size !== value.length) continue;
    if (value.some((v) => v === 'default' || v === 'error')) continue;
    return new Map(positions.map((p, i) => [scalarText(p), value[i]!]));
  }
  return undefined;
}

/** Natural order of ports: digits numerically first, then names. */
export function comparePorts(a: string, b: string): number {
  const na = /^\d+$/.test(a);
  const nb = /^\d+$/.test(b);
  if (na && nb) return Number(a) - Number(b);
  if (na !== nb) return na ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const compareLinks = (x: LinkModel, y: LinkModel): number =>
  compareStrings(x.source, y.source) || comparePorts(x.port, y.port) || compareStrings(x.target, y.target);

/**
 * Names are unique in every corpus document, but a hand-edited file may repeat one; the repeats
 * get ` (2)`, ` (3)` in an order that depends on content, not on ids, so it survives a re-export.
 */
function uniqueNames(activities: RawActivity[]): Map<string, string> {
  const sorted = [...activities].sort(
    (a, b) => compareStrings(a.name, b.name) || compareStrings(JSON.stringify(canonical(a.properties)), JSON.stringify(canonical(b.properties))),
  );
  const seen = new Map<string, number>();
  const names = new Map<string, string>();
  for (const a of sorted) {
    const count = (seen.get(a.name) ?? 0) + 1;
    seen.set(a.name, count);
    names.set(a.id, count === 1 ? a.name : `${a.name} (${count})`);
  }
  return names;
}

/** The semantic model of an (unwrapped) flow document. */
export function flowModel(document: FlowDocumentShape): FlowModel {
  const events = document.eventFlows?.eventsMap?.['GLOBAL_EVENTS'];
  const eventProcess = events?.process && isProcess(events.process) ? events.process : undefined;
  const main = rawActivities(document.process);
  const eventSide = eventProcess ? rawActivities(eventProcess) : [];
  const names = uniqueNames([...main, ...eventSide]);
  const byId = new Map<string, RawActivity>([...main, ...eventSide].map((a) => [a.id, a]));

  const links: LinkModel[] = [];
  const portLabels = new Map<string, Map<string, string> | undefined>();
  for (const process of [document.process, eventProcess]) {
    for (const link of process?.links ?? []) {
      if (!isRecord(link)) continue;
      const source = byId.get(scalarText(link['sourceActivityId']));
      const target = byId.get(scalarText(link['targetActivityId']));
      // A dangling link cannot be drawn or run; its ids say nothing a reviewer can read.
      if (!source || !target) continue;
      if (!portLabels.has(source.id)) portLabels.set(source.id, casePortLabels(source));
      const port = scalarText(link['conditionExpr']);
      links.push({ source: names.get(source.id)!, port: portLabels.get(source.id)?.get(port) ?? port, target: names.get(target.id)! });
    }
  }
  links.sort(compareLinks);

  const outgoing = new Map<string, LinkModel[]>();
  for (const link of links) outgoing.set(link.source, [...(outgoing.get(link.source) ?? []), link]);

  const eventModels = new Map<string, EventModel>();
  const eventNodes = eventSide.filter(isEventNode);
  for (const node of eventNodes) {
    const name = names.get(node.id)!;
    if (!outgoing.has(name)) continue;
    const label = typeof node.properties['displayName'] === 'string' ? node.properties['displayName'] : typeof node.properties['event'] === 'string' ? node.properties['event'] : name;
    eventModels.set(name, { name, label, chain: chainFrom(name, outgoing) });
  }

  const activities = new Map<string, ActivityModel>();
  const handledNodes = new Set(eventModels.keys());
  const entries: ActivityModel[] = [];
  for (const [canvas, list] of [['main', main], ['events', eventSide]] as const) {
    for (const a of list) {
      const name = names.get(a.id)!;
      if (isEventNode(a) && !handledNodes.has(name)) continue;
      entries.push({ name, kind: kindOf(a), group: a.group, canvas, settings: settingsOf(a.properties) });
    }
  }
  for (const entry of entries.sort((a, b) => compareStrings(a.name, b.name))) activities.set(entry.name, entry);

  const variables = new Map<string, VariableModel>();
  const rawVariables = Array.isArray(document.variables) ? document.variables.filter(isRecord) : [];
  for (const variable of [...rawVariables].sort((a, b) => compareStrings(scalarText(a['name']), scalarText(b['name'])))) {
    const name = scalarText(variable['name']);
    const fields = canonical(Object.fromEntries(Object.entries(variable).filter(([key]) => key !== 'id' && key !== 'name'))) as Record<string, unknown>;
    variables.set(variables.has(name) ? `${name} (${variables.size + 1})` : name, { name, fields });
  }

  const flowSettings: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const field of FLOW_FIELDS) if (document[field] !== undefined) flowSettings[field] = canonical(document[field]);

  return {
    name: typeof document.name === 'string' ? document.name : '',
    flowSettings,
    activities,
    links,
    variables,
    events: new Map([...eventModels.entries()].sort(([a], [b]) => compareStrings(a, b))),
  };
}

function chainFrom(start: string, outgoing: ReadonlyMap<string, LinkModel[]>): string[] {
  const seen = new Set<string>([start]);
  const chain: string[] = [];
  const queue = [start];
  while (queue.length > 0) {
    const at = queue.shift()!;
    for (const link of [...(outgoing.get(at) ?? [])].sort((x, y) => comparePorts(x.port, y.port))) {
      if (seen.has(link.target)) continue;
      seen.add(link.target);
      chain.push(link.target);
      queue.push(link.target);
    }
  }
  return chain;
}

/** An activity of a document as the model names it, with what a drawing of it needs besides. */
export interface DocumentActivity {
  /** The activity's id in the document (its widget's key in the diagram). */
  id: string;
  /** Its name in the model: unique, repeats numbered as `flowModel` numbers them. */
  name: string;
  group: string;
  canvas: 'main' | 'events';
  properties: Record<string, unknown>;
  isEvent: boolean;
}

/**
 * Every activity of the document, handled event nodes or not, named as `flowModel` names them,
 * so a consumer that needs ids and canvases (a drawing) can join its own view to the model.
 */
export function documentActivities(document: FlowDocumentShape): DocumentActivity[] {
  const events = document.eventFlows?.eventsMap?.['GLOBAL_EVENTS'];
  const eventSide = events?.process && isProcess(events.process) ? rawActivities(events.process) : [];
  const main = rawActivities(document.process);
  const names = uniqueNames([...main, ...eventSide]);
  const entry = (canvas: 'main' | 'events') => (a: RawActivity): DocumentActivity => ({ id: a.id, name: names.get(a.id)!, group: a.group, canvas, properties: a.properties, isEvent: isEventNode(a) });
  return [...main.map(entry('main')), ...eventSide.map(entry('events'))];
}
