/**
 * `flowgen import` as a library call: reads a Flow Designer export (or a template wrapper), turns
 * it into IR and prints a TypeScript definition plus, unless upgrading, the shape file that makes
 * it build back exactly as exported. Returns the files to write; writes nothing.
 */
import { basename, dirname, join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import { importWebexFlow, parseExportText } from '../import/webex/import.js';
import { readInputFile } from '../load/read-input.js';
import type { FlowIR } from '../ir/types.js';
import { printFlow } from '../print/dsl.js';
import { baselineOf } from '../validate/baseline.js';
import { validateFlow } from '../validate/index.js';
import type { PendingFile } from '../util/write-atomic.js';


export interface ImportOptions {
  input: string;
  /** The definition to write; default `flows/<kebab-name>.flow.ts`. */
  output?: string;
  /** Emit the current shape instead of keeping the export's. */
  upgrade?: boolean;
  cwd: string;
}

export interface ImportFileResult {
  ir?: FlowIR;
  /** The export's own findings, recorded in the definition's baseline so that it builds as published. */
  baseline?: FlowIR['baseline'];
  files: PendingFile[];
  diagnostics: Diagnostic[];
}

const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'flow';

/** Reads and imports an export file; diagnostics for unreadable, oversized or non-flow input. */
export function readExport(path: string, shown: string): { ir?: FlowIR; diagnostics: Diagnostic[] } {
  const { text, diagnostics } = readInputFile(path, shown);
  if (text === undefined) return { diagnostics };
  const parsed = parseExportText(text, shown);
  if (parsed.document === undefined) return { diagnostics: parsed.diagnostics };
  return importWebexFlow(parsed.document, shown);
}

export async function importFile(options: ImportOptions): Promise<ImportFileResult> {
  const inputPath = resolve(options.cwd, options.input);
  const { ir, diagnostics } = readExport(inputPath, options.input);
  if (!ir || hasErrors(diagnostics)) return { files: [], diagnostics: sortDiagnostics(diagnostics) };
  const output = resolve(options.cwd, options.output ?? join('flows', `${kebab(ir.name)}.flow.ts`));
  const shapeFile = options.upgrade ? undefined : `${basename(output).replace(/\.flow\.[mc]?[tj]s$|\.[mc]?[tj]s$/, '')}.webex.json`;
  // The export's errors are Flow Designer's published reality: accept them in the baseline, so the
  // definition builds back to the export, and `validate` keeps listing them until they are fixed.
  const baseline = baselineOf(validateFlow(ir).diagnostics);
  const recorded: FlowIR = baseline.length > 0 ? { ...ir, baseline } : ir;
  const printed = await printFlow(recorded, { source: basename(options.input), ...(shapeFile ? { shapeFile } : {}) });
  const files: PendingFile[] = [{ path: output, contents: printed.source }];
  if (shapeFile && printed.shape) files.push({ path: join(dirname(output), shapeFile), contents: `${JSON.stringify(printed.shape, null, 2)}\n` });
  return { ir: recorded, ...(baseline.length > 0 ? { baseline } : {}), files, diagnostics: sortDiagnostics(diagnostics) };
}
