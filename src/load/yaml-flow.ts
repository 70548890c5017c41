/**
 * Loads a YAML flow definition (`flows/*.flow.yaml`) into the same IR the TypeScript DSL builds,
 * so validation, layout, emission and diff serve both. Never throws for an author's mistake: every
 * problem is a diagnostic at the YAML line and column (the `yaml` parser's node ranges, read
 * through a `LineCounter`).
 *
 * The format (README "YAML flows"; JSON Schema `schemas/flow-yaml.schema.json`):
 * - `activities` maps each activity's name to `{ kind, options, links, description, position }`;
 *   `options` are the kind's options exactly as its zod schema in `src/activities/` takes them (the
 *   schema `f.activity(kind, name, options)` and the re-check of every TS flow use), except that a
 *   runtime template may be written as a plain string (or number or boolean).
 * - **Runtime text is Pebble as written**, `{{ }}` included (what `pebble()` does in TypeScript):
 *   `"Hello {{userName}}."`, `"{{ LookupUser.httpStatusCode == 200 }}"`. References are checked by
 *   the same rules as hand-written Pebble in TS and imported flows (FG201, FG204).
 * - **Request bodies** are written as plain YAML under `body: { json: … }`: every string leaf is
 *   runtime text sent as a JSON string, and each `{{ }}` hole in it is escaped for JSON at call
 *   time (`| escape('json')`), as the DSL's `text` does, so a caller's input cannot break the body.
 *   A hole that is a plain reference (`{{ticketID}}`, optionally `| filters`) becomes a typed
 *   reference; any other hole (`{{now() | epoch(…)}}`) an expression whose references this loader
 *   checks itself (FG201).
 * - **Build-time parameters** are declared under `params` (type, default, description) and used as
 *   `${params.name}`: a whole scalar `${params.name}` is the value itself (a number, a
 *   `{ id, name }` resource); inside a string it is inserted as text (a build-time value, which
 *   FG203 checks never carries `{{`). `$${` writes a literal `${`.
 * - `start` names the first activity after NewPhoneContact; `events` maps an event (AgentAnswered,
 *   PhoneContactEnded, OnGlobalError, …) to the first activity of its event flow.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from '../util/yaml.js';
import type { z } from 'zod';
import { activityDefinition, knownKinds } from '../activities/index.js';
import { defaultEvents, eventActivityName, eventNames, type EventName } from '../activities/event.js';
import { templateSchema } from '../activities/shared/schemas.js';
import { START_ACTIVITY_NAME } from '../activities/start.js';
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { ActivityIR, ConnectorIR, FlowIR, Template, TemplatePart, VariableIR, VariableType } from '../ir/types.js';
import { didYouMean } from '../util/did-you-mean.js';
import { scanTemplate } from '../validate/pebble-scanner.js';
import { describeIssue, optionSuggestion } from '../validate/schema.js';
import { paramsSchemaOf, yamlFlowSchema, type ActivityEntry, type VariableDeclaration, type YamlFlow } from './yaml-flow-schema.js';
import { defaultInitialValue } from '../ir/variable-defaults.js';
import { readInputFile } from './read-input.js';
import { distinctYamlErrors, yamlValue } from './yaml-value.js';

/** Matches the file names `flowgen build` reads as YAML flows. */
export const YAML_FLOW_FILE = /\.flow\.ya?ml$/;

export interface YamlFlowOptions {
  /** Parameter values (a tenant's); missing ones take the declared defaults. */
  params?: unknown;
}

export interface LoadedYamlFlow {
  file: string;
  /** The flow's IR, when the file parsed and matched the schema. */
  ir?: FlowIR;
  /** The declared parameters as a zod object (for tenant files), when the file got that far. */
  params?: z.ZodObject;
  diagnostics: Diagnostic[];
}

type Path = readonly (string | number)[];

const YAML_PROBLEMS: Record<string, string> = {
  DUPLICATE_KEY: 'This key is already defined in the same mapping.',
  BAD_INDENT: 'The indentation is wrong here.',
  MISSING_CHAR: 'A closing bracket, brace or quote is missing.',
  MULTIPLE_DOCS: 'A flow file holds one YAML document.',
  TAB_AS_INDENT: 'Tabs cannot indent YAML.',
};

