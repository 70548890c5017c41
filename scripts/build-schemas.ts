#!/usr/bin/env -S node --import tsx
/**
 * build-schemas: writes the JSON Schemas in `schemas/`: a schema of the Flow Designer format, not
 * of a sample of exports.
 *
 * Contract
 *   node --import tsx scripts/build-schemas.ts [sharedDir] [--out dir]     (npm run schemas)
 *   - `sharedDir` (default `../shared` beside the repository) must hold
 *     `spec/wxcc-flow-openapi-components.json` and `spec/README.md`. The corpus is not read: what
 *     the schemas accept is the format as the spec, Cisco's documentation and flowgen's activity
 *     modules describe it, and test/schemas checks that every real export passes.
 *   - `--out` (default `<repo>/schemas`) receives:
 *       flow-version.schema.json  the official OpenAPI components (FlowVersionRes at the root, the
 *                                 rest under `definitions`), converted by
 *                                 @openapi-contrib/openapi-schema-to-json-schema, with the
 *                                 widenings listed in SPEC_WIDENINGS (each with its evidence)
 *       flow.schema.json          the entry schema: allOf the base + the structure Flow Designer
 *                                 needs to read a document (STRUCTURE) + per-kind identity rules
 *       flow-yaml.schema.json, tenant-yaml.schema.json, flow-test.schema.json   editor schemas
 *                                 from the zod schemas (flows, tenant files, scenario files)
 *   - Output depends only on the inputs: keys sorted, 2-space JSON, trailing newline.
 *   - Exit 0 on success, 2 when an input is missing or malformed (message on stderr).
 *
 * What is required or restricted, and why. A restriction is here only when Flow Designer could not
 * read or run the document without it; each carries its reason in a `$comment`. Everything else is
 * open: strings or numbers, null or missing, any region's 24-hex catalogue id, unknown keys and
 * unknown activity kinds (new kinds arrive in every release; they get the structural checks only).
 *
 * Sources
 *   - shared/spec (Webex Contact Center OpenAPI, webex/webex-openapi-specs, CC BY 4.0): the envelope.
 *   - shared/docs/webex-flow-format.md §2-§8 (structure: process, links, widgets, ports, event
 *     flows, variables; §7 catalogue ids differ per region) and webex-activities-and-api.md §4
 *     (FC1002 start, FC1003 event handler, FC1006 ports, FC1011/FC1012 link ends).
 *   - src/activities/*.ts: each kind's `activityName`, `group` and catalogue `activityId`.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openapiSchemaToJsonSchema } from '@openapi-contrib/openapi-schema-to-json-schema';
import { activityKinds } from '../src/activities/index.js';
import { flowYamlJsonSchema, tenantYamlJsonSchema } from '../src/api/yaml-schemas.js';
import { scenarioJsonSchema } from '../src/simulate/scenario-file.js';
import zendeskFlow from '../flows/zendesk-ivr.flow.js';

type Schema = Record<string, unknown>;

const GENERATOR = 'scripts/build-schemas.ts';
const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';
const BASE_FILE = 'flow-version.schema.json';
const ENTRY_FILE = 'flow.schema.json';
const SPEC_FILE = 'spec/wxcc-flow-openapi-components.json';
const SPEC_README = 'spec/README.md';
const ROOT_COMPONENT = 'FlowVersionRes';
/** Pseudo kind of event nodes, which carry no `properties.activityName` (format doc §6). */
const EVENT_NODE_KIND = '(event)';

class InputError extends Error {}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const isPlainObject = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(Object.keys(value).sort(byCodeUnit).map((key) => [key, sortKeys(value[key])]));
}

const stableJson = (value: unknown): string => `${JSON.stringify(sortKeys(value), null, 2)}\n`;

function readText(file: string, label: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new InputError(`cannot read ${label}`);
  }
}

