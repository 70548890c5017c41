/**
 * flowgen's on-disk cache: `node_modules/.cache/flowgen/` in flowgen's own folder (the usual place
 * for a tool's cache; `rm -rf` of it is always safe). Entries are named by a hash of everything
 * they depend on, so a changed input finds no entry instead of a stale one; files are written
 * beside and renamed, so a concurrent reader sees a whole entry or none. A folder that cannot be
 * written means no cache, never a failure.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';

// Both src/util and build/util sit two levels below the package root.
const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
export const CACHE_FOLDER = join(packageRoot, 'node_modules', '.cache', 'flowgen');

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
