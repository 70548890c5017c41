/**
 * Checks one flow's entry of a tenant file against the flow: parameter values against its zod
 * params schema (house style §5, "using zod": `safeParse` at the boundary, each issue mapped to
 * our code, location and words, never zod's text), unknown keys at any depth (the schemas are
 * plain `z.object`s, which would drop them silently), the forks it selects and their options, and
 * the flow name its `flowName` template makes. Every diagnostic points at the tenant file's line
 * and column and names the parameter and what it expects.
 */
import { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import type { FlowSourceSettings } from './flow-file.js';
import { bindFork } from '../dsl/forks.js';
import { didYouMean } from '../util/did-you-mean.js';
import type { TenantFile, TenantPath } from './tenant-file.js';
import { appendAll } from '../util/append-all.js';

/** What a tenant makes of one flow: everything `compileFlow` needs. */
export interface TenantFlowBuild {
  tenant: string;
  /** The flow's name as built (after the `flowName` template). */
  name: string;
  params: unknown;
  hooks: object;
  /** The selected forks, by name. */
  forks: string[];
}

export const DEFAULT_FLOW_NAME = '{flow}';
const FLOW_NAME = /^[A-Za-z0-9_]{1,80}$/;
/** Marks zod's own messages, so only messages a schema's author wrote are shown. */
const ZOD_DEFAULT = '\u0000zod';

type Issue = z.core.$ZodIssue;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

interface SchemaDef {
  type: string;
  options?: z.ZodType[];
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  in?: z.ZodType;
}

const defOf = (schema: z.ZodType): SchemaDef => (schema as unknown as { def: SchemaDef }).def;
const WRAPPERS = new Set(['default', 'optional', 'nullable', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** The schema without defaults and optionality around it, and the description found on the way. */
function unwrap(schema: z.ZodType): { schema: z.ZodType; description?: string } {
  let current = schema;
  let description = current.description;
  for (let i = 0; i < 10; i++) {
    const def = defOf(current);
    // A union with an object form (a resource: `{ id, name }` or a name) is walked as that object.
    const objectForm = def.type === 'union' ? def.options?.find((o) => defOf(unwrap(o).schema).type === 'object') : undefined;
    const inner = WRAPPERS.has(def.type) ? def.innerType : def.type === 'pipe' ? def.in : objectForm;
    if (!inner) break;
    current = inner;
    description ??= current.description;
  }
  return description === undefined ? { schema: current } : { schema: current, description };
}

/** The schema at `path` inside an object schema, if the path follows its shape. */
function schemaAt(root: z.ZodType, path: readonly PropertyKey[]): { schema: z.ZodType; description?: string } | undefined {
  let current = unwrap(root);
  for (const step of path) {
    const def = defOf(current.schema);
    if (def.type === 'object' && def.shape && typeof step === 'string' && Object.hasOwn(def.shape, step)) current = unwrap(def.shape[step]!);
    else if (def.type === 'array' && def.element && typeof step === 'number') current = unwrap(def.element);
    else return undefined;
  }
  return current;
}

/** Keys in `value` that the object schemas along the way do not declare. */
function unknownKeys(schema: z.ZodType, value: unknown, path: (string | number)[], out: { path: (string | number)[]; known: string[] }[]): void {
  const def = defOf(unwrap(schema).schema);
  if (def.type === 'object' && def.shape && isRecord(value)) {
    for (const [key, child] of Object.entries(value)) {
      const field = Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
      if (field === undefined) out.push({ path: [...path, key], known: Object.keys(def.shape) });
      else unknownKeys(field, child, [...path, key], out);
    }
  } else if (def.type === 'array' && def.element && Array.isArray(value)) {
    value.forEach((item, i) => unknownKeys(def.element!, item, [...path, i], out));
  }
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const step of path) {
    if (Array.isArray(current) && typeof step === 'number') current = current[step];
    else if (isRecord(current) && typeof step === 'string' && Object.hasOwn(current, step)) current = current[step];
    else return undefined;
  }
  return current;
}

const countOf = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

function describeValue(value: unknown): string {
  if (value === null) return 'an empty value (null)';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${countOf(value.length, 'item')}`;
  if (isRecord(value)) {
    const keys = Object.keys(value);
    return keys.length === 0 ? 'an empty mapping' : `a mapping with ${keys.length === 1 ? 'key' : 'keys'} ${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ', …' : ''}`;
  }
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
  bigint: 'a whole number',
  date: 'a date',
  null: 'null',
};

/** What the schema expects, in our words (or the words the schema's author wrote). */
function expectation(issue: Issue): string {
  if (issue.message !== ZOD_DEFAULT) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_WORDS[issue.expected] ?? `a ${issue.expected}`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min === 1 ? 'a non-empty text' : `a text of at least ${min} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `a list of at least ${min} items`;
      return issue.inclusive === false ? `a number above ${min}` : `a number of at least ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `a text of at most ${max} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `a list of at most ${max} items`;
      return issue.inclusive === false ? `a number below ${max}` : `a number of at most ${max}`;
    }
    case 'invalid_format':
      return issue.format === 'regex' && 'pattern' in issue ? `a text matching ${String(issue.pattern)}` : `a valid ${issue.format}`;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'not_multiple_of':
      return `a multiple of ${String(issue.divisor)}`;
    case 'invalid_union':
      return 'one of the accepted forms';
    default:
      return 'a valid value';
  }
}