function readJson(file: string, label: string): unknown {
  const text = readText(file, label);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${label} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Source file and commit of the OpenAPI extract, as spec/README.md states them. */
function readSpecProvenance(sharedDir: string): { repo: string; file: string; commit: string } {
  const text = readText(path.join(sharedDir, SPEC_README), SPEC_README);
  const repo = /source repository: `([^`]+)`/.exec(text)?.[1];
  const file = /source repository: `[^`]+`[^,]*, file `([^`]+)`/.exec(text)?.[1];
  const commit = /commit: `([0-9a-f]{40})`/.exec(text)?.[1];
  if (!repo || !file || !commit) throw new InputError(`${SPEC_README} no longer names the source repository, file and commit`);
  return { repo, file, commit };
}

// ---------------------------------------------------------------------------------------------
// 1. the base schema: the OpenAPI components, converted

/** `#/components/schemas/X` → `#/definitions/X` (or `#` for the root), everywhere in a schema. */
function rewriteRefs(value: unknown, where: string): unknown {
  if (Array.isArray(value)) return value.map((item, i) => rewriteRefs(item, `${where}/${i}`));
  if (!isPlainObject(value)) return value;
  const out: Schema = {};
  for (const [key, sub] of Object.entries(value)) {
    if (key === '$ref' && typeof sub === 'string') {
      const match = /^#\/components\/schemas\/(.+)$/.exec(sub);
      if (!match) throw new InputError(`${SPEC_FILE}: unexpected $ref ${sub} at ${where}`);
      out[key] = match[1] === ROOT_COMPONENT ? '#' : `#/definitions/${match[1]}`;
    } else if (key !== '$schema') {
      out[key] = rewriteRefs(sub, `${where}/${key}`);
    }
  }
  return out;
}

/**
 * Where real exports contradict the spec's declared types. Each widening names its evidence; the
 * schema test proves every corpus document passes, and a widening the spec no longer needs (the
 * spec changed) is an input error, so none outlives its reason.
 */
const SPEC_WIDENINGS: { component: string; property: string; type: string[]; why: string }[] = [
  {
    component: 'FlowVersionRes',
    property: 'comment',
    type: ['string', 'null'],
    why: 'exports of 2022-2023 write "comment": null (format doc §2)',
  },
  {
    component: 'FlowVariablesRes',
    property: 'value',
    type: ['string', 'number', 'boolean', 'null'],
    why: "a variable's value is its initial value: null when unset (format doc §8.1), and of the variable's type",
  },
  {
    component: 'FlowVariablesRes',
    property: 'desktopLabel',
    type: ['string', 'null'],
    why: 'variables not shown on the agent desktop have "desktopLabel": null (format doc §8.1)',
  },
  {
    component: 'FlowVariablesRes',
    property: 'description',
    type: ['string', 'null'],
    why: 'exports write null for a variable without a description (format doc §8.1)',
  },
];

function buildBaseSchema(components: Schema, provenance: { repo: string; file: string; commit: string }): Schema {
  if (!isPlainObject(components[ROOT_COMPONENT])) throw new InputError(`${SPEC_FILE} has no ${ROOT_COMPONENT} component`);
  const converted: Record<string, Schema> = {};
  for (const [name, schema] of Object.entries(components)) {
    if (!isPlainObject(schema)) throw new InputError(`${SPEC_FILE}: ${name} is not a schema object`);
    converted[name] = rewriteRefs(openapiSchemaToJsonSchema(schema, { cloneSchema: true }), name) as Schema;
  }
  for (const widening of SPEC_WIDENINGS) {
    const target = (converted[widening.component]?.['properties'] as Record<string, Schema> | undefined)?.[widening.property];
    if (!target || typeof target['type'] !== 'string') {
      throw new InputError(`${SPEC_FILE}: ${widening.component}.${widening.property} is gone or no longer a single type; review SPEC_WIDENINGS`);
    }
    target['$comment'] = `Widened by ${GENERATOR}: the spec declares "${String(target['type'])}"; ${widening.why}.`;
    target['type'] = widening.type;
  }
  const { [ROOT_COMPONENT]: root, ...definitions } = converted;
  return {
    $schema: DRAFT_07,
    $id: BASE_FILE,
    $comment:
      `Generated by ${GENERATOR} from shared/${SPEC_FILE} (the components.schemas of ${provenance.file} in ` +
      `${provenance.repo} at commit ${provenance.commit}, per shared/${SPEC_README}); do not edit by hand. ` +
      `Converted from OpenAPI 3.0 by @openapi-contrib/openapi-schema-to-json-schema (examples dropped, nullable ` +
      `as a null type); root = ${ROOT_COMPONENT}, other components under definitions; "format": "date-time" is ` +
      `an annotation only (exports carry dates without a zone, and ""). The spec marks nothing required and ` +
      `this file keeps it so. Widened where real exports contradict the spec: ` +
      `${SPEC_WIDENINGS.map((w) => `${w.component}.${w.property}`).join(', ')}.`,
    ...root,
    definitions,
  };
}

