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
  return { file, definition, diagnostics: [] };
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