/**
 * Maps zod issues of `values` (given at `base` in the tenant file) to diagnostics. `subject`
 * names what is checked (`Parameter`, `Option of fork "x"`); `forTenant` names the tenant in the
 * message (fork options: the same fork is configured differently by each tenant).
 */
function issueDiagnostics(issues: readonly Issue[], values: unknown, schema: z.ZodType, base: TenantPath, tenant: TenantFile, subject: string, flow: string, forTenant = false): Diagnostic[] {
  const out: Diagnostic[] = [];
  const whose = forTenant ? `flow "${flow}" for tenant "${tenant.name}"` : `flow "${flow}"`;
  for (const issue of objectFormIssues(issues, values)) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const name = path.join('.') || '(all)';
    const found = schemaAt(schema, path);
    const about = found?.description ? ` (${found.description})` : '';
    const actual = valueAt(values, path);
    if (actual === undefined && (issue.code === 'invalid_type' || issue.message === ZOD_DEFAULT)) {
      out.push(
        makeDiagnostic('FG505', {
          message: `${subject} "${name}"${about} of ${whose} has no default, and the tenant file does not give it: it expects ${expectation(issue)}.`,
          location: tenant.positions.at([...base, ...path]),
          hint: `Add it under ${[...base].join('.')}: ${path.at(-1) ?? name}: …`,
          data: { parameter: name, flow, ...(forTenant ? { tenant: tenant.name } : {}) },
        }),
      );
      continue;
    }
    out.push(
      makeDiagnostic('FG504', {
        message: `${subject} "${name}"${about} of ${whose} expects ${expectation(issue)}, got ${describeValue(actual)}.`,
        location: tenant.positions.at([...base, ...path]),
        hint: `Give ${name} ${expectation(issue)}.`,
        data: { parameter: name, flow, ...(forTenant ? { tenant: tenant.name } : {}) },
      }),
    );
  }
  return out;
}

/**
 * A mapping given where a union accepts a text or a mapping is judged as the mapping: the union's
 * issue is replaced by the mapping form's own (unknown keys are FG506, reported separately).
 */
function objectFormIssues(issues: readonly Issue[], values: unknown): Issue[] {
  return issues.flatMap((issue): Issue[] => {
    if (issue.code === 'unrecognized_keys') return [];
    if (issue.code !== 'invalid_union' || !isRecord(valueAt(values, issue.path.filter((p): p is string | number => typeof p !== 'symbol')))) return [issue];
    const branch = issue.errors.find((errors) => !errors.some((e) => e.path.length === 0 && e.code === 'invalid_type'));
    if (!branch) return [issue];
    return objectFormIssues(
      branch.map((e) => ({ ...e, path: [...issue.path, ...e.path] }) as Issue),
      values,
    );
  });
}

/**
 * Checks the entry `flows.<key>` of a tenant file against `definition` and returns what to build,
 * or diagnostics. `flowName` (the tenant file's template) names the result.
 */
