#!/usr/bin/env node
/**
 * build-schemas: writes the JSON Schemas in `schemas/` and `schemas/corpus-facts.json`.
 *
 * Contract
 *   node scripts/build-schemas.js [sharedDir] [--out dir]
 *   - `sharedDir` (default `../shared` relative to the repository root) must hold
 *     `spec/wxcc-flow-openapi-components.json`, `spec/README.md` and `corpus/`.
 *   - `--out` (default `<repo>/schemas`) is the folder the four files are written to:
 *       flow-version.schema.json  draft-07 conversion of the official OpenAPI components
 *                                 (FlowVersionRes as root, other components under `definitions`)
 *       flow.schema.json          the entry schema: allOf the base + rules derived from the corpus
 *       corpus-facts.json         per activity kind: groups, activityIds, property keys and types,
 *                                 output port names, link conditionExpr values, contributing files
 *   - Output depends only on the inputs: keys sorted (order carries no meaning in any of these
 *     objects), arrays whose order has no meaning sorted, 2-space JSON, trailing newline, no
 *     absolute paths, clocks or environment data.
 *   - Exit 0 on success, 2 when an input is missing or malformed (message on stderr).
 *
 * Sources
 *   - shared/spec/wxcc-flow-openapi-components.json and shared/spec/README.md (Webex Contact Center
 *     OpenAPI, `webex/webex-openapi-specs`, CC BY 4.0): the outer envelope.
 *   - shared/corpus/ (30 real Flow Designer exports, see shared/corpus/SOURCES.md): everything
 *     "required" here means "present in every instance in the corpus".
 *   - shared/docs/webex-flow-format.md §1-§8: which structures exist (activities, links, activity
 *     and link widgets, ports, event flows) and how template wrappers are unwrapped (§2.1).
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';

// The YAML editor schemas come from the zod schemas in src/ (loaded through tsx: no build needed):
//   flow-yaml.schema.json    flowgen flow definitions in YAML (src/api/yaml-schemas.ts)
//   tenant-yaml.schema.json  tenant files, for the params (and forks) of flows/zendesk-ivr.flow.ts
const yamlSchemas = await tsImport('../src/api/yaml-schemas.ts', import.meta.url);
const zendeskFlow = (await tsImport('../flows/zendesk-ivr.flow.ts', import.meta.url)).default;
//   flow-test.schema.json    scenario files, flows/*.test.yaml (src/simulate/scenario-file.ts)
const scenarioSchemas = await tsImport('../src/simulate/scenario-file.ts', import.meta.url);

const GENERATOR = 'scripts/build-schemas.js';
const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';
const BASE_FILE = 'flow-version.schema.json';
const ENTRY_FILE = 'flow.schema.json';
const FACTS_FILE = 'corpus-facts.json';
const SPEC_FILE = 'spec/wxcc-flow-openapi-components.json';
const SPEC_README = 'spec/README.md';
const CORPUS_DIR = 'corpus';
/** Pseudo kind for event nodes without `properties.activityName` (format doc §6). */
const EVENT_NODE_KIND = '(event)';

// ---------------------------------------------------------------------------------------------
// small pure helpers

class InputError extends Error {}

/** Code-unit order, so the output does not depend on the machine's locale. */
function byCodeUnit(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedUnique(values) {
  return [...new Set(values)].sort(byCodeUnit);
}

function isPlainObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON type as JSON Schema names it (`integer` for whole numbers, as ajv sees them too). */
function jsonType(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** `integer` is a subset of `number`: keep only `number` when both were seen. */
function normaliseTypes(types) {
  const set = new Set(types);
  if (set.has('number')) set.delete('integer');
  return [...set].sort(byCodeUnit);
}

function typeKeyword(types) {
  const list = normaliseTypes(types);
  return list.length === 1 ? list[0] : list;
}

function typeText(types) {
  return normaliseTypes(types).join('|');
}

function enumOrConst(values) {
  const list = sortedUnique(values);
  return list.length === 1 ? { const: list[0] } : { enum: list };
}

/** Deep copy with object keys sorted; array order kept. */
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isPlainObject(value)) return value;
  const out = {};
  for (const key of Object.keys(value).sort(byCodeUnit)) out[key] = sortKeys(value[key]);
  return out;
}

