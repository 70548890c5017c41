/**
 * All-or-nothing file output: every file is first written to a temporary sibling and renamed into
 * place only when all of them were written, so a failed build never leaves a half-written output.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

export interface PendingFile {
  path: string;
  contents: string;
}

/** Writes every file or, if any write fails, none of them (temporary files are removed). */
export function writeFilesAtomically(files: readonly PendingFile[]): void {
  const staged: { temp: string; path: string }[] = [];
  try {
    for (const file of files) {
      mkdirSync(dirname(file.path), { recursive: true });
      const temp = join(dirname(file.path), `.flowgen-tmp-${process.pid}-${basename(file.path)}`);
      writeFileSync(temp, file.contents);
      staged.push({ temp, path: file.path });
    }
  } catch (error) {
    for (const { temp } of staged) rmSync(temp, { force: true });
    throw error;
  }
  for (const { temp, path } of staged) renameSync(temp, path);
}
