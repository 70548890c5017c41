/**
 * All-or-nothing file output.
 *
 * With a `root` (the output directory of a build, the directory `init` creates), the write is a
 * transaction on the whole directory, safe against a kill at any moment and against a second
 * flowgen writing the same directory:
 * 1. a lock beside the root (`.<root>.flowgen-lock`, created exclusively, holding the owner's pid)
 *    serialises writers; a lock whose owner is dead is taken over;
 * 2. an interrupted earlier transaction is finished first (`recoverInterruptedWrite`);
 * 3. the new tree is staged beside the root (`.<root>.flowgen-new-<pid>`): the current tree's
 *    files hard-linked (copied where links fail), the new files written over them;
 * 4. the staged tree replaces the root with two renames (root → `.<root>.flowgen-old`, stage →
 *    root), and the old tree is removed.
 * A kill before step 4 leaves the root as it was (the stage is removed by the next writer); a
 * kill between the two renames leaves no root but the old tree intact beside it, which the next
 * flowgen write restores before doing anything else; after them, the root is wholly new. Linux
 * offers no atomic exchange of two directories to Node, so that one window (two renames apart)
 * cannot be closed, only repaired. The root is never a mix of two builds.
 *
 * Without a root (`import` writing into a source folder), or when the root holds the working
 * directory, each file goes to a temporary sibling and is renamed into place once all are
 * written: a failure leaves no half-written file, and the error names the files already in place.
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

export interface PendingFile {
  path: string;
  contents: string;
}

export interface WriteOptions {
  /** The directory the files belong to, written as one transaction (see the module comment). */
  root?: string;
  /** How long to wait for another writer's lock. @default 120000 */
  lockTimeoutMs?: number;
  /** Tests only: a pause after each step, so a test can kill the writer between two of them. */
  pauseMs?: number;
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

const sleep = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** The sibling paths of a root's transaction. */
function sidecars(root: string) {
  const parent = dirname(root);
  const name = basename(root);
  return { parent, lock: join(parent, `.${name}.flowgen-lock`), old: join(parent, `.${name}.flowgen-old`), stagePrefix: `.${name}.flowgen-new-`, stage: join(parent, `.${name}.flowgen-new-${process.pid}`) };
}

/** Writes every file or, if any write fails, none of them. */
export function writeFilesAtomically(files: readonly PendingFile[], options: WriteOptions = {}): void {
  const given = options.root === undefined ? undefined : resolve(options.root);
  if (given === undefined || !transactional(given, files)) return writeFilesOneByOne(files, options.pauseMs ?? 0);
  const root = resolveRoot(given);
  const release = acquireLock(root, options.lockTimeoutMs ?? 120_000);
  try {
    recoverInterruptedWrite(root);
    const { stage, old } = sidecars(root);
    rmSync(stage, { recursive: true, force: true });
    try {
      if (existsSync(root)) linkTree(root, stage);
      else mkdirSync(stage, { recursive: true });
      for (const file of files) {
        const target = join(stage, relative(given, resolve(file.path)));
        mkdirSync(dirname(target), { recursive: true });
        // A directory where a file belongs is the user's, never deleted to make room.
        if (existsSync(target) && lstatSync(target).isDirectory()) throw new Error(`${file.path} is a directory`);
        rmSync(target, { force: true });
        writeDurably(target, file.contents);
        pause(options.pauseMs);
      }
    } catch (error) {
      rmSync(stage, { recursive: true, force: true });
      throw new WriteFailure(error instanceof Error ? error.message : String(error), []);
    }
    swapIn(stage, root, old, options.pauseMs);
  } finally {
    release();
  }
}

