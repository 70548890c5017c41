/**
 * An ES-module TypeScript definition (`flows/*.flow.ts` in a `"type": "module"` package, `.mts`)
 * compiled by esbuild into one cached ES module, loaded by Node's own loader. tsx's loader (a
 * module-hooks thread and an esbuild service on every start) was most of a small build; a cache
 * hit costs a few file reads and hashes.
 *
 * The bundle holds the author's own files (the entry and what it imports by relative path); every
 * package and built-in is imported where Node would find it from the author's file, as an absolute
 * `file:` URL (so the definition and the compiler share one `wxcc-flowgen`, one zod). A library
 * name that the author's folder cannot resolve means the running flowgen (as resolve-flowgen.ts
 * does for tsx). Positions map back through an inline source map.
 *
 * Anything this does not reproduce exactly answers `undefined`, and the caller loads the file
 * through tsx as before: a compile error or an unresolvable import (tsx's messages are the
 * diagnostics users know), `import.meta` in a bundled file (it would name the cache file), a
 * CommonJS file (format by the nearest package.json, as Node and tsx decide).
 *
 * The cache (`node_modules/.cache/flowgen/` in flowgen's own folder) never serves a stale module:
 * an entry is keyed by the entry file's path and content, the compiler settings and the versions
 * of Node, esbuild and flowgen; it is used only while every bundled file, the nearest package.json
 * and tsconfig.json of each, each imported package's package.json and the node_modules folders
 * above the entry are as they were when it was written. Bundles are named by their content.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Esbuild from 'esbuild';
import { CACHE_FOLDER, cacheEnabled, readCached, sha256 as sha, writeCached } from '../util/cache-folder.js';
import { importModule } from '../util/import-module.js';
import { LIBRARY_NAMES } from './resolve-flowgen.js';

const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The running flowgen's entry: what an unresolvable `wxcc-flowgen` means. */
const flowgenEntry = new URL(import.meta.url.endsWith('.ts') ? '../index.ts' : '../index.js', import.meta.url).href;
/** This module's own code is part of every key: a flowgen with other bundle settings never reads these entries. */
const ownCode = (): string => sha(readFileSync(fileURLToPath(import.meta.url)));

/** A file the bundle depended on and its content hash (`null`: it did not exist). */
type Fingerprint = readonly [path: string, hash: string | null];

interface CacheEntry {
  module: string;
  depends: Fingerprint[];
}

function fileHash(path: string): string | null {
  try {
    return sha(readFileSync(path));
  } catch {
    return null;
  }
}

/** The node_modules folder's modification time stands for "packages were added or removed". */
function folderStamp(path: string): string | null {
  try {
    const stat = statSync(path);
    return stat.isDirectory() ? `dir:${stat.mtimeMs}` : null;
  } catch {
    return null;
  }
}

const stampOf = (path: string): string | null => (path.endsWith('node_modules') ? folderStamp(path) : fileHash(path));

function nearest(start: string, name: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, name))) return join(dir, name);
    if (dirname(dir) === dir) return undefined;
  }
}

function ancestorNodeModules(start: string): string[] {
  const folders: string[] = [];
  for (let dir = start; ; dir = dirname(dir)) {
    folders.push(join(dir, 'node_modules'));
    if (dirname(dir) === dir) return folders;
  }
}

/** Whether Node reads `file` as an ES module: `.mts`/`.mjs`, or `"type": "module"` in its nearest package.json. */
export function isEsModuleFile(file: string): boolean {
  if (/\.m[jt]s$/.test(file)) return true;
  if (/\.c[jt]s$/.test(file)) return false;
  const manifest = nearest(dirname(file), 'package.json');
  if (!manifest) return false;
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { type?: unknown }).type === 'module';
  } catch {
    return false;
  }
}

