/**
 * `flowgen plan` and `flowgen deploy` as library calls: for each tenant (each its own Webex org,
 * at most `concurrency` at once), build every flow it lists with the org's ids (names resolved
 * through the org's lists, src/deploy/resolve.ts), then plan or deploy each against the org's flow
 * store, subflows before the flows that call them. One org's failure never stops the others: its
 * report says what failed, and a re-run skips what is already deployed, so it resumes.
 *
 * The access token is read from the environment variable the tenant names and handed to the
 * HTTP client only; it is in no returned value.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import { createClient, isWriteCall, type ApiClient } from '../deploy/client.js';
import { failureDiagnostic } from '../deploy/failures.js';
import type { FlowType } from '../deploy/flow-api.js';
import { deployFlow, planFlow, type FlowOutcome, type FlowToDeploy, type PublishRequest } from '../deploy/org.js';
import { mapLimit } from '../deploy/pool.js';
import { createResolver } from '../deploy/resolve.js';
import type { RetryPolicy } from '../deploy/retry.js';
import type { TemplateLibrary } from '../dsl/build-template.js';
import { loadTemplates } from '../load/templates.js';
import { DEFAULT_TOKEN_VARIABLE, loadTenantFile, WEBEX_REGIONS, webexOrgSchema, type TenantFile, type WebexOrg } from '../load/tenant-file.js';
import { checkTenantFlow } from '../load/tenant-values.js';
import { findFlowFiles, loadFlowSource, relocateDiagnostics, sourceSettings, type FlowSource } from '../load/flow-file.js';
import { compileTenantFlow, findTenantFiles } from './build-tenants.js';
import type { CompileOptions } from './compile-flow.js';

export interface DeployOptions {
  cwd: string;
  /** Flow files (`*.flow.ts`, `*.flow.yaml`, …) or directories; empty means `flows/`. */
  paths?: readonly string[];
  tenants: readonly string[] | 'all';
  /** Where tokens are read: `process.env` in the CLI. */
  env: Readonly<Record<string, string | undefined>>;
  /** Overrides every tenant's region host (a proxy, the tests). */
  apiUrl?: string;
  publish?: PublishRequest;
  dryRun?: boolean;
  /** Orgs worked on at once. @default 8 */
  concurrency?: number;
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** One line per HTTP attempt (`--debug`); never a header or a token. */
  debug?: (line: string) => void;
  fetch?: typeof fetch;
}

export interface OrgReport {
  tenant: string;
  orgId: string | null;
  status: 'ok' | 'failed';
  flows: FlowOutcome[];
  /** Import and publish calls made (0 when nothing changed, or in plan and dry runs). */
  writeCalls: number;
  requests: number;
  diagnostics: Diagnostic[];
}

export interface DeployReport {
  mode: 'plan' | 'deploy';
  dryRun: boolean;
  publish: PublishRequest | null;
  orgs: OrgReport[];
  summary: { orgs: number; failed: number; new: number; changed: number; unchanged: number; imported: number; published: number; writeCalls: number };
  /** Problems before any org was reached (no flows, a bad tenant file). */
  diagnostics: Diagnostic[];
}

interface Project {
  /** Definition modules and YAML flows (`loadFlowSource`, as tenant builds load them), by the flow's own name. */
  definitions: Map<string, FlowSource>;
  templates: TemplateLibrary;
  tenants: TenantFile[];
  diagnostics: Diagnostic[];
}

async function loadProject(options: DeployOptions): Promise<Project> {
  const display = (file: string): string => relative(options.cwd, file) || file;
  const found = findFlowFiles(options.paths ?? [], options.cwd);
  const tenantsDir = resolve(options.cwd, 'tenants');
  const tenantFiles = findTenantFiles(options.tenants, tenantsDir, display(tenantsDir));
  const diagnostics = [...found.diagnostics, ...tenantFiles.diagnostics];
  const definitions = new Map<string, FlowSource>();
  for (const file of found.files) {
    const loaded = await loadFlowSource(file);
    diagnostics.push(...loaded.diagnostics);
    if (loaded.source) definitions.set(sourceSettings(loaded.source).name, loaded.source);
  }
  const templatesDir = resolve(options.cwd, 'templates');
  const templates = existsSync(templatesDir) ? loadTemplates(templatesDir, options.cwd) : {};
  const tenants: TenantFile[] = [];
  for (const file of tenantFiles.files) {
    const loaded = loadTenantFile(file, { display: display(file) });
    diagnostics.push(...loaded.diagnostics);
    if (loaded.tenant) tenants.push(loaded.tenant);
  }
  return { definitions, templates, tenants, diagnostics: relocateDiagnostics(diagnostics, options.cwd) };
}