export function checkTenantFlow(tenant: TenantFile, key: string, definition: { readonly settings: FlowSourceSettings }): { build?: TenantFlowBuild; diagnostics: Diagnostic[] } {
  const flow = definition.settings.name;
  const root = tenant.values as Record<string, unknown>;
  const entry = ((root['flows'] as Record<string, unknown>)[key] ?? {}) as Record<string, unknown>;
  const params = entry['params'] ?? {};
  const base = ['flows', key, 'params'];
  const diagnostics = unknownParameters(definition.settings.params, params, base, tenant, flow);
  const parsed = definition.settings.params.safeParse(params, { error: () => ZOD_DEFAULT });
  if (!parsed.success) appendAll(diagnostics, issueDiagnostics(parsed.error.issues, params, definition.settings.params, base, tenant, 'Parameter', flow));
  const selection = selectForks(definition.settings, entry['forks'], key, tenant);
  appendAll(diagnostics, selection.diagnostics);
  const named = tenantFlowName(root, tenant, flow);
  if (named.diagnostic) diagnostics.push(named.diagnostic);
  if (diagnostics.length > 0 || !parsed.success) return { diagnostics };
  const name = named.name;
  // Without {tenant} in its name, every such tenant's flow has the base build's name and ids, and
  // importing one into Flow Designer replaces the other's.
  const sameName =
    name === flow
      ? [
          makeDiagnostic('FG512', {
            message: `Tenant "${tenant.name}" builds flow "${flow}" under the same name (and ids) as the build without tenants.`,
            location: tenant.positions.has(['flowName']) ? tenant.positions.at(['flowName']) : { file: tenant.file },
            hint: `Add flowName: "{flow}_{tenant}" to the tenant file, so its flow is "${flow}_${tenant.name}".`,
            data: { tenant: tenant.name, flow },
          }),
        ]
      : [];
  return { build: { tenant: tenant.name, name, params: parsed.data, hooks: selection.hooks, forks: selection.forks }, diagnostics: [...sameName, ...exampleDefaultsTaken(definition, params, tenant, base)] };
}

/** FG506 for each parameter value the flow's params schema does not declare, at any depth. */
function unknownParameters(schema: z.ZodType, params: unknown, base: TenantPath, tenant: TenantFile, flow: string): Diagnostic[] {
  const unknown: { path: (string | number)[]; known: string[] }[] = [];
  unknownKeys(schema, params, [], unknown);
  return unknown.map((u) => {
    const last = String(u.path.at(-1));
    const parent = u.path.slice(0, -1).join('.');
    return makeDiagnostic('FG506', {
      message: `Flow "${flow}" has no parameter "${u.path.join('.')}".`,
      location: tenant.positions.key([...base, ...u.path]),
      hint: didYouMean(last, u.known) ?? `${parent ? `"${parent}" has` : 'Its parameters are'}: ${u.known.join(', ')}.`,
      data: { parameter: u.path.join('.'), flow },
    });
  });
}

/** The forks a tenant selects, each by name, with options validated against the fork's schema; their hooks, bound. */
function selectForks(settings: FlowSourceSettings, value: unknown, key: string, tenant: TenantFile): { hooks: Record<string, unknown>; forks: string[]; diagnostics: Diagnostic[] } {
  const flow = settings.name;
  const offered = settings.forks?.forks ?? {};
  const selected = isRecord(value) ? value : {};
  const hooks: Record<string, unknown> = {};
  const hookOwner = new Map<string, string>();
  const forks: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [name, given] of Object.entries(selected)) {
    const forkPath = ['flows', key, 'forks', name];
    const fork = Object.hasOwn(offered, name) ? offered[name] : undefined;
    if (!fork) {
      const names = Object.keys(offered);
      diagnostics.push(
        makeDiagnostic('FG508', {
          message: `Flow "${flow}" has no fork "${name}".`,
          location: tenant.positions.key(forkPath),
          hint: didYouMean(name, names) ?? (names.length ? `Its forks: ${names.join(', ')}.` : `Flow "${flow}" offers no forks.`),
          data: { fork: name, flow },
        }),
      );
      continue;
    }
    if (given === false || given === null) continue;
    const options = forkOptions(fork.options as z.ZodType | undefined, given, { name, flow, forkPath, tenant });
    appendAll(diagnostics, options.diagnostics);
    if (!options.ok) continue;
    const bound = bindFork(fork, options.value) as Record<string, unknown>;
    for (const hook of Object.keys(bound)) {
      const earlier = hookOwner.get(hook);
      if (earlier !== undefined) {
        diagnostics.push(
          makeDiagnostic('FG509', {
            message: `Forks "${earlier}" and "${name}" both change hook "${hook}" of flow "${flow}".`,
            location: tenant.positions.key(forkPath),
            related: [{ message: 'selected here first', location: tenant.positions.key(['flows', key, 'forks', earlier]) }],
            hint: 'Select one of them, or write a fork that does both.',
            data: { fork: name, hook, flow },
          }),
        );
        continue;
      }
      hookOwner.set(hook, name);
      hooks[hook] = bound[hook];
    }
    forks.push(name);
  }
  return { hooks, forks, diagnostics };
}

