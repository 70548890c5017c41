/**
 * All-or-nothing file output: every file is first written to a temporary sibling and renamed into
 * place only when all of them were written, so a failed build never leaves a half-written output.
 * A rename can still fail after earlier ones succeeded (a directory in the way): then the remaining
 * temporary files are removed and the error names the files already in place.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface PendingFile {
  path: string;
  contents: string;
}

/** A write that failed; `written` lists the files that were already renamed into place. */
export class WriteFailure extends Error {
  constructor(
    message: string,
    readonly written: readonly string[],
  ) {
    super(message);
  }
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
    throw new WriteFailure(error instanceof Error ? error.message : String(error), []);
  }
  const written: string[] = [];
  for (const [index, { temp, path }] of staged.entries()) {
    try {
      renameSync(temp, path);
      written.push(path);
    } catch (error) {
      for (const rest of staged.slice(index)) rmSync(rest.temp, { force: true, recursive: true });
      throw new WriteFailure(error instanceof Error ? error.message : String(error), written);
    }
  }
}