// ---------------------------------------------------------------------------------------------
// 2. the entry schema: what Flow Designer needs to read a document

const ref = (name: string): Schema => ({ $ref: `#/definitions/${name}` });
const stringOrNumber = { type: ['string', 'number'] };
const point = { type: 'object', required: ['x', 'y'], properties: { x: { type: 'number' }, y: { type: 'number' } } };

/** A required set of members with the reason Flow Designer needs them. */
function needs(required: string[], why: string, properties: Record<string, Schema>, extra: Schema = {}): Schema {
  return { type: 'object', $comment: `Required: ${why}`, required, properties, ...extra };
}

const STRUCTURE: Record<string, Schema> = {
  process: needs(['activities', 'links'], 'the flow graph itself: activities by id and the links between them (format doc §3).', {
    activities: { type: 'object', additionalProperties: ref('activity') },
    links: { type: 'array', items: ref('link') },
  }),
  activity: needs(
    ['id', 'name', 'group', 'properties'],
    "an activity is found by id, shown by name, drawn by group (format doc §3.1); its properties hold its settings and its catalogue activityId, by which Flow Designer finds the activity's definition (§7).",
    {
      id: { type: 'string' },
      name: { type: 'string' },
      group: { type: 'string' },
      properties: needs(['activityId'], 'the catalogue entry of the activity (format doc §7).', { activityId: { type: 'string' } }),
    },
  ),
  link: needs(
    ['id', 'sourceActivityId', 'targetActivityId', 'conditionExpr'],
    'a link joins two activities of the same process from a named port (format doc §3.2; FC1011/FC1012 broken link).',
    {
      id: { type: 'string' },
      sourceActivityId: { type: 'string' },
      targetActivityId: { type: 'string' },
      conditionExpr: { type: 'string' },
      properties: { type: 'object' },
    },
  ),
  diagram: needs(['widgets'], 'the canvas: one widget per activity and per link (format doc §5).', {
    widgets: { type: 'object', additionalProperties: ref('widget') },
    properties: { type: 'object' },
  }),
  widget: {
    type: 'object',
    $comment: 'Required: a widget is an activity or a link drawing (format doc §5); each kind needs its own members.',
    required: ['id', 'widgetType'],
    properties: { id: { type: 'string' }, widgetType: { enum: ['activity', 'link'] }, type: { type: 'string' } },
    allOf: [
      { if: { required: ['widgetType'], properties: { widgetType: { const: 'activity' } } }, then: ref('activityWidget') },
      { if: { required: ['widgetType'], properties: { widgetType: { const: 'link' } } }, then: ref('linkWidget') },
    ],
  },
  activityWidget: needs(['point', 'ports'], 'an activity is drawn at its point with its ports, which links attach to (format doc §5.1).', {
    point,
    ports: { type: 'array', items: ref('port') },
  }),
  port: needs(['portId', 'properties'], 'a port is referenced by id from link widgets and named in properties.name, the conditionExpr of its links (format doc §5.2).', {
    portId: { type: 'string' },
    linkId: { type: ['string', 'null'] },
    links: { type: 'array', items: { type: 'string' } },
    isSourcePort: { type: 'boolean' },
    properties: needs(['name'], 'the port name (format doc §5.2).', { name: stringOrNumber, x: { type: 'number' }, y: { type: 'number' } }),
  }),
  linkWidget: needs(['sourcePort', 'targetPort'], 'a link is drawn between two ports (format doc §5.3).', {
    sourcePort: ref('widgetPortRef'),
    targetPort: ref('widgetPortRef'),
    points: { type: 'array' },
    properties: { type: 'object', properties: { points: { type: 'array', items: { type: 'object', properties: { x: { type: 'number' }, y: { type: 'number' } } } } } },
  }),
  widgetPortRef: needs(['id', 'activeWidgetId'], 'a link end names its port and the activity widget that holds it (format doc §5.3).', {
    id: { type: 'string' },
    activeWidgetId: { type: 'string' },
    point,
  }),
  eventFlows: needs(['eventsMap'], 'the event flows by key; {} in subflows (format doc §6).', {
    eventsMap: { type: 'object', additionalProperties: ref('eventFlow') },
  }),
  eventFlow: needs(['process', 'diagram'], 'an event flow is a graph of its own (format doc §6).', {
    process: ref('process'),
    diagram: ref('eventDiagram'),
    onEvents: { type: 'object', additionalProperties: { type: 'string' } },
  }),
  eventDiagram: needs(['widgets'], 'the canvas of an event flow (format doc §6).', {
    widgets: { type: 'object', additionalProperties: ref('widget') },
  }),
  variable: needs(['name', 'type'], 'variables are referenced by name and typed (format doc §8.1; FC1005, FC1008).', {
    name: { type: 'string' },
    type: { type: 'string' },
  }),
};