function stableJson(value) {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

function countInto(map, key, by = 1) {
  map[key] = (map[key] ?? 0) + by;
}

// ---------------------------------------------------------------------------------------------
// inputs

function readJson(file, label) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new InputError(`cannot read ${label}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${label} is not valid JSON: ${error.message}`);
  }
}

/** Source file and commit of the OpenAPI extract, as spec/README.md states them. */
function readSpecProvenance(sharedDir) {
  let text;
  try {
    text = readFileSync(path.join(sharedDir, SPEC_README), 'utf8');
  } catch {
    throw new InputError(`cannot read ${SPEC_README}`);
  }
  const repo = /source repository: `([^`]+)`/.exec(text)?.[1];
  const file = /source repository: `[^`]+`[^,]*, file `([^`]+)`/.exec(text)?.[1];
  const commit = /commit: `([0-9a-f]{40})`/.exec(text)?.[1];
  if (!repo || !file || !commit) {
    throw new InputError(`${SPEC_README} no longer names the source repository, file and commit`);
  }
  return { repo, file, commit };
}

function listJsonFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listJsonFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.json')) out.push(full);
  }
  return out;
}

/**
 * Every flow document of the corpus, unwrapped (template wrappers hold the export as a JSON string
 * in `flow`, format doc §2.1). Files that are not flow exports (the Postman collection) are listed
 * as skipped.
 */
function loadCorpus(sharedDir) {
  const corpusDir = path.join(sharedDir, CORPUS_DIR);
  try {
    if (!statSync(corpusDir).isDirectory()) throw new Error();
  } catch {
    throw new InputError(`cannot read the corpus folder ${CORPUS_DIR}/`);
  }
  const documents = [];
  const skipped = [];
  const labelled = listJsonFiles(corpusDir).map((file) => ({
    file,
    label: path.relative(sharedDir, file).split(path.sep).join('/'),
  }));
  labelled.sort((a, b) => byCodeUnit(a.label, b.label));
  for (const { file, label } of labelled) {
    let doc = readJson(file, label);
    let wrapped = false;
    if (isPlainObject(doc) && typeof doc.flow === 'string') {
      try {
        doc = JSON.parse(doc.flow);
      } catch (error) {
        throw new InputError(`${label}: the template's "flow" string is not JSON: ${error.message}`);
      }
      wrapped = true;
    }
    if (isPlainObject(doc) && isPlainObject(doc.process) && isPlainObject(doc.diagram)) {
      documents.push({ label, doc, wrapped });
    } else {
      skipped.push(label);
    }
  }
  if (documents.length === 0) throw new InputError(`no flow documents found under ${CORPUS_DIR}/`);
  return { documents, skipped };
}

// ---------------------------------------------------------------------------------------------
// 1. the base schema: OpenAPI components → draft-07

/** OpenAPI 3.0 schema keywords that are not JSON Schema (or are examples only). */
const OPENAPI_ONLY = new Set(['example', 'nullable', 'discriminator', 'xml', 'externalDocs', 'readOnly', 'writeOnly', 'deprecated']);
/** Formats that are OpenAPI data-type names, not JSON Schema formats. */
const OPENAPI_FORMATS = new Set(['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password']);
/** Keywords whose value is a map of names to schemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions']);
/** Keywords whose value is one schema. */
const SCHEMA_VALUES = new Set(['items', 'additionalProperties', 'not', 'additionalItems', 'contains', 'propertyNames', 'if', 'then', 'else']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);

