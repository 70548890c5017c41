/**
 * flowgen's on-disk cache: `node_modules/.cache/flowgen/` in flowgen's own folder (the usual place
 * for a tool's cache; `rm -rf` of it is always safe). Entries are named by a hash of everything
 * they depend on, so a changed input finds no entry instead of a stale one; files are written
 * beside and renamed, so a concurrent reader sees a whole entry or none. A folder that cannot be
 * written means no cache, never a failure.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';

// Both src/util and build/util sit two levels below the package root.
const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * With symlinks resolved (a linked node_modules, as in a scratch checkout): Node names a loaded
 * module by its real path, and stack frames and source maps must agree with the name it is given.
 */
function realNodeModules(): string {
  try {
    return realpathSync(join(packageRoot, 'node_modules'));
  } catch {
    return join(packageRoot, 'node_modules');
  }
}
export const CACHE_FOLDER = join(realNodeModules(), '.cache', 'flowgen');

/**
 * `FLOWGEN_NO_CACHE=1` turns the cache off (definitions then load through tsx, layouts are computed
 * by elk each time): the same output, for checking that it is, or for a read-only install.
 */
export function cacheEnabled(): boolean {
  const value = process.env['FLOWGEN_NO_CACHE'];
  return value === undefined || value === '' || value === '0' || value === 'false';
}

export const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** The cached text at `name` (a path inside the cache folder), or undefined. */
export function readCached(name: string): string | undefined {
  try {
    return readFileSync(join(CACHE_FOLDER, name), 'utf8');
  } catch {
    return undefined;
  }
}

let written = 0;

/** Stores `text` at `name`; false when the folder cannot be written. */
export function writeCached(name: string, text: string): boolean {
  const path = join(CACHE_FOLDER, name);
  const temporary = `${path}.${process.pid}.${threadId}.${written++}.tmp`;
  try {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(temporary, text);
    renameSync(temporary, path);
    return true;
  } catch {
    return false;
  }
}
