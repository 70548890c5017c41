/**
 * Loads a TypeScript or JavaScript flow definition module (`flows/*.flow.ts`) and finds the flow it
 * exports. TypeScript is loaded through tsx's `tsImport` (esbuild), once per file. A module that
 * fails to load, throws, or exports no flow becomes a diagnostic (FG001, FG002), never a crash.
 */
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import { definitionThrew, isFlowDefinition, type FlowDefinition } from '../dsl/define-flow.js';

export interface LoadedDefinition {
  file: string;
  definition?: FlowDefinition;
  diagnostics: Diagnostic[];
}

export async function loadDefinitionModule(file: string): Promise<LoadedDefinition> {
  let module: Record<string, unknown>;
  try {
    module = file.endsWith('.ts') || file.endsWith('.mts')
      ? ((await tsImport(pathToFileURL(file).href, import.meta.url)) as Record<string, unknown>)
      : ((await import(pathToFileURL(file).href)) as Record<string, unknown>);
  } catch (error) {
    return { file, diagnostics: [loadFailure(error, file)] };
  }
  const candidates = [module['default'], ...Object.entries(module).filter(([k]) => k !== 'default').map(([, v]) => v)];
  const definition = candidates.find(isFlowDefinition);
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
  return definitionThrew(error, file);
}