function convertSchema(schema, rootName, where) {
  if (typeof schema === 'boolean') return schema;
  if (!isPlainObject(schema)) throw new InputError(`${SPEC_FILE}: ${where} is not a schema object`);
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (OPENAPI_ONLY.has(key)) continue;
    if (key === 'format' && OPENAPI_FORMATS.has(value)) continue;
    if (key === '$ref') {
      const match = /^#\/components\/schemas\/(.+)$/.exec(value);
      if (!match) throw new InputError(`${SPEC_FILE}: unexpected $ref ${value} at ${where}`);
      out.$ref = match[1] === rootName ? '#' : `#/definitions/${match[1]}`;
    } else if (SCHEMA_MAPS.has(key)) {
      out[key] = {};
      for (const [name, sub] of Object.entries(value)) out[key][name] = convertSchema(sub, rootName, `${where}/${key}/${name}`);
    } else if (SCHEMA_VALUES.has(key)) {
      out[key] = convertSchema(value, rootName, `${where}/${key}`);
    } else if (SCHEMA_LISTS.has(key)) {
      out[key] = value.map((sub, i) => convertSchema(sub, rootName, `${where}/${key}/${i}`));
    } else {
      out[key] = value;
    }
  }
  if (schema.nullable === true && out.type !== undefined) {
    out.type = typeKeyword([...[out.type].flat(), 'null']);
  }
  return out;
}

/**
 * Places where real exports contradict the spec's declared type. The base schema must accept every
 * corpus document (the entry schema allOfs it), so these are widened, each with its evidence.
 */
const SPEC_WIDENINGS = [
  {
    definition: 'FlowVersionRes',
    property: 'comment',
    values: (docs) => docs.map((d) => d.comment),
  },
  {
    definition: 'FlowVariablesRes',
    property: 'value',
    values: (docs) => docs.flatMap((d) => (Array.isArray(d.variables) ? d.variables.map((v) => v?.value) : [])),
  },
];

function buildBaseSchema(components, provenance, documents) {
  const rootName = 'FlowVersionRes';
  if (!isPlainObject(components) || !isPlainObject(components[rootName])) {
    throw new InputError(`${SPEC_FILE} has no ${rootName} component`);
  }
  const converted = {};
  for (const [name, schema] of Object.entries(components)) converted[name] = convertSchema(schema, rootName, name);

  const docs = documents.map((d) => d.doc);
  const widened = [];
  for (const widening of SPEC_WIDENINGS) {
    const target = converted[widening.definition]?.properties?.[widening.property];
    if (!target || typeof target.type !== 'string') {
      throw new InputError(`${SPEC_FILE}: ${widening.definition}.${widening.property} is gone or no longer a single type`);
    }
    const seen = {};
    for (const value of widening.values(docs)) if (value !== undefined) countInto(seen, jsonType(value));
    const extra = Object.keys(seen).filter((t) => !(t === target.type || (t === 'integer' && target.type === 'number')));
    if (extra.length === 0) continue; // the corpus no longer needs it
    const evidence = extra.map((t) => `${seen[t]} ${t}`).join(', ');
    target.$comment = `Widened by ${GENERATOR}: the spec declares "${target.type}", the corpus also has ${evidence} value(s).`;
    target.type = typeKeyword([target.type, ...extra]);
    widened.push(`${widening.definition}.${widening.property} (+${extra.join(', +')})`);
  }

  const { [rootName]: root, ...definitions } = converted;
  return {
    $schema: DRAFT_07,
    $id: BASE_FILE,
    $comment:
      `Generated by ${GENERATOR} from shared/${SPEC_FILE} (the components.schemas of ${provenance.file} in ` +
      `${provenance.repo} at commit ${provenance.commit}, per shared/${SPEC_README}); do not edit by hand. ` +
      `Converted from OpenAPI 3.0 to draft-07: root = ${rootName}, other components under definitions, ` +
      `"example" and OpenAPI-only formats (int32) dropped, "format": "date-time" kept as an annotation only ` +
      `(exports carry dates without a zone and ""). The spec marks nothing required and this file keeps it so. ` +
      `Types widened where real exports contradict the spec: ${widened.length ? widened.join('; ') : 'none'}.`,
    ...root,
    definitions,
  };
}

// ---------------------------------------------------------------------------------------------
// 2. corpus walk

