/**
 * `flowgen build --tenant <name>` / `--all-tenants` as a library call: loads the flow definitions
 * and the tenant files (`tenants/<tenant>.yaml`), checks each tenant's values against each flow it
 * lists, compiles every (tenant, flow) pair with its parameters, forks and the project's
 * templates, and, only when no pair has an error, returns the files to write:
 * `<out>/<tenant>/<FlowName>.json` and `<FlowName>.connectors.json`. All or nothing across all
 * tenants; writes nothing itself. `compileTenant` is the same for one tenant held in memory (the
 * bench, tests).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import type { TemplateLibrary } from '../dsl/build-template.js';
import type { FlowDefinition } from '../dsl/define-flow.js';
import { loadFlowSource, relocateDiagnostics, sourceSettings, type FlowSource } from '../load/flow-file.js';
import { loadTemplates } from '../load/templates.js';
import { loadTenantFile, TENANT_FILE, type TenantFile } from '../load/tenant-file.js';
import { checkTenantFlow, type TenantFlowBuild } from '../load/tenant-values.js';
import { didYouMean } from '../util/did-you-mean.js';
import type { PendingFile } from '../util/write-atomic.js';
import { findFlowFiles } from '../load/flow-file.js';
import { appendAll } from '../util/append-all.js';
import { compileSource, type CompiledFlow, type CompileOptions } from './compile-flow.js';
import { isRegion } from '../activities/shared/regions.js';

export interface TenantBuildOptions {
  /** Flow definition files or directories; empty means `flows/`. */
  paths: readonly string[];
  outDir: string;
  cwd: string;
  /** Tenant names, or `all` for every `tenants/*.yaml`. */
  tenants: readonly string[] | 'all';
  /** @default "tenants" */
  tenantsDir?: string;
  /** @default "templates" */
  templatesDir?: string;
  /**
   * Keep only the output files: `flows` comes back empty, and each tenant's compiled flows (IR,
   * document) are let go as soon as its files are made. What the CLI asks for: hundreds of
   * tenants then hold their output text, not every intermediate form.
   */
  filesOnly?: boolean;
  /** Called after each tenant is compiled (a progress display), with how many are done of how many. */
  onProgress?: (done: number, total: number) => void;
}

export interface TenantCompiled extends CompiledFlow {
  tenant: string;
  /** The flow's name in its definition (the built one is `name`). */
  flow: string;
}

export interface TenantBuildResult {
  flows: TenantCompiled[];
  files: PendingFile[];
  diagnostics: Diagnostic[];
}

/** The tenant files to build, sorted by tenant name, or diagnostics for names without a file. */
export function findTenantFiles(tenants: readonly string[] | 'all', directory: string, shownDir: string): { files: string[]; diagnostics: Diagnostic[] } {
  let entries: string[] = [];
  let misnamed: string[] = [];
  try {
    const yaml = readdirSync(directory).filter((e) => /\.ya?ml$/.test(e) && !e.startsWith('.')).sort();
    entries = yaml.filter((e) => TENANT_FILE.test(e));
    misnamed = yaml.filter((e) => !TENANT_FILE.test(e));
  } catch {
    // No tenants folder: reported below like an empty one.
  }
  const refuse = (entry: string): Diagnostic => {
    const suggestion = entry.replace(/\.ya?ml$/, '').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^[-_]+/, '');
    return makeDiagnostic('FG513', {
      message: `"${shownDir}/${entry}" is not a valid tenant file name: a tenant name holds letters, digits, "-" and "_".`,
      location: { file: `${shownDir}/${entry}` },
      hint: `The name becomes the folder <out>/<tenant>/ and {tenant} in flow names; rename it, e.g. to "${suggestion || 'tenant'}.yaml".`,
      data: { tenant: entry },
    });
  };
  if (tenants === 'all' && misnamed.length > 0) return { files: [], diagnostics: misnamed.map(refuse) };
  if (tenants === 'all') {
    if (entries.length > 0) return { files: entries.map((e) => join(directory, e)), diagnostics: [] };
    return {
      files: [],
      diagnostics: [makeDiagnostic('FG510', { message: `No tenant files (*.yaml) found in "${shownDir}".`, location: { file: shownDir }, hint: 'Create tenants/<tenant>.yaml; see README "Tenants".' })],
    };
  }
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const names = entries.map((e) => TENANT_FILE.exec(e)![1]!);
  for (const tenant of [...new Set(tenants)]) {
    const entry = entries.find((e) => TENANT_FILE.exec(e)![1] === tenant);
    const refused = misnamed.find((e) => e.replace(/\.ya?ml$/, '') === tenant);
    if (entry) files.push(join(directory, entry));
    else if (refused) diagnostics.push(refuse(refused));
    else {
      diagnostics.push(
        makeDiagnostic('FG510', {
          message: `There is no tenant "${tenant}" (${shownDir}/${tenant}.yaml).`,
          location: { file: `${shownDir}/${tenant}.yaml` },
          hint: didYouMean(tenant, names) ?? (names.length ? `Tenants: ${names.join(', ')}.` : 'Create the tenant file first.'),
          data: { tenant },
        }),
      );
    }
  }
  return { files, diagnostics };
}

