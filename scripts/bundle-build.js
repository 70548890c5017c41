/**
 * Part of `npm run build` (after tsc and the schema validator): bundles the CLI and the library
 * into one script, build/bundle/flowgen.cjs, which build/util/bundle-loader.js runs with V8's code
 * cache (issue 13). A command then reads one file of flowgen's instead of ~140 and ~80 of zod's,
 * and compiles none of it after its first run: module loading and compiling were most of a short
 * command. `import()`s of flowgen's own modules stay lazy (esbuild runs a module's code on its
 * first import), so a command still runs only the code it needs.
 *
 * The public paths stay as they were: build/cli/main.js (the bin) and build/index.js (the library)
 * become small modules that load the bundle, so the CLI and a flow definition that imports
 * `wxcc-flowgen` share one copy of flowgen, one zod and one registry.
 *
 * What the bundle keeps as it was:
 * - packages stay where Node finds them (commander, ajv, elkjs, prettier, yaml, tsx, esbuild…),
 *   except zod; zod's locales (a third of zod, which `z.locales` and `z.core.locales` make
 *   unshakeable) are loaded from the package the first time either is read;
 * - each module's `import.meta.url` still names its own compiled file under build/ (they all stay
 *   there), so files found beside it (schemas, templates, the precompiled validator, the layout's
 *   code hash) are found as before.
 * `FLOWGEN_BUNDLE=0 npm run build` leaves the bundle out (the compiled modules then run as they are).
 */
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const buildDir = fileURLToPath(new URL('../build/', import.meta.url));
const bundleDir = join(buildDir, 'bundle');
const bundleFile = join(bundleDir, 'flowgen.cjs');
/** Marks the small entry modules, so bundling again without tsc before it fails instead of bundling them. */
const ENTRY_MARK = '// flowgen: loads build/bundle/flowgen.cjs (scripts/bundle-build.js)';
const ENTRY = 'flowgen:entry';
const LAZY_LOCALES = 'flowgen:lazy-zod-locales';

/**
 * What the bin needs, and the library behind a function: a command runs only the modules it
 * imports (a module reached by `require` runs when first required), so `validate` does not run
 * the simulator's or the deploy client's module code, nor load their packages.
 */
const entrySource = `export { runCli, COMMAND_NAMES } from ${JSON.stringify(join(buildDir, 'cli/run.js'))};
export const library = () => require(${JSON.stringify(join(buildDir, 'index.js'))});
`;

/** `z.locales` as an object whose members load zod's own locale files when first read. */
const lazyLocalesSource = `let all;
const load = () => (all ??= require('zod/v4/locales'));
const names = () => Object.keys(load()).filter((name) => name !== '__esModule');
export const locales = new Proxy({}, {
  get: (_, name) => (name === '__esModule' ? undefined : load()[name]),
  has: (_, name) => names().includes(name),
  ownKeys: () => names(),
  getOwnPropertyDescriptor: (_, name) => (names().includes(name) ? { value: load()[name], writable: false, enumerable: true, configurable: true } : undefined),
});
`;
const ZOD_LOCALES_LINE = 'export * as locales from "../locales/index.js";';

const virtualModules = {
  name: 'virtual-modules',
  setup(build) {
    build.onResolve({ filter: /^flowgen:/ }, (args) => ({ path: args.path, namespace: 'flowgen' }));
    build.onLoad({ filter: /.*/, namespace: 'flowgen' }, (args) => ({
      contents: args.path === ENTRY ? entrySource : lazyLocalesSource,
      loader: 'js',
      resolveDir: buildDir,
    }));
  },
};

/** Keeps every package but zod outside the bundle, required (or imported) by name as the compiled file did. */
const packagesOutside = {
  name: 'packages-outside',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      const bundled = /^zod(\/|$)/.test(args.path) && !(args.namespace === 'flowgen' && args.importer === LAZY_LOCALES);
      return bundled ? undefined : { path: args.path, external: true };
    });
  },
};