/** Main flow + every event flow of a document, with their JSON-pointer prefixes. */
function graphsOf(doc) {
  const graphs = [{ pointer: '', process: doc.process, diagram: doc.diagram, isEventFlow: false }];
  const eventsMap = doc.eventFlows?.eventsMap;
  if (isPlainObject(eventsMap)) {
    for (const [key, flow] of Object.entries(eventsMap)) {
      graphs.push({ pointer: `/eventFlows/eventsMap/${key}`, process: flow?.process, diagram: flow?.diagram, isEventFlow: true });
    }
  }
  return graphs;
}

/** Kind of an activity: `properties.activityName`, or the event-node pseudo kind. */
function kindOf(activity) {
  const props = activity?.properties;
  if (isPlainObject(props) && typeof props.activityName === 'string') return props.activityName;
  if (activity?.group === 'event') return EVENT_NODE_KIND;
  return undefined;
}

function collect(documents) {
  const c = {
    docs: [],
    variables: [],
    processes: [],
    activities: [],
    activityProps: [],
    links: [],
    linkProps: [],
    mainDiagrams: [],
    mainDiagramProps: [],
    eventDiagrams: [],
    eventFlowsObjects: [],
    eventFlows: [],
    widgets: [],
    activityWidgets: [],
    points: [],
    ports: [],
    portProps: [],
    linkWidgets: [],
    linkWidgetProps: [],
    linkPoints: [],
    widgetPorts: [],
    /** kind → { activities: [{label, activity}], ports: {}, conditionExprs: {} } */
    kinds: new Map(),
  };
  for (const { label, doc } of documents) {
    c.docs.push(doc);
    if (Array.isArray(doc.variables)) c.variables.push(...doc.variables);
    if (isPlainObject(doc.eventFlows)) c.eventFlowsObjects.push(doc.eventFlows);
    if (isPlainObject(doc.eventFlows?.eventsMap)) c.eventFlows.push(...Object.values(doc.eventFlows.eventsMap));
    for (const graph of graphsOf(doc)) {
      const { process, diagram } = graph;
      c.processes.push(process);
      if (graph.isEventFlow) c.eventDiagrams.push(diagram);
      else {
        c.mainDiagrams.push(diagram);
        c.mainDiagramProps.push(diagram.properties);
      }
      const activities = isPlainObject(process?.activities) ? process.activities : {};
      const widgets = isPlainObject(diagram?.widgets) ? diagram.widgets : {};
      for (const [activityId, activity] of Object.entries(activities)) {
        c.activities.push(activity);
        c.activityProps.push(activity.properties);
        const kind = kindOf(activity);
        if (kind === undefined) continue;
        if (!c.kinds.has(kind)) c.kinds.set(kind, { activities: [], ports: {}, conditionExprs: {} });
        const entry = c.kinds.get(kind);
        entry.activities.push({ label, activity });
        const widget = widgets[activityId];
        for (const port of Array.isArray(widget?.ports) ? widget.ports : []) {
          if (port?.isSourcePort === false) countInto(entry.ports, String(port?.properties?.name));
        }
      }
      for (const link of Array.isArray(process?.links) ? process.links : []) {
        c.links.push(link);
        c.linkProps.push(link.properties);
        const kind = kindOf(activities[link.sourceActivityId]);
        if (kind !== undefined) countInto(c.kinds.get(kind).conditionExprs, String(link.conditionExpr));
      }
      for (const widget of Object.values(widgets)) {
        c.widgets.push(widget);
        if (widget.widgetType === 'activity') {
          c.activityWidgets.push(widget);
          c.points.push(widget.point);
          for (const port of widget.ports ?? []) {
            c.ports.push(port);
            c.portProps.push(port.properties);
          }
        } else if (widget.widgetType === 'link') {
          c.linkWidgets.push(widget);
          c.linkWidgetProps.push(widget.properties);
          for (const point of widget.properties?.points ?? []) c.linkPoints.push(point);
          c.widgetPorts.push(widget.sourcePort, widget.targetPort);
        }
      }
    }
  }
  return c;
}

/**
 * Object schema from instances: keys present in every instance are required, each typed with the
 * union of JSON types seen. `closed` keys get an enum of the values seen (used only for
 * discriminators and constants of the format: widgetType, port type, point type). `extra` adds or
 * replaces sub-schemas (a `$ref` replaces the derived type; anything else is merged in).
 */
