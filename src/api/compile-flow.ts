/**
 * The compiler in one call: parameters → build (DSL) → validate (zod + rules) → emit (FDL v1) →
 * schema check (ajv) → text (two-space JSON). Returns the texts to write and the diagnostics; writes
 * nothing and never throws for a user's mistake.
 */
import type { z } from 'zod';
import { jsonText } from '../util/json-text.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import { dirname, resolve } from 'node:path';
import { withoutCallSites } from '../dsl/call-site.js';
import { buildFlow, type BuiltFlow, type FlowDefinition } from '../dsl/define-flow.js';
import type { TemplateLibrary } from '../dsl/build-template.js';
import { loadTemplates } from '../load/templates.js';
import { definitionShapeProblem } from '../load/definition-module.js';
import { scalarText } from '../util/scalar-text.js';
import { connectorManifest, type ConnectorManifest } from '../emit/webex/connectors.js';
import { emitWebexFlow, type EmitOptions, type FlowDocument } from '../emit/webex/emit.js';
import { checkFlowDocument } from '../emit/webex/schema-check.js';
import type { FlowIR } from '../ir/types.js';
import { validateFlow } from '../validate/index.js';
import { unresolvedResources } from '../deploy/flow-resources.js';
import type { Region } from '../activities/shared/regions.js';
import { loadYamlSource, type FlowSource } from '../load/flow-file.js';

export interface CompileOptions extends EmitOptions {
  /** Parameter values; missing ones take the schema's defaults. */
  params?: unknown;
  /** The definition's file, for diagnostics. */
  file?: string;
  /** Hooks of the forks a tenant selected (see `checkTenantFlow`). */
  hooks?: object;
  /** Build-time templates; default: `templates/*.{txt,json}.hbs` beside the definition's folder. */
  templates?: TemplateLibrary;
  /** Writes org ids into the built flow before it is validated (plan/deploy resolve names so). */
  resolveResources?: (ir: FlowIR) => Promise<{ ir: FlowIR; diagnostics: Diagnostic[] }>;
}

export interface CompiledFlow {
  /** The flow name, which names the output files. */
  name: string;
  ir?: FlowIR;
  document?: FlowDocument;
  /** The formatted flow JSON (present when there is no error). */
  text?: string;
  connectors?: ConnectorManifest;
  connectorsText?: string;
  diagnostics: Diagnostic[];
}

export async function compileFlow<P extends z.ZodType>(definition: FlowDefinition<P>, options: CompileOptions = {}): Promise<CompiledFlow> {
  const file = options.file ?? definition.at?.file;
  const problem = definitionShapeProblem(definition);
  if (problem) {
    const location = definition.at ?? { file: file ?? '<flow>' };
    return { name: scalarText(definition.settings?.name), diagnostics: [makeDiagnostic('FG012', { message: `The flow definition's settings are invalid: ${problem}.`, location, hint: 'See defineFlow in README "Writing a flow".' })] };
  }
  const name = definition.settings.name;
  const parsed = definition.settings.params.safeParse(options.params ?? {});
  if (!parsed.success) {
    return {
      name,
      diagnostics: parsed.error.issues.map((issue) =>
        makeDiagnostic('FG012', {
          message: `Parameter "${issue.path.join('.') || '(root)'}" of flow "${name}" is invalid.`,
          location: definition.at ?? { file: file ?? '<flow>' },
          hint: 'Give a value that matches the flow\'s params schema.',
          data: { parameter: issue.path.join('.') },
        }),
      ),
    };
  }
  // Where the definition really is (its call site), not the name diagnostics show for it.
  const home = definition.at?.file ?? file;
  const templates = options.templates ?? (home?.startsWith('/') ? loadTemplates(resolve(dirname(home), '../templates')) : {});
  const build = (): BuiltFlow => buildFlow(definition, parsed.data, file, { templates, ...(options.hooks ? { hooks: options.hooks } : {}) });
  // Call sites only serve diagnostics and cost a third of a clean build (one stack capture per
  // builder call): a flow is built without them first, and again with them only when anything is
  // reported. They never reach the output, so both builds emit the same bytes.
  const fast = await compileBuilt(withoutCallSites(build), options);
  return fast.diagnostics.length === 0 ? fast : compileBuilt(build(), options);
}

/** Compiles a flow already built (by the DSL or the YAML loader): resources resolved, then `compileIr`. */
export async function compileBuilt(built: BuiltFlow, options: CompileOptions): Promise<CompiledFlow> {
  const name = built.ir.name;
  if (hasErrors(built.diagnostics)) return { name, ir: built.ir, diagnostics: sortDiagnostics(built.diagnostics) };
  const resolved = options.resolveResources ? await options.resolveResources(built.ir) : { ir: built.ir, diagnostics: [] };
  if (hasErrors(resolved.diagnostics)) return { name, ir: resolved.ir, diagnostics: sortDiagnostics([...built.diagnostics, ...resolved.diagnostics]) };
  return compileIr(resolved.ir, options, built.diagnostics);
}

/** Validates and emits a flow already in IR form (from the DSL, and later YAML or import). */
export async function compileIr(ir: FlowIR, options: EmitOptions = {}, earlier: Diagnostic[] = []): Promise<CompiledFlow> {
  const { diagnostics, index } = validateFlow(ir);
  const all = sortDiagnostics([...earlier, ...diagnostics, ...unresolvedResources(ir)]);
  if (hasErrors(all)) return { name: ir.name, ir, diagnostics: all };

  const document = await emitWebexFlow(index, options);
  const violations = checkFlowDocument(document);
  if (violations.length > 0) {
    return {
      name: ir.name,
      ir,
      document,
      diagnostics: [
        ...all,
        ...violations.map((v) =>
          makeDiagnostic('FG902', {
            message: `The compiled flow breaks the Webex flow schema at ${v.path}: ${v.message}.`,
            location: { file: ir.file ?? '<flow>', path: v.path, ...(v.activityName ? { activity: v.activityName } : {}) },
            hint: 'This is a bug in flowgen; please report it with the flow definition.',
          }),
        ),
      ],
    };
  }
  const connectors = connectorManifest(index);
  return {
    name: ir.name,
    ir,
    document,
    text: jsonText(document),
    connectors,
    connectorsText: jsonText(connectors),
    diagnostics: all,
  };
}

export interface SourceCompileOptions extends CompileOptions {
  /** The name to build under (a tenant's `flowName`); default the flow's own. */
  name?: string;
  /** The catalogue region (a tenant's `region`); default the flow's own. */
  region?: Region;
}

/** Compiles a loaded flow source with the given parameter values, name and region. */
export async function compileSource(source: FlowSource, options: SourceCompileOptions = {}): Promise<CompiledFlow> {
  const { name, region, ...compile } = options;
  const renamed = { ...(name !== undefined ? { name } : {}), ...(region !== undefined ? { region } : {}) };
  if ('definition' in source) {
    const definition = Object.keys(renamed).length ? { ...source.definition, settings: { ...source.definition.settings, ...renamed } } : source.definition;
    return compileFlow(definition, { file: source.file, ...compile });
  }
  const yaml = loadYamlSource(source.file, source.yaml, options.params);
  const ir = yaml.ir && { ...yaml.ir, ...renamed };
  return ir && !hasErrors(yaml.diagnostics) ? compileBuilt({ ir, diagnostics: yaml.diagnostics }, compile) : { name: name ?? source.yaml.name, diagnostics: yaml.diagnostics };
}
