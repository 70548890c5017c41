/**
 * Renders docs/dsl-reference.md: one section per activity kind of the registry
 * (src/activities/index.ts), derived from the code so it cannot drift:
 * - the module's doc comment and Webex identity, its ports and run-time outputs (the module);
 * - its DSL factory `f.<method>(name, input)` with each input field's type, optionality, JSDoc
 *   and @default: FlowBuilder's methods as the TypeScript type checker resolves them from
 *   src/index.ts (scripts/docs/builder-methods.ts), so a FlowBuilder derived from the registry
 *   reads the same;
 * - its options (what a YAML flow's `options:` and `f.activity(kind, …)` take) with type,
 *   default and range, from the zod options schema (`z.toJSONSchema`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { activityKinds } from '../../src/activities/index.js';
import type { ActivityDefinition } from '../../src/activities/define-activity.js';
import { typeDocs, type BuilderMethod, type InputField, type KindExport } from './type-docs.js';

interface KindModule extends KindExport {
  /** The module's leading doc comment, as Markdown text. */
  doc: string;
}

const NOT_KIND_MODULES = new Set(['index.ts', 'define-activity.ts']);

/** The leading `/** … *\/` of a source file, without its comment markers. */
export function leadingDocComment(source: string): string {
  const match = /^\s*\/\*\*([\s\S]*?)\*\//.exec(source);
  if (!match) return '';
  return match[1]!
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''))
    .join('\n')
    .trim();
}

/** Each registered kind with the module that defines it (found by the identity of its export). */
async function kindModules(repo: string): Promise<KindModule[]> {
  const dir = join(repo, 'src', 'activities');
  const registered = new Set<unknown>(activityKinds);
  const found = new Map<unknown, KindModule>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !NOT_KIND_MODULES.has(f)).sort()) {
    const exports = (await import(pathToFileURL(join(dir, file)).href)) as Record<string, unknown>;
    const doc = leadingDocComment(readFileSync(join(dir, file), 'utf8'));
    for (const [exportName, value] of Object.entries(exports)) {
      if (registered.has(value)) found.set(value, { definition: value as ActivityDefinition, file: `src/activities/${file}`, exportName, doc });
    }
  }
  return activityKinds.map((definition) => {
    const module = found.get(definition);
    if (!module) throw new Error(`no module in src/activities exports the kind "${definition.kind}"`);
    return module;
  });
}

const cell = (text: string): string => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text: string): string => `\`${text.replace(/`/g, "'")}\``;

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
}