function objectSchema(instances, { closed = [], extra = {}, description } = {}) {
  const objects = instances.filter(isPlainObject);
  if (objects.length !== instances.length) throw new Error('objectSchema: a non-object instance');
  const counts = {};
  const types = {};
  const values = {};
  for (const object of objects) {
    for (const [key, value] of Object.entries(object)) {
      countInto(counts, key);
      (types[key] ??= []).push(jsonType(value));
      (values[key] ??= []).push(value);
    }
  }
  const required = Object.keys(counts).filter((k) => counts[k] === objects.length).sort(byCodeUnit);
  const properties = {};
  for (const key of required) properties[key] = { type: typeKeyword(types[key]) };
  for (const key of closed) {
    if (!values[key]) continue;
    properties[key] = { ...(properties[key] ?? { type: typeKeyword(types[key]) }), ...enumOrConst(values[key]) };
  }
  for (const [key, schema] of Object.entries(extra)) {
    properties[key] = schema.$ref ? schema : { ...(properties[key] ?? {}), ...schema };
  }
  const schema = { type: 'object', required, properties };
  if (description) schema.description = description;
  return schema;
}

const ref = (name) => ({ $ref: `#/definitions/${name}` });

/** Property keys of one kind: required (in every instance) with types, and the optional rest. */
function kindFacts(kind, entry) {
  const instances = entry.activities.map((a) => a.activity);
  const n = instances.length;
  const counts = {};
  const types = {};
  const files = {};
  for (const { label, activity } of entry.activities) {
    countInto(files, label);
    for (const [key, value] of Object.entries(activity.properties)) {
      countInto(counts, key);
      (types[key] ??= []).push(jsonType(value));
    }
  }
  const requiredProperties = {};
  const optionalProperties = {};
  for (const key of Object.keys(counts).sort(byCodeUnit)) {
    if (counts[key] === n) requiredProperties[key] = typeText(types[key]);
    else optionalProperties[key] = `${typeText(types[key])} (${counts[key]}/${n})`;
  }
  return {
    count: n,
    files,
    groups: sortedUnique(instances.map((a) => a.group)),
    activityIds: sortedUnique(instances.map((a) => a.properties.activityId)),
    requiredProperties,
    optionalProperties,
    outputPorts: entry.ports,
    conditionExprs: entry.conditionExprs,
    _types: types,
  };
}

function kindDefinitionName(kind) {
  return `kind:${kind}`;
}

