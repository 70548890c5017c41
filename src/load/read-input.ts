/**
 * Reading an input file (an export, a YAML flow, a tenant file, a template) within flowgen's one
 * size limit (`INPUT_LIMITS.bytes`): FG023 for a file over it, which is never read, FG004 for a
 * file that cannot be read. Every command reads its inputs through here.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import { INPUT_LIMITS, readLimitedText } from '../util/input-limits.js';

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;

/** The file's text, or the diagnostic that says why there is none. */
export function readInputFile(path: string, shown: string, maxBytes: number = INPUT_LIMITS.bytes): { text?: string; diagnostics: Diagnostic[] } {
  const read = readLimitedText(path, maxBytes);
  if ('text' in read) return { text: read.text, diagnostics: [] };
  if ('tooLarge' in read) {
    return {
      diagnostics: [
        makeDiagnostic('FG023', {
          message: `"${shown}" is ${megabytes(read.tooLarge)}; flowgen reads input files up to ${megabytes(maxBytes)}.`,
          location: { file: shown },
          hint: 'Flow Designer itself imports at most 10 MB; check this is the file you meant (a flow export, a flow or tenant file).',
          data: { bytes: read.tooLarge, limit: maxBytes },
        }),
      ],
    };
  }
  return { diagnostics: [makeDiagnostic('FG004', { message: `"${shown}" cannot be read (${read.unreadable}).`, location: { file: shown }, hint: 'Check the path and its permissions.' })] };
}
