/**
 * Loads a tenant file (`tenants/<tenant>.yaml`): the values one tenant gives the parameters of the
 * flows it uses, plus the forks it selects and the name its flows get. The loader checks the YAML
 * and the file's own envelope; `checkTenantFlow` (tenant-values.ts) checks the values against a
 * flow's zod params schema. Every problem is a diagnostic at the file's line and column (FG5xx);
 * nothing here throws for a user's mistake.
 *
 * STABLE API (used by `flowgen init`, the tenant JSON Schema and YAML tooling; keep it compatible):
 * - `loadTenantFile(path, { display? })` and `parseTenantText(text, file)` →
 *   `{ tenant?: { name, values, source, file, positions }, diagnostics }`
 * - `tenantSchemaFor(flow)`: the zod schema of a tenant file for one flow (for `z.toJSONSchema`)
 * - `TENANT_FILE`, `tenantNameOf(path)`
 *
 * The format (README "Tenants"):
 * ```yaml
 * flowName: "{flow}_{tenant}"        # optional; default "{flow}"
 * region: apj                        # optional: the tenant's Webex region (catalogue ids); default the flow's
 * flows:
 *   Zendesk_IVR:                     # a flow's name as in defineFlow
 *     params: { companyName: Acme }  # values for the flow's params schema (defaults fill the rest)
 *     forks: { vip-only-severity: true, language-menu: { … } }   # optional
 * ```
 * A tenant builds exactly the flows it lists. The YAML is parsed with `yaml` v2 (YAML 1.2 core
 * schema, so `no` stays a string and `010` a number); duplicate keys are errors.
 */
import { basename } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from '../util/yaml.js';
import { z } from 'zod';
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import type { FlowDefinition } from '../dsl/define-flow.js';
import { readInputFile } from './read-input.js';
import { distinctYamlErrors, yamlValue } from './yaml-value.js';
import { appendAll } from '../util/append-all.js';
import { isRegion, REGIONS } from '../activities/shared/regions.js';
import { didYouMean } from '../util/did-you-mean.js';

/** A tenant file's name: `tenants/<tenant>.yaml` (or `.yml`). */
export const TENANT_FILE = /^([A-Za-z0-9][A-Za-z0-9_-]*)\.ya?ml$/;

/** Keys a tenant file may have at its top level, and a flow entry inside `flows`. */
export const TENANT_KEYS = ['flowName', 'region', 'flows', 'webex'] as const;
export const TENANT_FLOW_KEYS = ['params', 'forks'] as const;

export type TenantPath = readonly (string | number)[];

/** Where a path of the tenant file's values sits in its source. */
export interface TenantPositions {
  /** The value at `path`, or the deepest part of it that exists (its key when the rest is missing). */
  at(path: TenantPath): SourceLocation;
  /** The key naming `path`'s last step (for unknown keys), else like `at`. */
  key(path: TenantPath): SourceLocation;
  /** Whether the file has a value at `path`. */
  has(path: TenantPath): boolean;
}

export interface TenantFile {
  /** The tenant's name, from the file name (`acme` for `tenants/acme.yaml`). */
  name: string;
  /** The parsed YAML as plain data (objects without a prototype chain surprise: `__proto__` is a key). */
  values: unknown;
  /** The file's text. */
  source: string;
  /** The file as diagnostics name it. */
  file: string;
  positions: TenantPositions;
}

export interface LoadedTenant {
  tenant?: TenantFile;
  diagnostics: Diagnostic[];
}

/**
 * The tenant's Webex Contact Center org, for `flowgen plan` and `flowgen deploy` (README "Deploying
 * to Webex"): the org id, the region whose API host serves it, and the name of the environment
 * variable holding an access token for it (never the token itself). Hosts per region: community
 * evidence only (docs/webex-activities-and-api.md §5); `--api-url` overrides the host.
 */
