/**
 * `flowgen build --check` as a library call: compares the files a build would write with what is
 * on disk, byte for byte, and names each one that is missing (FG611) or differs (FG610). Reads
 * only; writes nothing.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import type { PendingFile } from '../util/write-atomic.js';

/** `rebuild` is the command that refreshes these outputs, for the hints. */
export function checkBuiltFiles(files: readonly PendingFile[], cwd: string, rebuild = 'npx flowgen build'): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const shown = relative(cwd, file.path) || file.path;
    let onDisk: string;
    try {
      onDisk = readFileSync(file.path, 'utf8');
    } catch {
      diagnostics.push(
        makeDiagnostic('FG611', {
          message: `"${shown}" is missing: a fresh build writes it.`,
          location: { file: shown },
          hint: `Run \`${rebuild}\` and commit the output.`,
          data: { file: shown },
        }),
      );
      continue;
    }
    if (onDisk !== file.contents) {
      diagnostics.push(
        makeDiagnostic('FG610', {
          message: `"${shown}" differs from a fresh build of its flow definition.`,
          location: { file: shown },
          hint: `Run \`${rebuild}\` and commit the output; \`flowgen diff\` shows what changed.`,
          data: { file: shown },
        }),
      );
    }
  }
  return sortDiagnostics(diagnostics);
}