/** esbuild's version from its package.json: loading esbuild itself is paid only on a cache miss. */
function esbuildVersion(): string {
  const manifest = createRequire(import.meta.url).resolve('esbuild/package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

function entryKey(file: string, source: Buffer): string {
  const flowgenVersion = (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
  return sha(JSON.stringify([ownCode(), process.version, esbuildVersion(), flowgenVersion, flowgenEntry, file, sha(source)]));
}

function readEntry(name: string): CacheEntry | undefined {
  try {
    const text = readCached(name);
    if (text === undefined) return undefined;
    const entry = JSON.parse(text) as CacheEntry;
    if (!existsSync(join(CACHE_FOLDER, entry.module))) return undefined;
    return entry.depends.every(([dependency, hash]) => stampOf(dependency) === hash) ? entry : undefined;
  } catch {
    return undefined;
  }
}

interface Bundled {
  text: string;
  inputs: string[];
  packageManifests: string[];
}

/**
 * flowgen's own repository maps `wxcc-flowgen` to `src/index.ts` (tsconfig `paths`, for the type
 * checker). When the running flowgen is the compiled one from that same checkout, the library the
 * definition means is the running flowgen itself: the definition shares its modules instead of
 * loading the sources a second time through tsx.
 */
function isRunningFlowgensOwnSource(specifier: string, resolved: string): boolean {
  return flowgenEntry.endsWith('.js') && (LIBRARY_NAMES as readonly string[]).includes(specifier) && resolve(resolved) === join(packageRoot, 'src/index.ts');
}

/** The esbuild plugin that keeps packages and built-ins out of the bundle, or marks the bundle unusable. */
function externals(unusable: { reason?: string }, packageManifests: Set<string>): Esbuild.Plugin {
  return {
    name: 'flowgen-externals',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === 'flowgen-resolving' || args.kind === 'entry-point') return undefined;
        if (args.path.startsWith('node:') || isBuiltin(args.path)) return { path: args.path, external: true };
        const found = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'flowgen-resolving' });
        if (found.errors.length > 0) {
          if ((LIBRARY_NAMES as readonly string[]).includes(args.path)) return { path: flowgenEntry, external: true };
          unusable.reason = `cannot resolve ${args.path}`;
          return { path: args.path, external: true };
        }
        const inPackage = /[\\/]node_modules[\\/]/.test(found.path) || !/^[./]/.test(args.path);
        if (!inPackage) return { path: found.path };
        if (isRunningFlowgensOwnSource(args.path, found.path)) return { path: flowgenEntry, external: true };
        // A package name mapped to TypeScript (tsconfig `paths`, as in flowgen's own repository) needs tsx at run time.
        if (/\.[cm]?tsx?$/.test(found.path)) unusable.reason = `${args.path} is TypeScript`;
        const manifest = nearest(dirname(found.path), 'package.json');
        if (manifest) packageManifests.add(manifest);
        return { path: pathToFileURL(found.path).href, external: true };
      });
    },
  };
}

async function bundle(esbuild: typeof Esbuild, file: string, outfile: string): Promise<Bundled | undefined> {
  const unusable: { reason?: string } = {};
  const packageManifests = new Set<string>();
  let result: Esbuild.BuildResult<{ write: false; metafile: true }>;
  try {
    result = await esbuild.build({
      entryPoints: [file],
      outfile,
      absWorkingDir: dirname(file),
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'node',
      // tsx's settings, so a definition behaves as it did under tsx.
      target: `node${process.versions.node}`,
      keepNames: true,
      minifyWhitespace: true,
      sourcemap: 'inline',
      sourcesContent: false,
      logLevel: 'silent',
      plugins: [externals(unusable, packageManifests)],
    });
  } catch {
    return undefined;
  }
  if (unusable.reason !== undefined) return undefined;
  const inputs = Object.keys(result.metafile.inputs).map((input) => resolve(dirname(file), input));
  const plainInputs = inputs.every((input) => /\.(?:m?[jt]sx?|json)$/.test(input) && (input.endsWith('.json') || isEsModuleFile(input)));
  if (!plainInputs || inputs.some((input) => !input.endsWith('.json') && readFileSync(input, 'utf8').includes('import.meta'))) return undefined;
  return { text: result.outputFiles[0]!.text, inputs, packageManifests: [...packageManifests] };
}

function dependencies(file: string, bundled: Bundled): Fingerprint[] {
  const paths = new Set<string>(bundled.inputs);
  for (const input of bundled.inputs) {
    for (const name of ['package.json', 'tsconfig.json']) paths.add(nearest(dirname(input), name) ?? join(dirname(input), name));
  }
  for (const manifest of bundled.packageManifests) paths.add(manifest);
  for (const folder of ancestorNodeModules(dirname(file))) paths.add(folder);
  return [...paths].sort().map((path) => [path, stampOf(path)] as const);
}

/**
 * The `file:` URL of `file` compiled into one cached ES module, or undefined when this file must be
 * loaded by tsx (see the module header). Never throws.
 */
export async function bundledDefinitionUrl(file: string): Promise<string | undefined> {
  try {
    if (!cacheEnabled() || !isEsModuleFile(file)) return undefined;
    const entryName = `definitions/${entryKey(file, readFileSync(file))}.json`;
    const cached = readEntry(entryName);
    if (cached) return pathToFileURL(join(CACHE_FOLDER, cached.module)).href;
    // Source map paths are relative to the folder the module is written to.
    const bundled = await bundle(await importModule<typeof Esbuild>('esbuild'), file, join(CACHE_FOLDER, 'definitions', 'bundle.mjs'));
    if (!bundled) return undefined;
    const module = `definitions/${sha(bundled.text).slice(0, 32)}.mjs`;
    if (!existsSync(join(CACHE_FOLDER, module)) && !writeCached(module, bundled.text)) return undefined;
    writeCached(entryName, JSON.stringify({ module, depends: dependencies(file, bundled) } satisfies CacheEntry));
    return pathToFileURL(join(CACHE_FOLDER, module)).href;
  } catch {
    return undefined;
  }
}