export const WEBEX_REGIONS = { us1: 'https://api.wxcc-us1.cisco.com', eu1: 'https://api.wxcc-eu1.cisco.com', eu2: 'https://api.wxcc-eu2.cisco.com', anz1: 'https://api.wxcc-anz1.cisco.com', ca1: 'https://api.wxcc-ca1.cisco.com', jp1: 'https://api.wxcc-jp1.cisco.com', sg1: 'https://api.wxcc-sg1.cisco.com' } as const;
export const DEFAULT_TOKEN_VARIABLE = 'WEBEX_ACCESS_TOKEN';
export const webexOrgSchema = z.strictObject({
  orgId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'an org id (letters, digits and "-")').describe('Webex Contact Center org id (Control Hub › Account)'),
  region: z.enum(Object.keys(WEBEX_REGIONS) as [keyof typeof WEBEX_REGIONS, ...(keyof typeof WEBEX_REGIONS)[]]).default('us1').describe('Region whose API host serves the org'),
  tokenEnv: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name').default(DEFAULT_TOKEN_VARIABLE).describe('Environment variable holding the OAuth access token (never the token itself)'),
});
export type WebexOrg = z.infer<typeof webexOrgSchema>;

/** The tenant's name for a path, or undefined when the file name is not a tenant file's. */
export function tenantNameOf(path: string): string | undefined {
  return TENANT_FILE.exec(basename(path))?.[1];
}

/** Reads and parses a tenant file; `display` is the path shown in diagnostics (default: `path`). */
export function loadTenantFile(path: string, options: { display?: string } = {}): LoadedTenant {
  const file = options.display ?? path;
  const read = readInputFile(path, file);
  if (read.diagnostics.some((d) => d.code === 'FG023')) return { diagnostics: read.diagnostics };
  const text = read.text;
  if (text === undefined) {
    return {
      diagnostics: [
        makeDiagnostic('FG510', { message: `Tenant file "${file}" does not exist or cannot be read.`, location: { file }, hint: 'Tenant files live in tenants/<tenant>.yaml.' }),
      ],
    };
  }
  return parseTenantText(text, file, tenantNameOf(path));
}

/** Parses a tenant file's text; `name` defaults to the tenant name of `file`. */
export function parseTenantText(text: string, file: string, name = tenantNameOf(file)): LoadedTenant {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, version: '1.2', logLevel: 'error' });
  const locate = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  if (document.errors.length > 0) {
    return {
      diagnostics: distinctYamlErrors(document.errors).map((error) =>
        error.code === 'RESOURCE_EXHAUSTION'
          ? makeDiagnostic('FG525', { message: 'Tenant file is too complex for flowgen to read: it nests too deeply for the YAML parser.', location: locate(error.pos[0]), hint: 'A tenant file needs a few levels of nesting.' })
          : makeDiagnostic('FG501', {
          message: `Tenant file is not valid YAML: ${yamlProblem(error.code, error.message)}.`,
          location: locate(error.pos[0]),
          hint: 'Fix the YAML syntax; indent with spaces and quote values that contain ": " or start with a special character.',
          data: { yaml: error.code },
        }),
      ),
    };
  }
  const diagnostics: Diagnostic[] = [];
  if (name === undefined) {
    diagnostics.push(
      makeDiagnostic('FG502', {
        message: `"${basename(file)}" is not a tenant file name.`,
        location: { file },
        hint: 'Name tenant files tenants/<tenant>.yaml with letters, digits, "-" and "_".',
      }),
    );
  }
  const positions = makePositions(document.contents, locate, file);
  const read = yamlValue(document);
  if (!('value' in read)) {
    const location = 'aliasesAt' in read ? locate(read.aliasesAt) : positions.at(read.deepAt);
    return { diagnostics: [makeDiagnostic('FG525', { message: `Tenant file is too complex for flowgen to read: ${read.message}.`, location, hint: 'Write the values out instead of aliasing them; a tenant file needs neither aliases nor deep nesting.' })] };
  }
  const values = read.value;
  appendAll(diagnostics, checkEnvelope(values, positions));
  if (diagnostics.length > 0) return { diagnostics };
  return { tenant: { name: name!, values, source: text, file, positions }, diagnostics };
}