/**
 * An error raised while building a tenant's forks points into the fork's code, which every tenant
 * shares: it also points at the tenant's fork selection, whose options made it.
 */
function withForkOrigin(diagnostic: Diagnostic, tenant: TenantFile, key: string): Diagnostic {
  if (diagnostic.severity !== 'error') return diagnostic;
  const origin = { message: `built with the forks tenant "${tenant.name}" selects here`, location: tenant.positions.key(['flows', key, 'forks']) };
  return { ...diagnostic, related: [...(diagnostic.related ?? []), origin] };
}

/** Compiles every flow one tenant lists; `definitions` (modules or YAML flows) are keyed by the flow's own name. */
export async function compileTenant(
  tenant: TenantFile,
  definitions: ReadonlyMap<string, FlowSource>,
  templates: TemplateLibrary,
  resolveResources?: CompileOptions['resolveResources'],
  /** The definitions are the ones the user named, not every flow: the tenant's other flows are not built. */
  selected = false,
): Promise<{ flows: TenantCompiled[]; diagnostics: Diagnostic[] }> {
  const flows: TenantCompiled[] = [];
  const diagnostics: Diagnostic[] = [];
  const entries = (tenant.values as { flows: Record<string, unknown> }).flows;
  const built = new Map<string, string>();
  for (const key of Object.keys(entries)) {
    const found = definitions.get(key);
    if (!found && selected) continue;
    if (!found) {
      diagnostics.push(
        makeDiagnostic('FG503', {
          message: `Tenant "${tenant.name}" gives values to flow "${key}", which no definition builds.`,
          location: tenant.positions.key(['flows', key]),
          hint: didYouMean(key, definitions.keys()) ?? `Flows: ${[...definitions.keys()].join(', ') || '(none)'}.`,
          data: { tenant: tenant.name, flow: key },
        }),
      );
      continue;
    }
    const checked = checkTenantFlow(tenant, key, { settings: sourceSettings(found) });
    appendAll(diagnostics, checked.diagnostics);
    if (!checked.build) continue;
    const earlier = built.get(checked.build.name);
    if (earlier !== undefined) {
      diagnostics.push(
        makeDiagnostic('FG511', {
          message: `Flows "${earlier}" and "${key}" of tenant "${tenant.name}" would both be named "${checked.build.name}".`,
          location: tenant.positions.key(['flows', key]),
          hint: 'Keep {flow} in flowName.',
        }),
      );
      continue;
    }
    built.set(checked.build.name, key);
    const compiled = await compileTenantFlow(tenant, key, found, checked.build, templates, resolveResources);
    flows.push(compiled);
    appendAll(diagnostics, compiled.diagnostics);
  }
  return { flows, diagnostics };
}

/**
 * One flow of a tenant, its values already checked (`checkTenantFlow`), compiled under the tenant's
 * name and catalogue region: what `build --tenant` and `plan`/`deploy` both build, whatever kind
 * of flow file `source` was loaded from.
 */
export async function compileTenantFlow(
  tenant: TenantFile,
  key: string,
  source: FlowSource,
  build: TenantFlowBuild,
  templates: TemplateLibrary,
  resolveResources?: CompileOptions['resolveResources'],
): Promise<TenantCompiled> {
  const region = (tenant.values as { region?: unknown }).region;
  const compiled = await compileSource(source, {
    name: build.name,
    ...(isRegion(region) ? { region } : {}),
    params: build.params,
    hooks: build.hooks,
    templates,
    ...(resolveResources ? { resolveResources } : {}),
  });
  const diagnostics = build.forks.length > 0 ? compiled.diagnostics.map((d) => withForkOrigin(d, tenant, key)) : compiled.diagnostics;
  return { ...compiled, diagnostics, tenant: tenant.name, flow: key };
}

