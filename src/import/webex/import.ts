/**
 * Flow Designer export (FDL v1 JSON) → IR. Every activity becomes its kind's typed options when
 * the kind's module can read it, or a raw activity that keeps everything verbatim (FG030); each
 * keeps its exported shape (`ActivityIR.webex`) so the flow builds back exactly as it came in.
 * Template wrappers (a `flow` member holding the export as a JSON string) are unwrapped. Never
 * throws: anything that is not a flow export ends in FG020/FG021 diagnostics with a JSON path.
 */
import { activityDefinition, definitionForWebexName } from '../../activities/index.js';
import type { ActivityDefinition } from '../../activities/define-activity.js';
import { DEFAULT_REGION, regionOfCatalogueId, type Region } from '../../activities/shared/regions.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../../diagnostics/report.js';
import type { ActivityIR, FlowIR, VariableIR, VariableType } from '../../ir/types.js';
import { INPUT_LIMITS, tooDeepAt } from '../../util/input-limits.js';
import { scalarText } from '../../util/scalar-text.js';
import { checkExportShape, pointerToPath } from './check-export.js';
import { appendAll } from '../../util/append-all.js';

export interface ImportResult {
  ir?: FlowIR;
  diagnostics: Diagnostic[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const GRAPH_KEYS = new Set(['process', 'diagram', 'eventFlows', 'variables']);
const VARIABLE_TYPES = new Set(['string', 'integer', 'decimal', 'boolean', 'datetime', 'json']);

/** Parses export text; a syntax error is FG021 with the position JSON.parse names. */
export function parseExportText(text: string, file: string): { document?: unknown; diagnostics: Diagnostic[] } {
  try {
    return { document: JSON.parse(text), diagnostics: [] };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail);
    let location: Diagnostic['location'] = { file };
    if (position) {
      const before = text.slice(0, Number(position[1]));
      const line = before.split('\n').length;
      location = { file, line, column: Number(position[1]) - before.lastIndexOf('\n') };
    }
    return { diagnostics: [makeDiagnostic('FG021', { message: `"${file}" is not valid JSON: ${detail}.`, location, hint: 'Export the flow again from Flow Designer; the file may be truncated.' })] };
  }
}

function notAFlow(file: string, path: string, what: string): Diagnostic {
  return makeDiagnostic('FG020', {
    message: `"${file}" is not a Flow Designer flow export: ${what}.`,
    location: { file, path },
    hint: 'Give the JSON that Flow Designer\'s Export button (or the flows export API) writes.',
  });
}

function malformedEntry(file: string, path: string, what: string, entry: 'activity' | 'link'): Diagnostic {
  return makeDiagnostic('FG075', {
    message: `The ${entry} at ${path} ${what}.`,
    location: { file, path },
    hint: entry === 'activity' ? 'Flow Designer writes every activity as an object with its name, group and properties; export the flow again.' : 'Flow Designer writes every link as an object naming its source, target and port; export the flow again.',
  });
}

interface ProcessInput {
  process: Json;
  widgets: Json;
  path: string;
}

type Imported = { ir: ActivityIR; definition: ActivityDefinition<string, any> };

/** The widget's port names, in widget order. */
function widgetPorts(widget: unknown): string[] {
  return isObject(widget) && Array.isArray(widget['ports'])
    ? widget['ports'].map((p) => (isObject(p) && isObject(p['properties']) && typeof p['properties']['name'] === 'string' ? p['properties']['name'] : '')).filter(Boolean)
    : [];
}

/**
 * The kind and options of one exported activity: its module's, or a raw activity's (FG030) when
 * no module reads these properties. Undefined when not even a raw activity can hold it.
 */
function readActivity(value: Json & { name: string; properties: Json }, at: { file: string; path: string }, ports: string[], diagnostics: Diagnostic[]): { definition: ActivityDefinition<string, any>; options: unknown } | undefined {
  const { properties } = value;
  const { file, path } = at;
  const group = typeof value['group'] === 'string' ? value['group'] : '';
  const activityName = typeof properties['activityName'] === 'string' ? properties['activityName'] : undefined;
  const candidate = group === 'event' ? activityDefinition('event') : activityName ? definitionForWebexName(activityName) : undefined;
  const read = candidate?.fromWebex?.(properties);
  const parsed = read === undefined ? undefined : candidate!.options.safeParse(read);
  if (parsed?.success) return { definition: candidate!, options: parsed.data };
  const definition = activityDefinition('raw')!;
  const kept = definition.options.safeParse({
    ...(activityName !== undefined ? { activityName } : {}),
    activityId: scalarText(properties['activityId'], ''),
    group,
    properties,
    ports,
  });
  // Only a hand-made document lacks a group: Flow Designer writes one on every activity.
  if (!kept.success) {
    diagnostics.push(notAFlow(file, path, 'an activity has no group'));
    return undefined;
  }
  diagnostics.push(
    makeDiagnostic('FG030', {
      message: `"${value.name}" (${activityName ?? group}) is kept verbatim as a raw activity.`,
      location: { file, activity: value.name, path },
      hint: candidate ? `flowgen's ${candidate.kind} module cannot represent these settings yet; they are written back unchanged.` : 'flowgen has no module for this kind yet; it is written back unchanged.',
      data: { activity: value.name, kind: activityName ?? group },
    }),
  );
  return { definition, options: kept.data };
}

function importActivity(id: string, value: unknown, input: ProcessInput, file: string, diagnostics: Diagnostic[]): Imported | undefined {
  const path = `${input.path}.activities["${id}"]`;
  if (!isObject(value) || typeof value['name'] !== 'string' || !isObject(value['properties'])) {
    diagnostics.push(malformedEntry(file, path, isObject(value) ? 'has no name or no properties object' : 'is not an object', 'activity'));
    return undefined;
  }
  const properties = value['properties'];
  const group = typeof value['group'] === 'string' ? value['group'] : '';
  const widget = Object.hasOwn(input.widgets, id) ? input.widgets[id] : undefined;
  const ports = widgetPorts(widget);
  const point = isObject(widget) && isObject(widget['point']) ? widget['point'] : undefined;
  const read = readActivity(value as Json & { name: string; properties: Json }, { file, path }, ports, diagnostics);
  if (!read) return undefined;
  const ir: ActivityIR = {
    name: value['name'],
    kind: read.definition.kind,
    description: typeof properties['description'] === 'string' ? properties['description'] : '',
    options: read.options as Record<string, unknown>,
    links: {},
    ...(point && typeof point['x'] === 'number' && typeof point['y'] === 'number' ? { position: { x: point['x'], y: point['y'] } } : {}),
    webex: { group, properties, ports, importedOptions: read.options },
  };
  return { ir, definition: read.definition };
}

/** FG074: widgets are keyed by the id of the activity they draw, or of the link (an "arrow"). */
function reportStrayWidgets(input: ProcessInput, activities: Json, file: string, diagnostics: Diagnostic[]): void {
  const linkIds = new Set(Array.isArray(input.process['links']) ? input.process['links'].map((l) => (isObject(l) ? l['id'] : undefined)) : []);
  for (const id of Object.keys(input.widgets)) {
    if (Object.hasOwn(activities, id) || linkIds.has(id)) continue;
    const path = `${input.path.replace(/process$/, 'diagram')}.widgets[${JSON.stringify(id)}]`;
    diagnostics.push(
      makeDiagnostic('FG074', {
        message: `Widget "${id}" names no activity of the export; it is dropped.`,
        location: { file, path },
        hint: 'A widget is the canvas box of the activity with the same id; without one it draws nothing, and flowgen leaves it out.',
        data: { widget: id },
      }),
    );
  }
}

function importLinks(links: unknown[], byId: ReadonlyMap<string, Imported>, input: ProcessInput, file: string, diagnostics: Diagnostic[]): void {
  links.forEach((link, index) => {
    const path = `${input.path}.links[${index}]`;
    if (!isObject(link)) return diagnostics.push(malformedEntry(file, path, 'is not an object', 'link'));
    const source = typeof link['sourceActivityId'] === 'string' ? byId.get(link['sourceActivityId']) : undefined;
    const target = typeof link['targetActivityId'] === 'string' ? byId.get(link['targetActivityId']) : undefined;
    const port = typeof link['conditionExpr'] === 'string' ? link['conditionExpr'] : '';
    if (!source || !target || !port) {
      return diagnostics.push(
        makeDiagnostic('FG022', {
          message: `Link ${index} names an activity or port the export does not contain; it is dropped.`,
          location: { file, path },
          hint: 'Flow Designer would show it as a broken link (FC1011/FC1012); re-draw it.',
        }),
      );
    }
    source.ir.links[source.definition.portFromWebex(port, source.ir.options)] = target.ir.name;
  });
}

function importProcess(input: ProcessInput, file: string, diagnostics: Diagnostic[], out: ActivityIR[]): void {
  const byId = new Map<string, Imported>();
  const activities = input.process['activities'];
  if (!isObject(activities)) {
    diagnostics.push(notAFlow(file, `${input.path}.activities`, 'it has no activities object'));
    return;
  }
  for (const [id, value] of Object.entries(activities)) {
    const imported = importActivity(id, value, input, file, diagnostics);
    if (!imported) continue;
    byId.set(id, imported);
    out.push(imported.ir);
  }
  reportStrayWidgets(input, activities, file, diagnostics);
  const links = input.process['links'];
  if (!Array.isArray(links)) {
    diagnostics.push(notAFlow(file, `${input.path}.links`, 'it has no links array'));
    return;
  }
  importLinks(links, byId, input, file, diagnostics);
}

function importVariable(value: Json): VariableIR {
  const type = scalarText(value['type'], 'STRING').toLowerCase();
  return {
    name: scalarText(value['name'], ''),
    type: (VARIABLE_TYPES.has(type) ? type : 'string') as VariableType,
    description: typeof value['description'] === 'string' ? value['description'] : '',
    initialValue: typeof value['value'] === 'string' ? value['value'] : null,
    desktopLabel: value['isCAD'] === true ? scalarText(value['desktopLabel'], '') : null,
    agentEditable: value['isAgentEditable'] === true,
    reportable: value['isReportable'] === true,
    secure: value['isSecure'] === true,
    webex: value,
  };
}

/**
 * The region an export's catalogue ids name, when they all name the same one (the CARS demo's APJ
 * ids); ids the table does not know (digital variants, new kinds) say nothing.
 */
function exportedRegion(activities: readonly ActivityIR[]): Region | undefined {
  const seen = new Set<Region>();
  for (const activity of activities) {
    const properties = activity.webex?.properties ?? {};
    const name = properties['activityName'];
    const id = properties['activityId'];
    const region = typeof name === 'string' && typeof id === 'string' ? regionOfCatalogueId(name, id) : undefined;
    if (region) seen.add(region);
  }
  return seen.size === 1 ? [...seen][0] : undefined;
}

/** Imports an export (or a template wrapper holding one) into IR. */
export function importWebexFlow(input: unknown, file = '<export>'): ImportResult {
  const diagnostics: Diagnostic[] = [];
  let document = input;
  if (isObject(document) && typeof document['flow'] === 'string') {
    const inner = parseExportText(document['flow'], `${file} (template "flow" member)`);
    if (!inner.document) return { diagnostics: inner.diagnostics };
    document = inner.document;
  }
  const prefix = document === input ? '$' : '$.flow';
  const deep = tooDeepAt(document);
  if (deep) {
    const path = pointerToPath(deep.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join(''), prefix);
    return {
      diagnostics: [
        makeDiagnostic('FG076', {
          message: `"${file}" nests objects and arrays more than ${INPUT_LIMITS.depth} levels deep.`,
          location: { file, path },
          hint: 'Flow Designer exports nest about 10 levels deep; this is not an export as Flow Designer writes it.',
        }),
      ],
    };
  }
  if (!isObject(document)) return { diagnostics: [notAFlow(file, '$', 'it is not a JSON object')] };
  const process = document['process'];
  const diagram = document['diagram'];
  if (!isObject(process) || !isObject(diagram) || !isObject(diagram['widgets'])) {
    return { diagnostics: [notAFlow(file, '$.process', 'it has no process and diagram')] };
  }
  appendAll(diagnostics, checkExportShape(document, file, prefix));
  const activities: ActivityIR[] = [];
  importProcess({ process, widgets: diagram['widgets'], path: '$.process' }, file, diagnostics, activities);

  const eventFlows = isObject(document['eventFlows']) ? document['eventFlows'] : {};
  const eventsMap = isObject(eventFlows['eventsMap']) ? eventFlows['eventsMap'] : {};
  const global = eventsMap['GLOBAL_EVENTS'];
  if (isObject(global) && isObject(global['process'])) {
    const widgets = isObject(global['diagram']) && isObject(global['diagram']['widgets']) ? global['diagram']['widgets'] : {};
    importProcess({ process: global['process'], widgets, path: '$.eventFlows.eventsMap.GLOBAL_EVENTS.process' }, file, diagnostics, activities);
  }

  const variables = Array.isArray(document['variables']) ? document['variables'].filter(isObject).map(importVariable) : [];
  const envelope = Object.fromEntries(Object.entries(document).map(([k, v]) => [k, GRAPH_KEYS.has(k) ? null : v]));
  const region = exportedRegion(activities);
  const ir: FlowIR = {
    name: typeof document['name'] === 'string' ? document['name'] : 'Imported_Flow',
    description: typeof document['description'] === 'string' ? document['description'] : '',
    variables,
    connectors: [],
    activities,
    file,
    ...(region !== undefined && region !== DEFAULT_REGION ? { region } : {}),
    webex: {
      envelope,
      diagramProperties: diagram['properties'] ?? {},
      eventFlowsProperties: eventFlows['properties'] ?? {},
      eventDiagramProperties: isObject(global) && isObject(global['diagram']) ? (global['diagram']['properties'] ?? {}) : {},
      hasEventFlows: isObject(global),
    },
  };
  return { ir, diagnostics };
}