/** `flowgen plan`: what deploy would do, per org and flow. Writes nothing anywhere. */
export function planTenants(options: DeployOptions): Promise<DeployReport> {
  return run('plan', options);
}

/** `flowgen deploy`: imports what changed, publishes if asked; `dryRun` is a plan with deploy's report. */
export function deployTenants(options: DeployOptions): Promise<DeployReport> {
  return run('deploy', options);
}

async function run(mode: 'plan' | 'deploy', options: DeployOptions): Promise<DeployReport> {
  const project = await loadProject(options);
  const header = { mode, dryRun: mode === 'plan' || options.dryRun === true, publish: options.publish ?? null };
  if (hasErrors(project.diagnostics)) return { ...header, orgs: [], summary: summarize([]), diagnostics: sortDiagnostics(project.diagnostics) };
  const orgs = await mapLimit(project.tenants, options.concurrency ?? 8, (tenant) => runOrg(mode, tenant, project, options));
  return { ...header, orgs, summary: summarize(orgs), diagnostics: sortDiagnostics(project.diagnostics) };
}

function summarize(orgs: readonly OrgReport[]): DeployReport['summary'] {
  const flows = orgs.flatMap((o) => o.flows);
  return {
    orgs: orgs.length,
    failed: orgs.filter((o) => o.status === 'failed').length,
    new: flows.filter((f) => f.status === 'new').length,
    changed: flows.filter((f) => f.status === 'changed').length,
    unchanged: flows.filter((f) => f.status === 'unchanged').length,
    imported: flows.filter((f) => f.action.startsWith('imported')).length,
    published: flows.filter((f) => f.action.endsWith('published')).length,
    writeCalls: orgs.reduce((n, o) => n + o.writeCalls, 0),
  };
}

/** The tenant's org settings and token, or why there are none. */
function orgOf(tenant: TenantFile, options: DeployOptions): { org?: WebexOrg; token?: string; diagnostics: Diagnostic[] } {
  const raw = (tenant.values as Record<string, unknown>)['webex'];
  const parsed = webexOrgSchema.safeParse(raw);
  if (raw === undefined || !parsed.success) {
    return {
      diagnostics: [
        makeDiagnostic('FG811', {
          message: `Tenant "${tenant.name}" names no Webex org to deploy to.`,
          location: tenant.positions.at(raw === undefined ? [] : ['webex']),
          hint: 'Add webex: { orgId: <org id>, region: us1, tokenEnv: <VARIABLE> } to the tenant file.',
          data: { tenant: tenant.name },
        }),
      ],
    };
  }
  const org = parsed.data;
  const token = options.env[org.tokenEnv];
  if (token === undefined || token.trim() === '') {
    return {
      org,
      diagnostics: [
        makeDiagnostic('FG810', {
          message: `The access token of tenant "${tenant.name}" is not set: the environment variable ${org.tokenEnv} is empty.`,
          location: tenant.positions.at(tenant.positions.has(['webex', 'tokenEnv']) ? ['webex', 'tokenEnv'] : ['webex']),
          hint: `Export ${org.tokenEnv} (in CI: a secret) with an OAuth token of the org's admin${org.tokenEnv === DEFAULT_TOKEN_VARIABLE ? '' : `, or set webex.tokenEnv`}; see README "Deploying to Webex".`,
          data: { tenant: tenant.name, variable: org.tokenEnv },
        }),
      ],
    };
  }
  return { org, token: token.trim(), diagnostics: [] };
}