/** A selected fork's options (`true` for none given), checked against its schema; a fork without options takes only `true`. */
function forkOptions(
  schema: z.ZodType | undefined,
  value: unknown,
  at: { name: string; flow: string; forkPath: TenantPath; tenant: TenantFile },
): { ok: boolean; value?: unknown; diagnostics: Diagnostic[] } {
  const { name, flow, forkPath, tenant } = at;
  if (!schema) {
    if (value === true) return { ok: true, diagnostics: [] };
    return {
      ok: false,
      diagnostics: [makeDiagnostic('FG508', { message: `Fork "${name}" of flow "${flow}" takes no options.`, location: tenant.positions.at(forkPath), hint: `Select it with ${name}: true.`, data: { fork: name, flow } })],
    };
  }
  const given = value === true ? {} : value;
  const result = schema.safeParse(given, { error: () => ZOD_DEFAULT });
  const diagnostics = result.success ? [] : issueDiagnostics(result.error.issues, given, schema, forkPath, tenant, `Option of fork "${name}"`, flow, true);
  const extra: { path: (string | number)[]; known: string[] }[] = [];
  unknownKeys(schema, given, [], extra);
  for (const u of extra) {
    diagnostics.push(
      makeDiagnostic('FG508', {
        message: `Fork "${name}" has no option "${u.path.join('.')}".`,
        location: tenant.positions.key([...forkPath, ...u.path]),
        hint: didYouMean(String(u.path.at(-1)), u.known) ?? `Its options: ${u.known.join(', ')}.`,
        data: { fork: name, flow },
      }),
    );
  }
  return result.success ? { ok: true, value: result.data, diagnostics } : { ok: false, diagnostics };
}

/** The name `flowName` (default `{flow}`) makes for this tenant's flow; FG511 when Flow Designer would refuse it. */
function tenantFlowName(root: Record<string, unknown>, tenant: TenantFile, flow: string): { name: string; diagnostic?: Diagnostic } {
  const template = typeof root['flowName'] === 'string' ? root['flowName'] : DEFAULT_FLOW_NAME;
  const name = template.replace(/\{(\w*)\}/g, (whole, placeholder: string) => (placeholder === 'flow' ? flow : placeholder === 'tenant' ? tenant.name : whole));
  const leftover = /\{(\w*)\}/.exec(name);
  if (!leftover && FLOW_NAME.test(name)) return { name };
  return {
    name,
    diagnostic: makeDiagnostic('FG511', {
      message: leftover ? `flowName has an unknown placeholder "${leftover[0]}".` : `flowName makes the flow name ${JSON.stringify(name)}, which Flow Designer does not accept.`,
      location: tenant.positions.has(['flowName']) ? tenant.positions.at(['flowName']) : { file: tenant.file },
      hint: leftover ? 'Use {flow} and {tenant}.' : 'Flow names are 1 to 80 letters, digits and "_"; a tenant name with "-" needs a flowName without {tenant}.',
      data: { flow },
    }),
  };
}

/** Whether the schema (or a wrapper inside it) carries `.meta({ exampleDefault: true })`. */
function isExampleDefault(schema: z.ZodType): boolean {
  let current: z.ZodType | undefined = schema;
  for (let i = 0; current && i < 10; i++) {
    if (current.meta()?.['exampleDefault'] === true) return true;
    const def = defOf(current);
    current = WRAPPERS.has(def.type) ? def.innerType : undefined;
  }
  return false;
}

/**
 * A tenant that leaves out a parameter whose default is an example (a connector or queue id of
 * nobody's org) builds, since the base build uses the same defaults, but is told: the flow would
 * import with ids that do not exist in the tenant's org.
 */
function exampleDefaultsTaken(definition: { readonly settings: FlowSourceSettings }, params: unknown, tenant: TenantFile, base: TenantPath): Diagnostic[] {
  const shape = defOf(unwrap(definition.settings.params).schema).shape ?? {};
  const given = isRecord(params) ? params : {};
  const flow = definition.settings.name;
  return Object.entries(shape)
    .filter(([key, field]) => !Object.hasOwn(given, key) && isExampleDefault(field))
    .map(([key, field]) => {
      const about = unwrap(field).description;
      return makeDiagnostic('FG514', {
        message: `Tenant "${tenant.name}" does not give parameter "${key}"${about ? ` (${about})` : ''} of flow "${flow}", so it takes the default, an example value.`,
        location: tenant.positions.has(base) ? tenant.positions.key(base) : { file: tenant.file },
        hint: `Add ${key}: … under ${base.join('.')} with the value of the tenant's own org.`,
        data: { tenant: tenant.name, parameter: key, flow },
      });
    });
}