interface KindRule {
  /** A slug Flow Designer knows the kind by, or `catalogue`: a 24-hex id, different per region. */
  activityId: string | 'catalogue';
  required?: Record<string, Schema>;
  why?: string;
}

const CATALOGUE_ID = /^[0-9a-f]{24}$/;

/**
 * Per kind, from flowgen's activity modules (the one place a kind's Webex identity lives): its
 * activityId, by which Flow Designer finds the kind's definition. Catalogue ids differ per region
 * (format doc §7: US/EU vs APJ ids in the corpus), so a catalogue kind accepts any 24-hex id; a
 * slug kind its slug. The group is not checked: sources disagree on it (Parse is `action` in
 * every export, `parse-activity` in the V2 registry, docs/webex-activities-and-api.md §1.2), and
 * nothing says Flow Designer refuses a document for it. Extra required settings only where the
 * kind cannot be drawn without them.
 */
function kindRules(): Map<string, KindRule> {
  const rules = new Map<string, KindRule>();
  for (const definition of activityKinds) {
    const { activityName, activityId, group } = definition.webex;
    if (group === '') continue; // the raw escape hatch has no identity of its own
    const rule: KindRule = { activityId: CATALOGUE_ID.test(activityId) ? 'catalogue' : activityId };
    for (const name of activityName === undefined ? [EVENT_NODE_KIND] : definition.importNames) rules.set(name, rule);
  }
  const menu = rules.get('ivr-menu');
  if (!menu) throw new InputError('src/activities has no ivr-menu kind');
  rules.set('ivr-menu', {
    ...menu,
    required: { menuLinks: { type: 'array', items: { type: 'string' } } },
    why: 'a menu has one output port per key in menuLinks (format doc §7.3).',
  });
  const event = rules.get(EVENT_NODE_KIND);
  if (!event) throw new InputError('src/activities has no event kind');
  rules.set(EVENT_NODE_KIND, {
    ...event,
    required: { eventSpecificationName: { type: 'string' } },
    why: 'the event that starts the event flow (format doc §6; FC1003 an event flow lacks a valid start).',
  });
  return rules;
}