async function runOrg(mode: 'plan' | 'deploy', tenant: TenantFile, project: Project, options: DeployOptions): Promise<OrgReport> {
  const settings = orgOf(tenant, options);
  const report: OrgReport = { tenant: tenant.name, orgId: settings.org?.orgId ?? null, status: 'failed', flows: [], writeCalls: 0, requests: 0, diagnostics: settings.diagnostics };
  if (!settings.org || settings.token === undefined) return report;
  const org = settings.org;
  const client = createClient({
    baseUrl: options.apiUrl ?? WEBEX_REGIONS[org.region],
    token: settings.token,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.debug ? { debug: (line: string) => options.debug!(`[${tenant.name}] ${line}`) } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const context = { tenant: tenant.name, orgId: org.orgId, tokenVariable: org.tokenEnv };
  const entries = Object.keys((tenant.values as { flows: Record<string, unknown> }).flows);
  const typeOf = (key: string): FlowType => flowTypeOf(project.definitions.get(key));
  // Subflows first: a flow that calls one is built after it is imported, so its id resolves.
  const phases = [entries.filter((k) => typeOf(k) === 'SUBFLOW'), entries.filter((k) => typeOf(k) === 'FLOW')];
  const dry = mode === 'plan' || options.dryRun === true;
  const pending = new Set<string>();
  for (const phase of phases) {
    const resolver = createResolver(client, { ...context, pendingSubflows: pending });
    for (const key of phase) {
      const built = await buildForOrg(tenant, key, project, resolver.resolve);
      report.diagnostics.push(...built.diagnostics);
      if (!built.flow) continue;
      const result = mode === 'plan' ? await planFlow(client, org.orgId, built.flow, options.publish) : await deployFlow(client, org.orgId, built.flow, { ...(options.publish ? { publish: options.publish } : {}), dryRun: dry });
      if (!result.ok) {
        report.diagnostics.push(failureDiagnostic(result.failure, { ...context, location: { file: tenant.file, activity: result.flow } }));
        break;
      }
      report.flows.push(result.outcome);
      if (dry && built.flow.flowType === 'SUBFLOW' && result.outcome.status === 'new') pending.add(built.flow.name);
    }
    if (hasErrors(report.diagnostics)) break;
  }
  finish(report, client, options.cwd);
  return report;
}

/** A YAML flow is always a flow; a definition module says in its settings. */
function flowTypeOf(source: FlowSource | undefined): FlowType {
  return source && 'definition' in source && source.definition.settings.flowType === 'SUBFLOW' ? 'SUBFLOW' : 'FLOW';
}

function finish(report: OrgReport, client: ApiClient, cwd: string): void {
  report.requests = client.requests.length;
  report.writeCalls = client.requests.filter(isWriteCall).length;
  report.diagnostics = sortDiagnostics(relocateDiagnostics(report.diagnostics, cwd).map((d) => ({ ...d, message: client.redact(d.message) })));
  report.status = hasErrors(report.diagnostics) ? 'failed' : 'ok';
}

async function buildForOrg(
  tenant: TenantFile,
  key: string,
  project: Project,
  resolveResources: NonNullable<CompileOptions['resolveResources']>,
): Promise<{ flow?: FlowToDeploy; diagnostics: Diagnostic[] }> {
  const found = project.definitions.get(key);
  if (!found) {
    return { diagnostics: [makeDiagnostic('FG503', { message: `Tenant "${tenant.name}" gives values to flow "${key}", which no definition builds.`, location: tenant.positions.key(['flows', key]), hint: 'Check the flow names in flows/.', data: { tenant: tenant.name, flow: key } })] };
  }
  const checked = checkTenantFlow(tenant, key, { settings: sourceSettings(found) });
  if (!checked.build) return { diagnostics: checked.diagnostics };
  // As build --tenant compiles it: the tenant's name, catalogue region (`region: apj`), values and forks.
  const compiled = await compileTenantFlow(tenant, key, found, checked.build, project.templates, resolveResources);
  const diagnostics = [...checked.diagnostics, ...compiled.diagnostics];
  if (hasErrors(diagnostics) || compiled.document === undefined) return { diagnostics };
  return { flow: { name: compiled.name, flowType: flowTypeOf(found), document: compiled.document }, diagnostics };
}