function kindSchema(kind, facts) {
  const ifSchema =
    kind === EVENT_NODE_KIND
      ? {
          required: ['group', 'properties'],
          properties: {
            group: { const: 'event' },
            properties: { not: { required: ['activityName'] } },
          },
        }
      : {
          required: ['properties'],
          properties: { properties: { required: ['activityName'], properties: { activityName: { const: kind } } } },
        };
  const props = {};
  for (const key of Object.keys(facts.requiredProperties)) props[key] = { type: typeKeyword(facts._types[key]) };
  props.activityId = { ...props.activityId, ...enumOrConst(facts.activityIds) };
  return {
    $comment:
      `Activity kind "${kind}": ${facts.count} instance(s) in ${Object.keys(facts.files).length} corpus file(s). ` +
      `Required = present in every instance; types = union seen.`,
    if: ifSchema,
    then: {
      properties: {
        group: enumOrConst(facts.groups),
        properties: { required: Object.keys(facts.requiredProperties), properties: props },
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------
// 3. the entry schema

function buildEntrySchema(c, kinds, documents) {
  const definitions = {};

  definitions.variable = objectSchema(c.variables, { description: 'A flow variable (format doc §8.1).' });

  definitions.process = objectSchema(c.processes, {
    description: 'Activities keyed by activity id, and links (format doc §3).',
    extra: {
      activities: { type: 'object', additionalProperties: ref('activity') },
      links: { type: 'array', items: ref('link') },
    },
  });

  const activity = objectSchema(c.activities, {
    description: 'An activity (format doc §3.1). Kind-specific rules apply through the kind:* definitions.',
    extra: { properties: objectSchema(c.activityProps) },
  });
  activity.allOf = [...kinds.keys()].sort(byCodeUnit).map((kind) => ref(kindDefinitionName(kind)));
  definitions.activity = activity;

  definitions.link = objectSchema(c.links, {
    description: 'A link; conditionExpr names the source port (format doc §3.2).',
    extra: { properties: objectSchema(c.linkProps) },
  });

  definitions.diagram = objectSchema(c.mainDiagrams, {
    description: 'The main canvas: widgets keyed by activity id and by link id, plus the viewport (format doc §5).',
    extra: {
      widgets: { type: 'object', additionalProperties: ref('widget') },
      properties: objectSchema(c.mainDiagramProps),
    },
  });

  definitions.eventDiagram = objectSchema(c.eventDiagrams, {
    description: 'The canvas of an event flow (format doc §6).',
    extra: { widgets: { type: 'object', additionalProperties: ref('widget') } },
  });

  const widget = objectSchema(c.widgets, {
    description: 'A widget: "activity" or "link" (format doc §5).',
    closed: ['widgetType'],
  });
  widget.allOf = [
    { if: { required: ['widgetType'], properties: { widgetType: { const: 'activity' } } }, then: ref('activityWidget') },
    { if: { required: ['widgetType'], properties: { widgetType: { const: 'link' } } }, then: ref('linkWidget') },
  ];
  definitions.widget = widget;

  definitions.activityWidget = objectSchema(c.activityWidgets, {
    description: 'The drawing of an activity (format doc §5.1).',
    extra: {
      point: objectSchema(c.points),
      ports: { type: 'array', items: ref('port') },
    },
  });

  definitions.port = objectSchema(c.ports, {
    description: 'A port of an activity widget; links lists link-widget ids, linkId is links[0] or null (format doc §5.2).',
    closed: ['type'],
    extra: {
      links: { type: 'array', items: { type: sortedUniqueTypes(c.ports.flatMap((p) => p.links)) } },
      properties: objectSchema(c.portProps),
    },
  });

  definitions.linkWidget = objectSchema(c.linkWidgets, {
    description: 'The drawing of a link (format doc §5.3).',
    closed: ['type'],
    extra: {
      properties: objectSchema(c.linkWidgetProps, {
        extra: { points: { type: 'array', items: objectSchema(c.linkPoints, { closed: ['type'] }) } },
      }),
      points: { type: 'array' },
      sourcePort: ref('widgetPortRef'),
      targetPort: ref('widgetPortRef'),
    },
  });

  definitions.widgetPortRef = objectSchema(c.widgetPorts, {
    description: 'A link widget end: port id, activity widget id, point (format doc §5.3).',
    extra: { point: objectSchema(c.widgetPorts.map((p) => p.point)) },
  });

  definitions.eventFlows = objectSchema(c.eventFlowsObjects, {
    description: 'Event flows (format doc §6); eventsMap is {} in subflows.',
    extra: { eventsMap: { type: 'object', additionalProperties: ref('eventFlow') } },
  });

  definitions.eventFlow = objectSchema(c.eventFlows, {
    description: 'One event-flow graph (GLOBAL_EVENTS).',
    extra: {
      process: ref('process'),
      diagram: ref('eventDiagram'),
      onEvents: { type: 'object', additionalProperties: { type: 'string' } },
    },
  });

  for (const [kind, facts] of kinds) definitions[kindDefinitionName(kind)] = kindSchema(kind, facts);

  const root = objectSchema(c.docs, {
    extra: {
      variables: { type: 'array', items: ref('variable') },
      process: ref('process'),
      diagram: ref('diagram'),
      eventFlows: ref('eventFlows'),
    },
  });

  return {
    $schema: DRAFT_07,
    $id: ENTRY_FILE,
    $comment:
      `Generated by ${GENERATOR} from shared/${SPEC_FILE} (via ${BASE_FILE}) and the ${documents.length} flow ` +
      `documents under shared/${CORPUS_DIR}/ (template wrappers unwrapped); do not edit by hand. ` +
      `"Required" means present in every corpus instance; types are the union of JSON types seen. ` +
      `Activity kinds are keyed by properties.activityName (event nodes without one: "${EVENT_NODE_KIND}"); ` +
      `unknown kinds get the generic checks only. Per-kind facts: ${FACTS_FILE}.`,
    title: 'Webex Contact Center Flow Designer export (FlowVersionRes), as flowgen checks it',
    allOf: [{ $ref: BASE_FILE }],
    ...root,
    definitions,
  };
}

function sortedUniqueTypes(values) {
  return typeKeyword(values.map(jsonType));
}

// ---------------------------------------------------------------------------------------------
// 4. facts

function buildFacts(documents, skipped, c, kinds, provenance) {
  const kindsOut = {};
  for (const [kind, facts] of kinds) {
    const { _types, ...rest } = facts;
    kindsOut[kind] = rest;
  }
  return {
    $comment:
      `Generated by ${GENERATOR} from the flow documents under shared/${CORPUS_DIR}/; do not edit by hand. ` +
      `Per activity kind (properties.activityName; "${EVENT_NODE_KIND}" = event node without one): instance count, ` +
      `instances per corpus file, groups, activityIds, property keys present in every instance (required, ` +
      `"type|type") and in some ("type (seen/count)"), output port names on the kind's widgets (port → widgets ` +
      `having it), and conditionExpr of links leaving the kind (value → links). Types: JSON Schema names, ` +
      `integer = whole number.`,
    inputs: {
      spec: `shared/${SPEC_FILE} (${provenance.repo} ${provenance.file} @ ${provenance.commit})`,
      documents: documents.map((d) => (d.wrapped ? `${d.label} (template wrapper, unwrapped)` : d.label)),
      skipped: skipped.map((label) => `${label} (not a flow export)`),
    },
    totals: {
      documents: documents.length,
      activities: c.activities.length,
      links: c.links.length,
      widgets: c.widgets.length,
      variables: c.variables.length,
    },
    requiredTopLevelKeys: objectSchema(c.docs).required,
    kinds: kindsOut,
  };
}

// ---------------------------------------------------------------------------------------------
// main

function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write('usage: node scripts/build-schemas.js [sharedDir] [--out dir]\n');
    return 0;
  }
  if (positionals.length > 1) throw new InputError('at most one positional argument (the shared folder)');
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const sharedDir = path.resolve(positionals[0] ?? path.join(repoRoot, '..', 'shared'));
  const outDir = path.resolve(values.out ?? path.join(repoRoot, 'schemas'));

  let provenance, components, documents, skipped;
  try {
    provenance = readSpecProvenance(sharedDir);
    components = readJson(path.join(sharedDir, SPEC_FILE), SPEC_FILE);
    ({ documents, skipped } = loadCorpus(sharedDir));
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`${error.message} (shared folder: ${sharedDir})`);
    throw error;
  }
  const collected = collect(documents);
  const kinds = new Map(
    [...collected.kinds.entries()].sort(([a], [b]) => byCodeUnit(a, b)).map(([kind, entry]) => [kind, kindFacts(kind, entry)]),
  );

  const outputs = {
    [BASE_FILE]: buildBaseSchema(components, provenance, documents),
    [ENTRY_FILE]: buildEntrySchema(collected, kinds, documents),
    [FACTS_FILE]: buildFacts(documents, skipped, collected, kinds, provenance),
    'flow-yaml.schema.json': yamlSchemas.flowYamlJsonSchema(),
    'tenant-yaml.schema.json': yamlSchemas.tenantYamlJsonSchema(zendeskFlow),
    'flow-test.schema.json': scenarioSchemas.scenarioJsonSchema(),
  };
  mkdirSync(outDir, { recursive: true });
  for (const [name, value] of Object.entries(outputs)) writeFileSync(path.join(outDir, name), stableJson(value));
  process.stdout.write(
    `build-schemas: ${documents.length} corpus documents, ${kinds.size} activity kinds → ${Object.keys(outputs).join(', ')}\n`,
  );
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof InputError || error?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    process.stderr.write(`build-schemas: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