function kindSchema(kind: string, rule: KindRule): Schema {
  const ifSchema =
    kind === EVENT_NODE_KIND
      ? { required: ['group', 'properties'], properties: { group: { const: 'event' }, properties: { not: { required: ['activityName'] } } } }
      : { required: ['properties'], properties: { properties: { required: ['activityName'], properties: { activityName: { const: kind } } } } };
  const activityId = rule.activityId === 'catalogue' ? { type: 'string', pattern: CATALOGUE_ID.source } : { const: rule.activityId };
  const required = Object.keys(rule.required ?? {});
  return {
    $comment:
      `Kind "${kind}" (src/activities): found in the catalogue by ` +
      (rule.activityId === 'catalogue' ? 'a 24-hex id, which differs per region' : `the slug "${rule.activityId}"`) +
      (rule.why ? `. Required: ${rule.why}` : '.'),
    if: ifSchema,
    then: {
      properties: {
        properties: { ...(required.length ? { required } : {}), properties: { activityId, ...(rule.required ?? {}) } },
      },
    },
  };
}

function buildEntrySchema(): Schema {
  const definitions: Record<string, Schema> = { ...STRUCTURE };
  const kinds = [...kindRules()].sort(([a], [b]) => byCodeUnit(a, b));
  for (const [kind, rule] of kinds) definitions[`kind:${kind}`] = kindSchema(kind, rule);
  definitions['activity'] = { ...STRUCTURE['activity'], allOf: kinds.map(([kind]) => ref(`kind:${kind}`)) };
  return {
    $schema: DRAFT_07,
    $id: ENTRY_FILE,
    $comment:
      `Generated by ${GENERATOR} from shared/${SPEC_FILE} (via ${BASE_FILE}), shared/docs and src/activities; do not ` +
      `edit by hand. A member is required only where Flow Designer could not read the document without it; ` +
      `each definition's $comment says why. Types stay open where exports vary (strings or numbers, null or ` +
      `missing). Known kinds (by properties.activityName; event nodes: "${EVENT_NODE_KIND}") have their catalogue ` +
      `activityId checked (any region's 24-hex id, or the kind's slug); unknown kinds get the structural checks only.`,
    title: 'Webex Contact Center Flow Designer export (FlowVersionRes), as flowgen checks it',
    allOf: [{ $ref: BASE_FILE }],
    type: 'object',
    required: ['process', 'diagram'],
    properties: {
      process: ref('process'),
      diagram: ref('diagram'),
      eventFlows: ref('eventFlows'),
      variables: { type: 'array', items: ref('variable') },
    },
    definitions,
  };
}

// ---------------------------------------------------------------------------------------------
// main

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({ args: argv, options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  if (values.help) {
    process.stdout.write('usage: node --import tsx scripts/build-schemas.ts [sharedDir] [--out dir]\n');
    return 0;
  }
  if (positionals.length > 1) throw new InputError('at most one positional argument (the shared folder)');
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const sharedDir = path.resolve(positionals[0] ?? path.join(repoRoot, '..', 'shared'));
  const outDir = path.resolve(values.out ?? path.join(repoRoot, 'schemas'));
  let provenance, components;
  try {
    provenance = readSpecProvenance(sharedDir);
    components = readJson(path.join(sharedDir, SPEC_FILE), SPEC_FILE);
    if (!isPlainObject(components)) throw new InputError(`${SPEC_FILE} is not an object of schemas`);
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`${error.message} (shared folder: ${sharedDir})`);
    throw error;
  }
  const outputs: Record<string, unknown> = {
    [BASE_FILE]: buildBaseSchema(components, provenance),
    [ENTRY_FILE]: buildEntrySchema(),
    'flow-yaml.schema.json': flowYamlJsonSchema(),
    'tenant-yaml.schema.json': tenantYamlJsonSchema(zendeskFlow),
    'flow-test.schema.json': scenarioJsonSchema(),
  };
  mkdirSync(outDir, { recursive: true });
  for (const [name, value] of Object.entries(outputs)) writeFileSync(path.join(outDir, name), stableJson(value));
  process.stdout.write(`build-schemas: ${Object.keys(outputs).join(', ')}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof InputError || (error as { code?: string })?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    process.stderr.write(`build-schemas: ${(error as Error).message}\n`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