/** Replaces `root` by `stage` (two renames; see the module comment), undoing the first if the second fails. */
function swapIn(stage: string, root: string, old: string, pauseMs: number | undefined): void {
  const hadRoot = existsSync(root);
  try {
    if (hadRoot) renameSync(root, old);
  } catch (error) {
    rmSync(stage, { recursive: true, force: true });
    throw new WriteFailure((error as Error).message, []);
  }
  pause(pauseMs);
  try {
    renameSync(stage, root);
  } catch (error) {
    if (hadRoot) renameSync(old, root);
    rmSync(stage, { recursive: true, force: true });
    throw new WriteFailure((error as Error).message, []);
  }
  pause(pauseMs);
  if (hadRoot) rmSync(old, { recursive: true, force: true });
}

function pause(ms: number | undefined): void {
  if (ms) sleep(ms);
}

/** The root with symlinks resolved (a symlinked dist/ keeps pointing where it did). */
function resolveRoot(root: string): string {
  const absolute = resolve(root);
  try {
    return realpathSync(absolute);
  } catch {
    return absolute;
  }
}

/** Whether the files can be written as one directory transaction on `root` (absolute). */
function transactional(root: string, files: readonly PendingFile[]): boolean {
  const cwd = process.cwd();
  const holdsCwd = cwd === root || cwd.startsWith(root + sep);
  return !holdsCwd && dirname(root) !== root && files.every((f) => resolve(f.path).startsWith(root + sep));
}

/** Finishes a transaction a killed writer left: restores the old tree if the new one never arrived. */
export function recoverInterruptedWrite(root: string): void {
  const { parent, old, stagePrefix } = sidecars(root);
  if (existsSync(old)) {
    if (existsSync(root)) rmSync(old, { recursive: true, force: true });
    else renameSync(old, root);
  }
  let entries: string[] = [];
  try {
    entries = readdirSync(parent);
  } catch {
    return;
  }
  for (const entry of entries) {
    const pid = entry.startsWith(stagePrefix) ? Number(entry.slice(stagePrefix.length)) : Number.NaN;
    if (Number.isInteger(pid) && (pid === process.pid || !alive(pid))) rmSync(join(parent, entry), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the root's lock (waiting for a live owner, taking over from a dead one); returns its release. */
function acquireLock(root: string, timeoutMs: number): () => void {
  const { parent, lock } = sidecars(root);
  mkdirSync(parent, { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (let wait = 5; ; wait = Math.min(wait * 2, 100)) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new WriteFailure(`cannot lock ${root}: ${(error as Error).message}`, []);
    }
    const owner = lockOwner(lock);
    if (owner !== undefined && !alive(owner)) takeOver(lock, owner);
    else if (Date.now() > deadline) throw new WriteFailure(`another flowgen (pid ${owner ?? '?'}) is writing ${root}; waited ${Math.round(timeoutMs / 1000)} s`, []);
    else sleep(wait);
  }
}

function lockOwner(lock: string): number | undefined {
  try {
    const pid = Number(readFileSync(lock, 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Removes a dead owner's lock; renaming first means two writers cannot both take it over. */
function takeOver(lock: string, deadOwner: number): void {
  const claimed = `${lock}.stale-${process.pid}`;
  try {
    renameSync(lock, claimed);
  } catch {
    return;
  }
  // Another writer may have taken over and locked in between: then this was its live lock.
  if (lockOwner(claimed) !== deadOwner) renameSync(claimed, lock);
  else rmSync(claimed, { force: true });
}

/** Mirrors `from` into `to` with hard links (copies where a link is refused), symlinks as symlinks. */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) {
    const source = join(from, entry);
    const target = join(to, entry);
    const stat = lstatSync(source);
    if (stat.isDirectory()) linkTree(source, target);
    else if (stat.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

function writeDurably(path: string, contents: string): void {
  const fd = openSync(path, 'w');
  try {
    writeFileSync(fd, contents);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function writeFilesOneByOne(files: readonly PendingFile[], pauseMs: number): void {
  const staged: { temp: string; path: string }[] = [];
  try {
    for (const file of files) {
      mkdirSync(dirname(file.path), { recursive: true });
      const temp = join(dirname(file.path), `.flowgen-tmp-${process.pid}-${basename(file.path)}`);
      writeFileSync(temp, file.contents);
      staged.push({ temp, path: file.path });
      pause(pauseMs);
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
