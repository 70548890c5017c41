/**
 * Loads the bundle the package ships (build/bundle/flowgen.cjs, made by scripts/bundle-build.js)
 * with V8's code cache. Compiling flowgen's code was a large part of a short command, and Node 20
 * keeps no compiled code between runs (`module.enableCompileCache` arrived in Node 22), so the
 * bundle is compiled as a `vm.Script` and the code V8 made for it, the functions the run actually
 * used included, is kept in flowgen's cache folder, one entry per command, written once.
 *
 * V8 checks an entry against its own version and flags and refuses one that does not fit (the
 * script then compiles as if there were none, and the entry is written again); it does not check
 * the source text, so an entry is named by the bundle's content hash, which the build computes.
 * `FLOWGEN_NO_CACHE=1` reads and writes no entry. v8-compile-cache does this for `require`d files,
 * but compiles without `import()` (the bundle imports ES-module packages and the author's
 * definitions) and keeps the code before the run, not after.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import vm from 'node:vm';
import { CACHE_FOLDER, cacheEnabled, sha256 } from './cache-folder.js';

const loaded = new Map<string, Record<string, unknown>>();

const bundlePrefix = (contentHash: string): string => contentHash.slice(0, 32);

/**
 * The code-cache entry for this bundle, at this path (V8 keeps the file name the code was compiled
 * under, and stack frames, which find the author's line, must name this copy), for this Node,
 * architecture, Node flags and use (a command's name, or "library").
 */
function entryFile(file: string, contentHash: string, use: string): string {
  const runtime = sha256([file, process.version, process.arch, ...process.execArgv].join('\0')).slice(0, 16);
  return join(CACHE_FOLDER, 'code', `${bundlePrefix(contentHash)}-${runtime}-${use}.bin`);
}

function readEntry(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Written beside and renamed, as every cache entry is; a folder that cannot be written means no
 * entry. Entries of other bundles (an earlier build of this checkout) are removed then: they can
 * never be used again, and each is most of a megabyte.
 */
function writeEntry(file: string, data: Buffer, bundlePrefix: string): void {
  const folder = dirname(file);
  const temporary = `${file}.${process.pid}.${threadId}.tmp`;
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(temporary, data);
    renameSync(temporary, file);
    for (const name of readdirSync(folder)) if (!name.startsWith(bundlePrefix)) rmSync(join(folder, name), { force: true });
  } catch {
    // No cache: the next run compiles again.
  }
}

/**
 * The exports of the CommonJS bundle at `file` (once per process, however often it is asked for).
 * `contentHash` is the bundle's SHA-256; `use` names the code-cache entry (letters and dashes).
 */
export function loadBundle(file: string, contentHash: string, use: string): Record<string, unknown> {
  const known = loaded.get(file);
  if (known) return known;
  const caching = cacheEnabled();
  const cacheFile = entryFile(file, contentHash, use);
  const cachedData = caching ? readEntry(cacheFile) : undefined;
  // One line: the bundle's own line numbers stay those of stack traces.
  const wrapped = `(function (exports, require, module, __filename, __dirname, __flowgenImport) {${readFileSync(file, 'utf8')}\n})`;
  const script = new vm.Script(wrapped, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as Record<string, unknown> };
  // A script cannot import() on Node 20 (not without an experimental flag): this module imports for it.
  const importForBundle = (specifier: string): Promise<unknown> => import(specifier);
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file), importForBundle);
  if (caching && (cachedData === undefined || script.cachedDataRejected === true)) {
    process.once('exit', () => writeEntry(cacheFile, script.createCachedData(), bundlePrefix(contentHash)));
  }
  loaded.set(file, module.exports);
  return module.exports;
}