/** "Play Message" from "Play Message: speaks …" or "HTTP Request (`http-request-v2`) …", when the doc starts with a name. */
function displayName(doc: string): string | undefined {
  const name = /^([A-Z][\w]*(?: [A-Z0-9][\w]*){0,3})(?::| \()/.exec(doc)?.[1];
  return name;
}

function identityLine(module: KindModule): string {
  const { webex } = module.definition;
  const name = displayName(module.doc);
  const activityName = webex.activityName === undefined ? 'no activityName (an event node)' : `activityName ${code(webex.activityName)}`;
  return `Flow Designer${name ? `: **${name}**` : ''} (${activityName}, group ${code(webex.group)}). Module: [${module.file}](../${module.file}).`;
}

function portsLine(definition: ActivityDefinition): string {
  if (definition.ports.length > 0) return '**Ports** depend on the options (one per value, choice or path; see the module).';
  const ports = definition.ports(undefined as never);
  if (ports.length === 0) return '**Ports:** none: it ends the call or the flow.';
  const required = new Set(definition.requiredPorts(undefined as never));
  return `**Ports:** ${ports.map((p) => `${code(p)}${required.has(p) ? ' (must be wired)' : ''}`).join(', ')}.`;
}

function outputsLine(definition: ActivityDefinition): string[] {
  if (definition.outputs.length === 0) return [];
  return [`**Run-time outputs** (read as \`{{<name>.<output>}}\`): ${definition.outputs.map(code).join(', ')}.`];
}

type OptionSchema = JsonSchema & { properties?: Record<string, JsonSchema>; required?: string[] };

function optionSchema(definition: ActivityDefinition): OptionSchema {
  return z.toJSONSchema(definition.options, { io: 'input', unrepresentable: 'any' }) as OptionSchema;
}

/** An input field's default: its JSDoc `@default`, else the default of the option of the same name. */
function fieldDefault(field: InputField, options: OptionSchema): string {
  if (field.defaultValue) return code(field.defaultValue);
  const option = options.properties?.[field.name];
  return option?.default === undefined ? '' : code(JSON.stringify(option.default));
}

function factoryLines(kind: string, method: BuilderMethod | undefined, options: OptionSchema): string[] {
  if (!method) return [`**DSL:** no typed factory; write \`f.activity('${kind}', name, options)\` with the options below.`];
  const head = [`**DSL:** ${code(method.call)}${method.doc ? `: ${method.doc}` : ''}`];
  if (method.fields.length === 0) return head;
  const rows = method.fields.map((f: InputField) => [code(f.name), code(f.type), f.optional ? 'no' : 'yes', fieldDefault(f, options), f.doc]);
  return [...head, table(['input', 'type', 'required', 'default', 'description'], rows)];
}

type JsonSchema = { type?: string | string[]; enum?: unknown[]; const?: unknown; default?: unknown; description?: string; items?: JsonSchema; anyOf?: JsonSchema[]; oneOf?: JsonSchema[]; [limit: string]: unknown };

function schemaType(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return [...new Set(union.map(schemaType))].join(' | ');
  if (schema.type === 'array') {
    const item = schema.items ? schemaType(schema.items) : 'any';
    return item.includes(' | ') ? `(${item})[]` : `${item}[]`;
  }
  if (Array.isArray(schema.type)) return schema.type.join(' | ');
  // flowgen's Template ({ parts }): what a YAML flow writes as a string with {{ }} expressions.
  if (schema.type === 'object' && (schema['properties'] as Record<string, unknown> | undefined)?.['parts']) return 'template';
  return schema.type ?? 'any';
}

const LIMITS: readonly [key: string, shown: string][] = [
  ['minimum', '≥'],
  ['exclusiveMinimum', '>'],
  ['maximum', '≤'],
  ['exclusiveMaximum', '<'],
  ['minLength', 'length ≥'],
  ['maxLength', 'length ≤'],
  ['minItems', 'items ≥'],
  ['maxItems', 'items ≤'],
  ['pattern', 'matches'],
];

/** zod's `int()` bounds every integer by the safe-integer range: no limit a reader needs. */
const isSafeIntegerBound = (value: unknown): boolean => value === Number.MAX_SAFE_INTEGER || value === Number.MIN_SAFE_INTEGER;

function schemaRange(schema: JsonSchema): string {
  return LIMITS.filter(([key]) => schema[key] !== undefined && !isSafeIntegerBound(schema[key]))
    .map(([key, shown]) => `${shown} ${key === 'pattern' ? code(String(schema[key])) : String(schema[key])}`)
    .join(', ');
}

function optionLines(definition: ActivityDefinition, schema: OptionSchema, docs: ReadonlyMap<string, string>): string[] {
  const entries = Object.entries(schema.properties ?? {});
  if (entries.length === 0) return ['**Options:** none.'];
  const required = new Set(schema.required ?? []);
  const rows = entries.map(([name, property]) => [code(name), code(schemaType(property)), required.has(name) ? 'yes' : 'no', property.default === undefined ? '' : code(JSON.stringify(property.default)), schemaRange(property), property.description ?? docs.get(name) ?? '']);
  return [`**Options** (a YAML activity's \`options:\`, \`f.activity('${definition.kind}', name, options)\`):`, table(['option', 'type', 'required', 'default', 'range', 'description'], rows)];
}

function renderKind(module: KindModule, method: BuilderMethod | undefined, optionDocs: ReadonlyMap<string, string>): string[] {
  const { definition } = module;
  const options = optionSchema(definition);
  return [`## ${definition.kind}`, identityLine(module), module.doc, ...factoryLines(definition.kind, method, options), ...optionLines(definition, options, optionDocs), portsLine(definition), ...outputsLine(definition)];
}

export interface DslReference {
  text: string;
  /** Kind → the FlowBuilder method that makes it, for the kinds that have one. */
  factories: Map<string, string>;
  /** FlowBuilder's methods that make no registered kind. */
  otherMethods: string[];
}

/** The page's text, from the activity modules and FlowBuilder's type under `repo`. */
export async function renderDslReferencePage(repo: string): Promise<string> {
  return (await dslReference(repo)).text;
}

/** The page, and what it found (which factory makes which kind). */
export async function dslReference(repo: string): Promise<DslReference> {
  const modules = await kindModules(repo);
  const { methods, optionDocs, otherMethods } = typeDocs(repo, modules);
  const index = modules.map(({ definition }) => `[${definition.kind}](#${definition.kind})`).join(' · ');
  const text = `${[
    '<!-- Generated by `npm run docs` (scripts/docs/dsl-reference.ts) from src/activities/ and FlowBuilder: do not edit by hand. -->',
    '# DSL reference: activity kinds',
    'One section per activity kind flowgen models: what Flow Designer calls it, the DSL factory that makes it (`f.<method>(name, input)` in a `defineFlow` build function), the factory\'s input, the options the kind stores (what a YAML flow writes under `options:`, and `f.activity(kind, name, options)` takes), its ports and its run-time outputs. A kind without a typed factory is written with `f.activity`. An option of type *template* is text that may hold runtime expressions: in YAML a string such as `Hello {{customerName}}`; in the DSL a string, a `text` template or a variable.',
    index,
    ...modules.flatMap((module) => renderKind(module, methods.get(module.definition.kind), optionDocs.get(module.definition.kind) ?? new Map())),
  ].join('\n\n')}\n`;
  return { text, factories: new Map([...methods].map(([kind, method]) => [kind, method.name])), otherMethods };
}