function yamlProblem(code: string, message: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'a key appears twice in the same mapping';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'the indentation or a bracket does not match';
    case 'TAB_AS_INDENT':
      return 'a tab is used for indentation';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'a key spans more than one line (a missing ":" or quote?)';
    case 'UNEXPECTED_TOKEN':
      return 'a character is not allowed here';
    default:
      // yaml's own text starts with a description and then a code frame; keep the first clause.
      return message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '').replace(/\.$/, '').toLowerCase();
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The file's own keys; parameter values are checked per flow by `checkTenantFlow`. */
function checkEnvelope(values: unknown, positions: TenantPositions): Diagnostic[] {
  const file = positions.at([]).file;
  const shape = (message: string, path: TenantPath, hint: string, onKey = false): Diagnostic =>
    makeDiagnostic('FG502', { message, location: onKey ? positions.key(path) : positions.at(path), hint, data: { key: path.join('.') } });
  if (!isRecord(values)) {
    return [shape('A tenant file must be a mapping with a "flows" key.', [], 'Start from tenants/acme.yaml: flows: { <FlowName>: { params: { … } } }.')];
  }
  const out: Diagnostic[] = [];
  for (const key of Object.keys(values)) {
    if (!(TENANT_KEYS as readonly string[]).includes(key)) {
      out.push(shape(`Tenant files have no key "${key}".`, [key], `Allowed keys: ${TENANT_KEYS.join(', ')}; parameter values go under flows.<FlowName>.params.`, true));
    }
  }
  if (values['webex'] !== undefined && !webexOrgSchema.safeParse(values['webex']).success) {
    out.push(
      makeDiagnostic('FG811', {
        message: '"webex" expects { orgId, region, tokenEnv }: the org id, a region (' + Object.keys(WEBEX_REGIONS).join(', ') + ') and the name of the variable holding the token.',
        location: positions.at(['webex', ...webexProblemPath(values['webex'])]),
        hint: 'webex: { orgId: 8eb7da9a-…, region: us1, tokenEnv: ACME_WEBEX_TOKEN }; the token itself never goes in a file.',
        data: { key: ['webex', ...webexProblemPath(values['webex'])].join('.') },
      }),
    );
  }
  if (values['flowName'] !== undefined && typeof values['flowName'] !== 'string') {
    out.push(shape('"flowName" expects a text such as "{flow}_{tenant}".', ['flowName'], 'Use {flow} and {tenant} as placeholders.'));
  }
  if (values['region'] !== undefined && !isRegion(values['region'])) {
    const given = String(values['region']);
    out.push(shape(`"region" expects one of ${REGIONS.join(', ')}, got ${JSON.stringify(values['region'])}.`, ['region'], didYouMean(given, REGIONS) ?? `Regions: ${REGIONS.join(', ')} (README "Regions").`));
  }
  const flows = values['flows'];
  if (flows === undefined) {
    out.push(makeDiagnostic('FG502', { message: 'The tenant file has no "flows" key.', location: positions.at([]), hint: 'List the flows this tenant uses: flows: { <FlowName>: { params: { … } } }.' }));
  } else if (!isRecord(flows) || Object.keys(flows).length === 0) {
    out.push(shape('"flows" expects a mapping from flow names to their values.', ['flows'], 'flows: { Zendesk_IVR: { params: { … } } }.'));
  } else {
    for (const [flow, entry] of Object.entries(flows)) {
      if (entry === null) continue;
      if (!isRecord(entry)) {
        out.push(shape(`Flow "${flow}" expects a mapping with "params" and optionally "forks".`, ['flows', flow], `flows: { ${flow}: { params: { … } } }.`));
        continue;
      }
      for (const key of Object.keys(entry)) {
        if (!(TENANT_FLOW_KEYS as readonly string[]).includes(key)) {
          out.push(shape(`Flow "${flow}" in a tenant file has no key "${key}".`, ['flows', flow, key], 'A flow entry has "params" (parameter values) and "forks" (selected forks).', true));
        }
      }
      for (const key of TENANT_FLOW_KEYS) {
        const value = entry[key];
        if (value !== undefined && value !== null && !isRecord(value)) {
          out.push(shape(`"${key}" of flow "${flow}" expects a mapping.`, ['flows', flow, key], key === 'forks' ? 'forks: { <fork-name>: true }.' : 'params: { <parameter>: <value> }.'));
        }
      }
    }
  }
  appendAll(out, runtimeSyntax(values, [], positions));
  void file;
  return out;
}

