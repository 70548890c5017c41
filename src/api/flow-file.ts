/**
 * Building a flow file, whatever its kind, the same way for every command (build, validate, diff,
 * graph, simulate, tenants): a definition module or a YAML flow (loaded by `src/load/flow-file.ts`)
 * is compiled, with a tenant's values when one is named; its diagnostics name the file as the user
 * gave it. Exports are not built: each command reads them with `readExportFile`.
 */
import { accessSync, constants } from 'node:fs';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { unwrapFlowDocument, type FlowDocumentShape } from '../diff/model.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import { loadFlowSource, relocateDiagnostics } from '../load/flow-file.js';
import type { LoadedYamlFlow } from '../load/yaml-flow.js';
import { compileSourceForTenant } from './build-tenants.js';
import { compileBuilt, compileFlow, type CompiledFlow } from './compile-flow.js';

/** A YAML flow loaded with its parameter defaults, compiled; nothing when it did not load. */
async function compileYamlDefaults(yaml: LoadedYamlFlow): Promise<CompiledFlow | undefined> {
  return yaml.ir && !hasErrors(yaml.diagnostics) ? compileBuilt({ ir: yaml.ir, diagnostics: yaml.diagnostics }, {}) : undefined;
}

export interface CompiledFlowFile {
  /** Present when the file loaded (it may still have errors). */
  compiled?: CompiledFlow;
  /** All diagnostics, files named as the user sees them. */
  diagnostics: Diagnostic[];
}

/**
 * Loads and compiles a definition module or a YAML flow at `absolute` (shown as `shown`), with the
 * values of `tenants/<tenant>.yaml` under `cwd` when a tenant is named.
 */
export async function compileFlowFile(absolute: string, shown: string, cwd: string, tenant?: string): Promise<CompiledFlowFile> {
  const place = { absolute, shown };
  try {
    accessSync(absolute, constants.R_OK);
  } catch {
    return { diagnostics: [unreadableFlowFile(shown)] };
  }
  const loaded = await loadFlowSource(absolute);
  if (!loaded.source) return { diagnostics: relocateDiagnostics(loaded.diagnostics, cwd, place) };
  if (tenant !== undefined) {
    const forTenant = await compileSourceForTenant(loaded.source, tenant, cwd);
    return { ...(forTenant.compiled ? { compiled: forTenant.compiled } : {}), diagnostics: relocateDiagnostics(forTenant.compiled?.diagnostics ?? forTenant.diagnostics, cwd, place) };
  }
  const compiled = 'definition' in loaded.source ? await compileFlow(loaded.source.definition, { file: absolute }) : await compileYamlDefaults(loaded.yaml!);
  return { ...(compiled ? { compiled } : {}), diagnostics: relocateDiagnostics(compiled?.diagnostics ?? loaded.yaml?.diagnostics ?? [], cwd, place) };
}

/** FG004 for a flow file given by path that is not there (or cannot be read). */
export function unreadableFlowFile(shown: string): Diagnostic {
  return makeDiagnostic('FG004', { message: `"${shown}" does not exist or cannot be read.`, location: { file: shown }, hint: 'Check the path; run flowgen from the project root.' });
}

/**
 * The flow document (template wrapper unwrapped) a definition module or YAML flow compiles to, or
 * what kept it from compiling: why it did not load, or the compile's errors only (what diff, graph
 * and simulate read: warnings are build's and validate's concern).
 */
export async function builtDocument(absolute: string, shown: string, cwd: string, tenant?: string): Promise<{ document?: FlowDocumentShape; diagnostics: Diagnostic[] }> {
  const built = await compileFlowFile(absolute, shown, cwd, tenant);
  if (!built.compiled) return { diagnostics: sortDiagnostics(built.diagnostics) };
  const errors = sortDiagnostics(built.diagnostics.filter((d) => d.severity === 'error'));
  const document = built.compiled.document === undefined ? undefined : unwrapFlowDocument(built.compiled.document);
  return hasErrors(errors) || !document ? { diagnostics: errors } : { document, diagnostics: [] };
}