const pathText = (path: Path): string => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Where things are in the YAML text. */
class Locator {
  constructor(
    private readonly file: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  at(offset: number): SourceLocation {
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, column: col };
  }

  /**
   * The node at `path` (its key with `key`), as a location. A path that leaves the document (a
   * missing key) ends at the key of the deepest mapping entry it reached.
   */
  locate(path: Path, options: { key?: boolean } = {}): SourceLocation {
    let node: unknown = this.doc.contents;
    let keyNode: unknown;
    let complete = true;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && String(isScalar(p.key) ? p.key.value : p.key) === String(segment));
        if (!pair) {
          complete = false;
          break;
        }
        keyNode = pair.key;
        node = pair.value ?? pair.key;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
        keyNode = undefined;
        node = node.items[segment];
      } else {
        complete = false;
        break;
      }
    }
    const target = ((options.key || !complete) && keyNode ? keyNode : node) as YamlNode | undefined;
    return this.at(target?.range?.[0] ?? 0);
  }
}

/** Loads and compiles nothing: YAML text → IR plus diagnostics. */
export function loadYamlFlow(file: string, source: string, options: YamlFlowOptions = {}): LoadedYamlFlow {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
  const where = new Locator(file, doc, lines);
  const diagnostics: Diagnostic[] = [];
  // A parser that gives up (deep nesting) repeats one error at one place; say it once.
  for (const error of distinctYamlErrors(doc.errors)) {
    if (error.code === 'RESOURCE_EXHAUSTION') {
      diagnostics.push(makeDiagnostic('FG078', { message: 'The flow is too complex for flowgen to read: it nests too deeply for the YAML parser.', location: where.at(error.pos[0]), hint: 'Keep nesting shallow; a flow needs a few levels.' }));
      continue;
    }
    diagnostics.push(
      makeDiagnostic('FG040', {
        message: YAML_PROBLEMS[error.code] ?? `The YAML does not parse here (${error.code.toLowerCase().replace(/_/g, ' ')}).`,
        location: where.at(error.pos[0]),
        hint: 'Fix the YAML syntax; an editor with the yaml-language-server and schemas/flow-yaml.schema.json shows it as you type.',
        data: { yaml: error.code },
      }),
    );
  }
  if (diagnostics.length > 0) return { file, diagnostics };

  const read = yamlValue(doc);
  if (!('value' in read)) {
    const location = 'aliasesAt' in read ? where.at(read.aliasesAt) : where.locate(read.deepAt as Path);
    return { file, diagnostics: [makeDiagnostic('FG078', { message: `The flow is too complex for flowgen to read: ${read.message}.`, location, hint: 'Write the values out instead of aliasing them, and keep nesting shallow; a flow needs neither.' })] };
  }
  const value = read.value;
  const parsed = yamlFlowSchema.safeParse(value ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
      for (const key of keys) {
        const path = key === undefined ? issue.path : [...issue.path, key];
        diagnostics.push(
          makeDiagnostic('FG041', {
            message: key === undefined ? `${path.length ? `"${pathText(path as Path)}" ` : 'The flow '}${describeIssue(issue)}.` : `"${pathText(path as Path)}" is not a key of a flow definition here.`,
            location: where.locate(path as Path, { key: key !== undefined }),
            hint: key === undefined ? 'See schemas/flow-yaml.schema.json, or README "YAML flows".' : (didYouMean(String(key), expectedKeys(issue.path as Path)) ?? 'Remove it.'),
            data: { path: pathText(path as Path) },
          }),
        );
      }
    }
    return { file, diagnostics };
  }
  return new IrBuilder(file, parsed.data, where, diagnostics).build(options);
}

/** Reads a YAML flow file (FG004 when it cannot be read) and loads it. */
export function loadYamlFlowFile(file: string, options: YamlFlowOptions = {}): LoadedYamlFlow {
  const { text, diagnostics } = readInputFile(file, file);
  return text === undefined ? { file, diagnostics } : loadYamlFlow(file, text, options);
}

function expectedKeys(path: Path): string[] {
  if (path.length === 0) return Object.keys(yamlFlowSchema.shape);
  if (path[0] === 'activities' && path.length === 2) return ['kind', 'options', 'links', 'description', 'position'];
  if (path[0] === 'variables' && path.length === 2) return ['type', 'initial', 'description', 'desktopLabel', 'agentEditable', 'reportable', 'secure'];
  if (path[0] === 'params' && path.length === 2) return ['type', 'default', 'description'];
  if (path[0] === 'connectors' && path.length === 2) return ['id', 'name', 'type', 'authentication', 'baseUrl', 'setup'];
  return [];
}