export async function buildTenantFiles(options: TenantBuildOptions): Promise<TenantBuildResult> {
  const display = (file: string): string => relative(options.cwd, file) || file;
  const found = findFlowFiles(options.paths, options.cwd);
  const tenantsDir = resolve(options.cwd, options.tenantsDir ?? 'tenants');
  const tenantFiles = findTenantFiles(options.tenants, tenantsDir, display(tenantsDir));
  const diagnostics: Diagnostic[] = [...found.diagnostics, ...tenantFiles.diagnostics];

  const definitions = new Map<string, FlowSource>();
  for (const file of found.files) {
    const loaded = await loadFlowSource(file);
    appendAll(diagnostics, loaded.diagnostics);
    if (loaded.source) definitions.set(sourceSettings(loaded.source).name, loaded.source);
  }
  const templatesDir = resolve(options.cwd, options.templatesDir ?? 'templates');
  const templates = existsSync(templatesDir) ? loadTemplates(templatesDir, options.cwd) : {};

  const flows: TenantCompiled[] = [];
  const outDir = resolve(options.cwd, options.outDir);
  const files: PendingFile[] = [];
  for (const [done, file] of tenantFiles.files.entries()) {
    const loaded = loadTenantFile(file, { display: display(file) });
    appendAll(diagnostics, loaded.diagnostics);
    if (!loaded.tenant) {
      options.onProgress?.(done + 1, tenantFiles.files.length);
      continue;
    }
    const selected = options.paths.length > 0;
    const compiled = await compileTenant(loaded.tenant, definitions, templates, undefined, selected);
    options.onProgress?.(done + 1, tenantFiles.files.length);
    if (!options.filesOnly) appendAll(flows, compiled.flows);
    if (!hasErrors(diagnostics) && !hasErrors(compiled.diagnostics)) appendAll(files, outputFiles(compiled.flows, outDir));
    appendAll(diagnostics, compiled.diagnostics);
    const listed = (loaded.tenant.values as { flows: Record<string, unknown> }).flows;
    // A tenant named on the command line must build what was asked; --all-tenants builds it for those that list it.
    for (const [name, { file: definitionFile }] of selected && options.tenants !== 'all' ? definitions : []) {
      if (Object.hasOwn(listed, name)) continue;
      diagnostics.push(
        makeDiagnostic('FG503', {
          message: `Tenant "${loaded.tenant.name}" gives no values to flow "${name}" (${display(definitionFile)}), which was asked for.`,
          location: loaded.tenant.positions.key(['flows']),
          hint: `Add flows: { ${name}: { params: { … } } } to the tenant file, or build without this tenant.`,
          data: { tenant: loaded.tenant.name, flow: name },
        }),
      );
    }
  }
  const sorted = sortDiagnostics(relocateDiagnostics(diagnostics, options.cwd));
  if (hasErrors(sorted)) return { flows, files: [], diagnostics: sorted };
  return { flows, files, diagnostics: sorted };
}

function outputFiles(flows: readonly TenantCompiled[], outDir: string): PendingFile[] {
  return flows.flatMap((flow) => [
    { path: join(outDir, flow.tenant, `${flow.name}.json`), contents: flow.text! },
    { path: join(outDir, flow.tenant, `${flow.name}.connectors.json`), contents: flow.connectorsText! },
  ]);
}

/**
 * One definition compiled for one tenant (`flowgen diff --tenant`): the tenant file is
 * `<cwd>/tenants/<tenant>.yaml` (as in the working tree), templates come from `<cwd>/templates`.
 */
export async function compileForTenant(definition: FlowDefinition, file: string, tenant: string, cwd: string): Promise<{ compiled?: CompiledFlow; diagnostics: Diagnostic[] }> {
  return compileSourceForTenant({ definition, file }, tenant, cwd);
}

/** `compileForTenant` for a definition module or a YAML flow. */
export async function compileSourceForTenant(source: FlowSource, tenant: string, cwd: string): Promise<{ compiled?: CompiledFlow; diagnostics: Diagnostic[] }> {
  const tenantsDir = resolve(cwd, 'tenants');
  const found = findTenantFiles([tenant], tenantsDir, relative(cwd, tenantsDir) || tenantsDir);
  if (found.files.length === 0) return { diagnostics: found.diagnostics };
  const loaded = loadTenantFile(found.files[0]!, { display: relative(cwd, found.files[0]!) });
  if (!loaded.tenant) return { diagnostics: loaded.diagnostics };
  const flowName = sourceSettings(source).name;
  if (!Object.hasOwn((loaded.tenant.values as { flows: object }).flows, flowName)) {
    return {
      diagnostics: [
        makeDiagnostic('FG503', {
          message: `Tenant "${tenant}" gives no values to flow "${flowName}".`,
          location: loaded.tenant.positions.key(['flows']),
          hint: `Add flows: { ${flowName}: { params: { … } } } to the tenant file.`,
          data: { tenant, flow: flowName },
        }),
      ],
    };
  }
  const templatesDir = resolve(cwd, 'templates');
  const compiled = await compileTenant(loaded.tenant, new Map([[flowName, source]]), existsSync(templatesDir) ? loadTemplates(templatesDir, cwd) : {});
  const flow = compiled.flows.find((f) => f.flow === flowName);
  if (hasErrors(compiled.diagnostics) || !flow) return { diagnostics: sortDiagnostics(relocateDiagnostics(compiled.diagnostics, cwd)) };
  return { compiled: flow, diagnostics: compiled.diagnostics };
}
