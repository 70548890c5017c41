/**
 * Loads a TypeScript or JavaScript flow definition module (`flows/*.flow.ts`) and finds the flow it
 * exports. TypeScript is loaded through tsx's `tsImport` (esbuild), once per file; `flowgen`
 * resolves to the running flowgen where the file's folder cannot resolve it. A module that fails
 * to load (with its real cause and, where it can be found, file:line:col), throws, or exports no
 * flow becomes a diagnostic (FG001, FG002, FG018), never a crash.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import { definitionThrew, isFlowDefinition, type FlowDefinition } from '../dsl/define-flow.js';
import { bundledDefinitionUrl } from './definition-bundle.js';
import { importModule } from '../util/import-module.js';
import { resolveFlowgenFromAnywhere } from './resolve-flowgen.js';

export interface LoadedDefinition {
  file: string;
  definition?: FlowDefinition;
  diagnostics: Diagnostic[];
}

/**
 * The flow among a module's exports. A `.ts` file in a package without `"type": "module"` is
 * CommonJS to tsx, so its `export default` arrives as `module.exports.default`, one level down.
 */
function exportedFlow(module: Record<string, unknown>): FlowDefinition | undefined {
  const values = (record: Record<string, unknown>): unknown[] => [record['default'], ...Object.entries(record).filter(([k]) => k !== 'default').map(([, v]) => v)];
  const direct = values(module).find(isFlowDefinition);
  if (direct) return direct;
  const commonJs = module['default'];
  return typeof commonJs === 'object' && commonJs !== null ? values(commonJs as Record<string, unknown>).find(isFlowDefinition) : undefined;
}

/**
 * TypeScript: the cached ES-module bundle where it reproduces the file exactly
 * (definition-bundle.ts), else tsx's `tsImport`, loaded only then (with the hook that lets the
 * file import flowgen from anywhere). Positions in stacks map through the source maps either way.
 */
async function importTypeScript(file: string): Promise<Record<string, unknown>> {
  const bundled = await bundledDefinitionUrl(file);
  if (bundled) {
    process.setSourceMapsEnabled(true);
    return (await importModule(bundled)) as Record<string, unknown>;
  }
  resolveFlowgenFromAnywhere();
  const { tsImport } = await importModule<typeof import('tsx/esm/api')>('tsx/esm/api');
  return (await tsImport(pathToFileURL(file).href, import.meta.url)) as Record<string, unknown>;
}

export async function loadDefinitionModule(file: string): Promise<LoadedDefinition> {
  let module: Record<string, unknown>;
  try {
    if (file.endsWith('.ts') || file.endsWith('.mts') || file.endsWith('.cts')) module = await importTypeScript(file);
    else {
      resolveFlowgenFromAnywhere();
      module = (await importModule(pathToFileURL(file).href)) as Record<string, unknown>;
    }
  } catch (error) {
    return { file, diagnostics: [loadFailure(error, file)] };
  }
  const definition = exportedFlow(module);
  if (!definition) {
    return {
      file,
      diagnostics: [
        makeDiagnostic('FG002', {
          message: `"${file}" does not export a flow.`,
          location: { file },
          hint: "Export the flow made with defineFlow: `export default defineFlow({ … }, (f) => { … })`.",
        }),
      ],
    };
  }
  const problem = definitionShapeProblem(definition);
  if (problem) {
    return {
      file,
      diagnostics: [
        makeDiagnostic('FG012', {
          message: `The flow definition's settings are invalid: ${problem}.`,
          location: definition.at ?? { file },
          hint: "Call defineFlow({ name: 'My_Flow', params: z.object({ … }) }, (f, p) => { … }); TypeScript checks this, plain JavaScript does not.",
        }),
      ],
    };
  }
  return { file, definition, diagnostics: [] };
}

/**
 * What would stop a definition from being built at all, for modules loaded without type checking
 * (plain JavaScript, or TypeScript through esbuild, which strips types): the rest of the settings
 * are checked, with their own diagnostics, when the flow is built.
 */
export function definitionShapeProblem(definition: FlowDefinition): string | undefined {
  const settings: unknown = definition.settings;
  if (typeof settings !== 'object' || settings === null) return 'defineFlow was given no settings object';
  const { name, params, forks } = settings as Record<string, unknown>;
  if (typeof name !== 'string' || name === '') return '"name" must be a non-empty string';
  if (typeof params !== 'object' || params === null || typeof (params as { safeParse?: unknown }).safeParse !== 'function') return '"params" must be a zod schema, e.g. z.object({})';
  if (forks !== undefined && (typeof forks !== 'object' || forks === null || typeof (forks as { forks?: unknown }).forks !== 'object')) return '"forks" must be made with forkSet(…)';
  if (typeof definition.build !== 'function') return 'defineFlow needs the build function as its second argument';
  return undefined;
}

/** Where `specifier` is written in the file (its import or require) and how it is written there. */
function importSite(file: string, specifier: string): { location: SourceLocation | { file: string }; written: string } {
  let source = '';
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return { location: { file }, written: specifier };
  }
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Node names a missing relative ES import by its absolute path: find it by its last segment.
  const candidates = [specifier, specifier.replace(/^.*[\\/]/, '')];
  for (const candidate of candidates) {
    const match = new RegExp(`(?:from|import|require)\\s*\\(?\\s*(['"])([^'"\\n]*${escape(candidate)})\\1`).exec(source);
    if (!match) continue;
    const index = match.index + match[0].indexOf(match[1]!);
    const before = source.slice(0, index).split('\n');
    return { location: { file, line: before.length, column: before.at(-1)!.length + 1 }, written: match[2]! };
  }
  return { location: { file }, written: specifier };
}

function loadFailure(error: unknown, file: string): Diagnostic {
  // esbuild's TransformError names the position as `<file>:<line>:<0-based column>: ERROR: <text>`.
  const message = error instanceof Error ? error.message : '';
  const syntax = /:(\d+):(\d+): ERROR: (.+)/.exec(message);
  if (error instanceof Error && error.name === 'TransformError' && syntax) {
    return makeDiagnostic('FG001', {
      message: `The flow definition does not compile: ${syntax[3]}.`,
      location: { file, line: Number(syntax[1]), column: Number(syntax[2]) + 1 },
      hint: 'Fix the syntax error; `npx tsc --noEmit` shows type errors too.',
    });
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND' || code === 'ERR_UNSUPPORTED_DIR_IMPORT') {
    // Node: "Cannot find module '<x>'\nRequire stack: …" (CommonJS), "Cannot find module '<x>' imported from <y>" or "Cannot find package '<x>' …" (ESM).
    const specifier = /Cannot find (?:module|package) '([^']+)'/.exec(message)?.[1] ?? /Directory import '([^']+)'/.exec(message)?.[1] ?? '';
    const site = importSite(file, specifier.replace(/\?.*$/, ''));
    const shown = site.written;
    const bare = shown !== '' && !shown.startsWith('.') && !shown.startsWith('/') && !/^[a-z]:[\\/]/i.test(shown);
    return makeDiagnostic('FG018', {
      message: `The flow definition imports "${shown || '(unknown)'}", which cannot be found.`,
      location: site.location,
      hint: bare
        ? `Install it in the project (\`npm install ${shown.split('/').slice(0, shown.startsWith('@') ? 2 : 1).join('/')}\`), or check the name.`
        : 'Check the path; imports in ES modules name the file with its extension (./helpers.js for helpers.ts).',
      data: { module: shown },
    });
  }
  return definitionThrew(error, file);
}