// ---------------------------------------------------------------------------------------------
// zod introspection: where an activity's options hold runtime templates

type Def = { type: string; innerType?: z.core.$ZodType; getter?: () => z.core.$ZodType; in?: z.core.$ZodType; shape?: Record<string, z.core.$ZodType>; valueType?: z.core.$ZodType; element?: z.core.$ZodType; options?: z.core.$ZodType[] };
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

function defOf(schema: z.core.$ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (let i = 0; i < 20; i++) {
    const def = defOf(current);
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'lazy' && def.getter) current = def.getter();
    else if (def.type === 'pipe' && def.in) current = def.in;
    else break;
  }
  return current;
}

const isTemplate = (schema: z.core.$ZodType): boolean => schema === templateSchema;

/** A string goes into a template where the schema takes a template and not a plain string. */
function takesTemplate(schema: z.core.$ZodType): boolean {
  if (isTemplate(schema)) return true;
  const def = defOf(schema);
  if (def.type !== 'union' || !def.options) return false;
  const options = def.options.map(unwrap);
  return options.some(isTemplate) && !options.some((o) => defOf(o).type === 'string');
}

// ---------------------------------------------------------------------------------------------
// YAML data → IR

const PARAM = /\$\$\{|\$\{params\.([A-Za-z_$][\w$]*)\}/g;
const WHOLE_PARAM = /^\$\{params\.([A-Za-z_$][\w$]*)\}$/;
const REFERENCE = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;
const RUNTIME_SYNTAX = /\{\{|\}\}|\{%|%\}/;

class IrBuilder {
  private params: Record<string, unknown> = {};
  private readonly rawHoles: { raw: string; path: Path }[] = [];

  constructor(
    private readonly file: string,
    private readonly flow: YamlFlow,
    private readonly where: Locator,
    private readonly diagnostics: Diagnostic[],
  ) {}

  private report(code: DiagnosticCode, path: Path, message: string, hint: string, data?: Record<string, string>, key = false): void {
    this.diagnostics.push(makeDiagnostic(code, { message, location: this.where.locate(path, { key }), hint, ...(data ? { data } : {}) }));
  }

  build(options: YamlFlowOptions): LoadedYamlFlow {
    const { flow, file } = this;
    const paramsSchema = paramsSchemaOf(flow.params);
    for (const [name, declaration] of Object.entries(flow.params ?? {})) {
      if (declaration.default === undefined) continue;
      const field = paramsSchema.shape[name] as z.ZodType;
      const check = field.safeParse(declaration.default);
      if (!check.success) {
        this.report('FG012', ['params', name, 'default'], `The default of parameter "${name}" ${describeIssue(check.error.issues[0]!)}.`, `Give a ${declaration.type} value.`, { parameter: name });
      }
    }
    const values = paramsSchema.safeParse(options.params ?? {});
    if (!values.success) {
      for (const issue of values.error.issues) {
        this.report('FG012', ['name'], `Parameter "${pathText(issue.path as Path)}" of flow "${flow.name}" ${describeIssue(issue)}.`, "Give a value that matches the parameter's declared type.", { parameter: pathText(issue.path as Path) });
      }
    }
    if (this.diagnostics.some((d) => d.severity === 'error')) return { file, params: paramsSchema, diagnostics: this.diagnostics };
    this.params = values.data as Record<string, unknown>;

    const activities: ActivityIR[] = [];
    const start: ActivityIR = { name: START_ACTIVITY_NAME, kind: 'start', description: '', options: {}, links: {} };
    if (flow.startPosition) start.position = { ...flow.startPosition };
    if (flow.start !== undefined) {
      start.links['out'] = flow.start;
      start.linkSites = { out: this.where.locate(['start']) };
    }
    activities.push(start);

    for (const [name, entry] of Object.entries(flow.activities)) {
      const activity = this.activity(name, entry);
      if (activity) activities.push(activity);
    }

    const handled = new Set<EventName>();
    for (const [event, target] of Object.entries(flow.events ?? {}) as [EventName, string][]) {
      handled.add(event);
      const at = this.where.locate(['events', event], { key: true });
      activities.push({ name: eventActivityName(event), kind: 'event', description: '', options: { event }, links: { out: target }, at, linkSites: { out: this.where.locate(['events', event]) } });
    }
    for (const event of defaultEvents) {
      if (!handled.has(event)) activities.push({ name: eventActivityName(event), kind: 'event', description: '', options: { event }, links: {} });
    }

    const variables = Object.entries(flow.variables ?? {}).map(([name, declaration]) => this.variable(name, declaration));
    const connectors = (flow.connectors ?? []).map((_, i) => this.connector(i));
    this.checkRawHoles(variables, activities);

    const ir: FlowIR = {
      name: flow.name,
      description: this.text(flow.description ?? '', ['description']),
      variables,
      connectors,
      activities,
      file,
      at: this.where.locate(['name']),
      ...(flow.region !== undefined ? { region: flow.region } : {}),
    };
    return { file, ir, params: paramsSchema, diagnostics: this.diagnostics };
  }

  private activity(name: string, entry: ActivityEntry): ActivityIR | undefined {
    const path = ['activities', name];
    const definition = activityDefinition(entry.kind);
    if (entry.kind === 'start' || entry.kind === 'event') {
      this.report('FG041', [...path, 'kind'], `"${name}": a ${entry.kind} node is not an activity of its own in YAML.`, entry.kind === 'start' ? 'Name the first activity with the top-level "start:" key.' : 'Map the event to its first activity under the top-level "events:" key.', { activity: name });
      return undefined;
    }
    if (!definition) {
      this.report('FG011', [...path, 'kind'], `"${name}" has unknown kind "${entry.kind}".`, didYouMean(entry.kind, knownKinds) ?? `Known kinds: ${knownKinds.join(', ')}.`, { activity: name, kind: entry.kind });
      return undefined;
    }
    const optionsPath = [...path, 'options'];
    let raw: unknown = entry.options ?? {};
    if (entry.kind === 'http-request' && isRecord(raw) && isRecord(raw['body']) && 'json' in raw['body']) {
      const { json, ...rest } = raw['body'];
      raw = { ...raw, body: Object.keys(rest).length ? raw['body'] : this.jsonBody(json, [...optionsPath, 'body', 'json']) };
    }
    const options = this.convert(definition.options, raw, optionsPath) as Record<string, unknown>;
    const result = definition.options.safeParse(options);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
        for (const key of keys) {
          const issuePath = key === undefined ? (issue.path as Path) : [...(issue.path as Path), key];
          this.report(
            'FG010',
            [...optionsPath, ...issuePath],
            `${definition.kind} "${name}": ${issuePath.length ? `option "${pathText(issuePath)}" ` : ''}${key === undefined ? describeIssue(issue) : 'is not an option of this kind'}.`,
            (key !== undefined ? optionSuggestion(key, issue.path, definition.options) : undefined) ?? 'See the kind\'s options in schemas/flow-yaml.schema.json (your editor shows them with the yaml-language-server line).',
            { activity: name, path: pathText(issuePath) },
            key !== undefined,
          );
        }
      }
    }
    const links: Record<string, string> = {};
    const linkSites: Record<string, SourceLocation> = {};
    for (const [port, target] of Object.entries(entry.links ?? {})) {
      links[port] = target;
      linkSites[port] = this.where.locate([...path, 'links', port], { key: true });
    }
    return {
      name,
      kind: entry.kind,
      description: this.text(entry.description ?? '', [...path, 'description']),
      options,
      links,
      at: this.where.locate(path, { key: true }),
      ...(Object.keys(linkSites).length ? { linkSites } : {}),
      ...(entry.position ? { position: { ...entry.position } } : {}),
    };
  }

  private variable(name: string, declaration: VariableDeclaration): VariableIR {
    const path = ['variables', name];
    const initial = declaration.initial === undefined ? defaultInitialValue(declaration.type) : declaration.initial === null ? null : this.text(String(declaration.initial), [...path, 'initial']);
    return {
      name,
      type: declaration.type,
      description: this.text(declaration.description ?? '', [...path, 'description']),
      initialValue: initial,
      desktopLabel: declaration.desktopLabel === undefined ? null : this.text(declaration.desktopLabel, [...path, 'desktopLabel']),
      agentEditable: declaration.agentEditable ?? false,
      reportable: declaration.reportable ?? false,
      secure: declaration.secure ?? false,
      at: this.where.locate(path, { key: true }),
    };
  }

  private connector(index: number): ConnectorIR {
    const path = ['connectors', index];
    const c = this.flow.connectors![index]!;
    const text = (value: string, key: string | number, ...more: (string | number)[]): string => this.text(value, [...path, key, ...more]);
    return {
      id: text(c.id, 'id'),
      name: text(c.name, 'name'),
      type: c.type === undefined ? 'Custom Connector' : text(c.type, 'type'),
      authentication: c.authentication ?? 'Basic Authentication',
      baseUrl: text(c.baseUrl, 'baseUrl'),
      setup: (c.setup ?? []).map((line, i) => text(line, 'setup', i)),
      at: this.where.locate(path),
    };
  }

  // -- parameters ------------------------------------------------------------------------------

  private param(name: string, path: Path): { found: boolean; value: unknown } {
    if (Object.hasOwn(this.params, name)) return { found: true, value: this.params[name] };
    const declared = Object.keys(this.flow.params ?? {});
    this.report('FG042', path, `"\${params.${name}}" names no declared parameter.`, didYouMean(name, declared) ?? (declared.length ? `Declared: ${declared.join(', ')}.` : 'Declare it under "params:".'), { parameter: name });
    return { found: false, value: undefined };
  }

  /** A string outside runtime templates: a whole `${params.x}` is the value, else text with values inserted. */
  private value(text: string, path: Path): unknown {
    const whole = WHOLE_PARAM.exec(text);
    if (whole) {
      const { found, value } = this.param(whole[1]!, path);
      return found ? value : text;
    }
    return this.text(text, path);
  }

  private text(text: string, path: Path): string {
    return this.split(text, path)
      .map((p) => ('text' in p ? p.text : 'value' in p ? p.value : ''))
      .join('');
  }

  /** Literal text and build-time values (`${params.x}`) of a string. */
  private split(text: string, path: Path): TemplatePart[] {
    const parts: TemplatePart[] = [];
    let last = 0;
    let literal = '';
    for (const match of text.matchAll(PARAM)) {
      literal += text.slice(last, match.index);
      last = match.index + match[0].length;
      if (match[0] === '$${') {
        literal += '${';
        continue;
      }
      const { found, value } = this.param(match[1]!, path);
      if (!found) continue;
      if (literal) parts.push({ text: literal });
      literal = '';
      parts.push({ value: typeof value === 'object' ? JSON.stringify(value) : String(value) });
    }
    literal += text.slice(last);
    if (literal) parts.push({ text: literal });
    return parts;
  }

  private template(value: string | number | boolean, path: Path): Template {
    if (typeof value !== 'string') return { parts: [{ text: String(value) }] };
    return { parts: this.split(value, path) };
  }

  // -- options ---------------------------------------------------------------------------------

  /** Walks options along the kind's schema: templates from strings, parameters resolved. */
  private convert(schema: z.core.$ZodType, value: unknown, path: Path): unknown {
    const s = unwrap(schema);
    if (typeof value === 'string') {
      const whole = WHOLE_PARAM.exec(value);
      if (whole && !takesTemplate(s)) return this.value(value, path);
      return takesTemplate(s) ? this.template(value, path) : this.value(value, path);
    }
    if ((typeof value === 'number' || typeof value === 'boolean') && takesTemplate(s)) return this.template(value, path);
    const def = defOf(s);
    if (Array.isArray(value)) return value.map((item, i) => (def.type === 'array' && def.element ? this.convert(def.element, item, [...path, i]) : this.plain(item, [...path, i])));
    if (!isRecord(value) || isTemplate(s)) return value;
    if (def.type === 'object' && def.shape) {
      const shape = def.shape;
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, Object.hasOwn(shape, k) ? this.convert(shape[k]!, v, [...path, k]) : this.plain(v, [...path, k])]));
    }
    if (def.type === 'record' && def.valueType) {
      const valueType = def.valueType;
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.convert(valueType, v, [...path, k])]));
    }
    if (def.type === 'union' && def.options) {
      const objects = def.options.map(unwrap).filter((o) => defOf(o).type === 'object' || defOf(o).type === 'record');
      const keys = Object.keys(value);
      const fits = objects.find((o) => {
        const shape = defOf(o).shape;
        return shape ? keys.every((k) => Object.hasOwn(shape, k)) : false;
      });
      const chosen = fits ?? objects.find((o) => defOf(o).type === 'record');
      if (chosen) return this.convert(chosen, value, path);
    }
    return this.plain(value, path);
  }

  private plain(value: unknown, path: Path): unknown {
    if (typeof value === 'string') return this.value(value, path);
    if (Array.isArray(value)) return value.map((item, i) => this.plain(item, [...path, i]));
    if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.plain(v, [...path, k])]));
    return value;
  }

  // -- request bodies --------------------------------------------------------------------------

  private jsonBody(value: unknown, path: Path): unknown {
    if (typeof value === 'string') {
      const whole = WHOLE_PARAM.exec(value);
      if (whole) {
        const { found, value: v } = this.param(whole[1]!, path);
        if (found) return this.jsonBody(v, path);
      }
      return { template: this.bodyTemplate(value, path) };
    }
    if (Array.isArray(value)) return { array: value.map((item, i) => this.jsonBody(item, [...path, i])) };
    if (isRecord(value)) return { object: Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.jsonBody(v, [...path, k])])) };
    return { literal: value ?? null };
  }

  /** Runtime text inside a JSON string: each `{{ }}` hole becomes a reference or an expression. */
  private bodyTemplate(text: string, path: Path): Template {
    const parts: TemplatePart[] = [];
    let i = 0;
    while (i < text.length) {
      const open = text.indexOf('{{', i);
      const close = open === -1 ? -1 : holeEnd(text, open + 2);
      if (open === -1 || close === -1) {
        parts.push(...this.split(text.slice(i), path));
        break;
      }
      if (open > i) parts.push(...this.split(text.slice(i, open), path));
      const inner = this.split(text.slice(open + 2, close), path);
      for (const p of inner) {
        if ('value' in p && RUNTIME_SYNTAX.test(p.value)) {
          this.report('FG203', path, `The build-time value ${JSON.stringify(p.value)} contains runtime expression syntax.`, 'Pass runtime values as variables or outputs, not as parameter text with {{ }}.');
        }
      }
      const source = inner.map((p) => ('text' in p ? p.text : 'value' in p ? p.value : '')).join('').trim();
      const bar = topLevelBar(source);
      const head = (bar === -1 ? source : source.slice(0, bar)).trim();
      if (REFERENCE.test(head)) {
        const filters = bar === -1 ? '' : source.slice(bar + 1).trim();
        parts.push(filters ? { ref: head, filters } : { ref: head });
      } else if (source) {
        parts.push({ raw: source });
        this.rawHoles.push({ raw: source, path });
      }
      i = close + 2;
    }
    return { parts: mergeText(parts) };
  }

  /** References inside expression holes of bodies: the FG201 rule sees only typed references. */
  private checkRawHoles(variables: readonly VariableIR[], activities: readonly ActivityIR[]): void {
    const roots = new Set<string>([...variables.map((v) => v.name), ...activities.map((a) => a.name), ...eventNames, START_ACTIVITY_NAME]);
    for (const { raw, path } of this.rawHoles) {
      for (const reference of scanTemplate(`{{${raw}}}`).references) {
        const root = reference.path.split(/[.[]/, 1)[0]!;
        if (roots.has(root)) continue;
        this.report('FG201', path, `The request body refers to "${reference.path}", which is not a declared variable or an output of an activity.`, didYouMean(root, [...roots]) ?? 'Declare it under "variables:".', { ref: reference.path });
      }
    }
  }
}

/** The index of the `}}` closing a hole that starts at `from`, skipping quoted text and nested braces. */
function holeEnd(text: string, from: number): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0 && text[i + 1] === '}') return i;
      depth = Math.max(0, depth - 1);
    }
  }
  return -1;
}

/** The first `|` outside quotes and brackets (the start of a filter chain), or -1. */
function topLevelBar(source: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === '|' && depth === 0) return i;
  }
  return -1;
}

function mergeText(parts: TemplatePart[]): TemplatePart[] {
  const out: TemplatePart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last && 'text' in last && 'text' in part) out[out.length - 1] = { text: last.text + part.text };
    else out.push(part);
  }
  return out;
}