const lazyZodLocales = {
  name: 'lazy-zod-locales',
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/](classic[\\/]external|core[\\/]index)\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes(ZOD_LOCALES_LINE)) throw new Error(`${args.path} no longer says ${ZOD_LOCALES_LINE}: update scripts/bundle-build.js for this zod`);
      return { contents: text.replace(ZOD_LOCALES_LINE, `export { locales } from '${LAZY_LOCALES}';`), loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

/** util/import-module.js, in the bundle: the loader imports (a `vm.Script` cannot `import()` on Node 20). */
const importThroughLoader = {
  name: 'import-through-loader',
  setup(build) {
    build.onLoad({ filter: /[\\/]util[\\/]import-module\.js$/ }, (args) =>
      args.path === join(buildDir, 'util/import-module.js')
        ? { contents: 'export function importModule(specifier) {\n  return __flowgenImport(specifier);\n}\n', loader: 'js' }
        : undefined,
    );
  },
};

/** Rewrites `import.meta.url` in each of flowgen's compiled files to the URL of that file (the bundle's `__dirname` is the loader's). */
const ownModuleUrls = {
  name: 'own-module-urls',
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!args.path.startsWith(buildDir)) return undefined;
      const text = await readFile(args.path, 'utf8');
      if (text.includes(ENTRY_MARK)) throw new Error(`${args.path} already loads the bundle: run tsc first (npm run build)`);
      const ownUrl = `require("node:url").pathToFileURL(require("node:path").join(__dirname, ${JSON.stringify(relative(bundleDir, args.path))})).href`;
      return { contents: text.replaceAll('import.meta.url', ownUrl), loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

async function bundle() {
  await esbuild.build({
    entryPoints: [ENTRY],
    outfile: bundleFile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [virtualModules, lazyZodLocales, packagesOutside, importThroughLoader, ownModuleUrls],
  });
  return createHash('sha256').update(await readFile(bundleFile)).digest('hex');
}

/** The library's export names, read from the bundle itself (so the library module lists exactly what the bundle has). */
function exportNames() {
  return Object.keys(createRequire(import.meta.url)(bundleFile).library()).filter((name) => name !== '__esModule').sort();
}

const loaderUrl = (from) => {
  const path = relative(dirname(from), join(buildDir, 'util/bundle-loader.js'));
  return path.startsWith('.') ? path : `./${path}`;
};
const bundleUrl = (from) => relative(dirname(from), bundleFile);

function binSource(hash, commands) {
  const from = join(buildDir, 'cli/main.js');
  return `#!/usr/bin/env node
${ENTRY_MARK}
import { fileURLToPath } from 'node:url';
import { loadBundle } from '${loaderUrl(from)}';

const commands = ${JSON.stringify(commands)};
const named = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
const use = commands.includes(named) ? named : 'cli';
const { runCli } = loadBundle(fileURLToPath(new URL('${bundleUrl(from)}', import.meta.url)), '${hash}', use);
await runCli(process.argv);
`;
}

function librarySource(hash, names) {
  const from = join(buildDir, 'index.js');
  return `${ENTRY_MARK}
import { fileURLToPath } from 'node:url';
import { loadBundle } from '${loaderUrl(from)}';

const flowgen = loadBundle(fileURLToPath(new URL('${bundleUrl(from)}', import.meta.url)), '${hash}', 'library').library();
export const { ${names.join(', ')} } = flowgen;
`;
}

await rm(bundleDir, { recursive: true, force: true });
if (process.env.FLOWGEN_BUNDLE !== '0') {
  const hash = await bundle();
  const names = exportNames();
  const { COMMAND_NAMES } = createRequire(import.meta.url)(bundleFile);
  await writeFile(join(buildDir, 'cli/main.js'), binSource(hash, COMMAND_NAMES));
  await writeFile(join(buildDir, 'index.js'), librarySource(hash, names));
}