function webexProblemPath(value: unknown): (string | number)[] {
  const issue = webexOrgSchema.safeParse(value).error?.issues[0];
  return (issue?.path ?? []).filter((step): step is string | number => typeof step !== 'symbol');
}

const RUNTIME_SYNTAX = /\{\{|\}\}|\{%|%\}/;

/** No tenant string may carry Webex runtime syntax: a value can never inject an expression. */
function runtimeSyntax(value: unknown, path: (string | number)[], positions: TenantPositions): Diagnostic[] {
  if (typeof value === 'string') {
    if (!RUNTIME_SYNTAX.test(value)) return [];
    return [
      makeDiagnostic('FG507', {
        message: `The value of "${path.join('.')}" contains runtime expression syntax ({{ }} or {% %}).`,
        location: positions.at(path),
        hint: 'Tenant values are inserted as literal text; runtime values belong in the flow as typed references.',
        data: { key: path.join('.') },
      }),
    ];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => runtimeSyntax(v, [...path, i], positions));
  if (isRecord(value)) return Object.entries(value).flatMap(([k, v]) => runtimeSyntax(v, [...path, k], positions));
  return [];
}

function makePositions(root: YamlNode | null, locate: (offset: number) => SourceLocation, file: string): TenantPositions {
  const start = (node: { range?: [number, number, number] | null | undefined } | null | undefined): SourceLocation | undefined =>
    node?.range ? locate(node.range[0]) : undefined;
  const fallback: SourceLocation = start(root) ?? { file, line: 1, column: 1 };
  /** Walks as far as the path exists: the last node reached and the key that led to it. */
  const walk = (path: TenantPath) => {
    let node: unknown = root;
    let keyNode: unknown = undefined;
    let depth = 0;
    for (const step of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(step));
        if (!pair) break;
        keyNode = pair.key;
        node = pair.value;
      } else if (isSeq(node) && typeof step === 'number' && step < node.items.length) {
        keyNode = undefined;
        node = node.items[step];
      } else break;
      depth++;
    }
    return { node: node as YamlNode | null, keyNode: keyNode as YamlNode | undefined, complete: depth === path.length };
  };
  return {
    at(path) {
      const { node, keyNode, complete } = walk(path);
      if (complete) return start(node) ?? start(keyNode) ?? fallback;
      return start(keyNode) ?? start(node) ?? fallback;
    },
    key(path) {
      const { node, keyNode } = walk(path);
      return start(keyNode) ?? start(node) ?? fallback;
    },
    has(path) {
      return walk(path).complete;
    },
  };
}

/**
 * The zod schema of a tenant file that gives values to one flow: the flow's own params schema under
 * `flows.<FlowName>.params`, and its forks' option schemas under `forks`. For JSON Schema output
 * (`z.toJSONSchema(tenantSchemaFor(flow), { io: 'input' })`); flowgen's own checks use
 * `checkTenantFlow`, which reports in YAML positions.
 */
export function tenantSchemaFor(flow: FlowDefinition): z.ZodType {
  const forks = flow.settings.forks?.forks ?? {};
  const forkShape = Object.fromEntries(
    Object.entries(forks).map(([name, fork]) => [name, (fork.options ? z.union([z.literal(true), fork.options]) : z.literal(true)).optional().describe(fork.description)]),
  );
  return z.strictObject({
    flowName: z.string().optional().describe('Name of the built flows; {flow} and {tenant} are replaced. Default "{flow}".'),
    region: z.enum(REGIONS).optional().describe("The tenant's Webex region: new activities get its catalogue ids. Default: the flow's region (us-eu)."),
    webex: webexOrgSchema.optional().describe('The org that flowgen plan and deploy publish to'),
    flows: z.strictObject({
      [flow.settings.name]: z
        .strictObject({
          params: flow.settings.params.optional(),
          forks: z.strictObject(forkShape).optional(),
        })
        .optional(),
    }),
  });
}
