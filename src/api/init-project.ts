/**
 * `flowgen init [dir]` as a library call: the files of a new flowgen project, from the templates in
 * `templates/init/` (shipped in the package): package.json depending on flowgen, a TypeScript flow,
 * two example tenants, a GitHub Actions workflow (validate, `build --all-tenants --check`, diff on
 * pull requests) and a README. Returns the files to write; writes nothing. A directory that exists
 * and is not empty is refused (FG050): init never overwrites a user's file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import type { PendingFile } from '../util/write-atomic.js';

export interface InitOptions {
  /** The project directory (created when missing). */
  dir: string;
  cwd: string;
  /**
   * The flowgen dependency written into package.json: by default `file:<this flowgen's folder>`,
   * because this flowgen is not on the npm registry (the name `flowgen` there is another project's:
   * a version range would install a stranger's package); or `file:…/flowgen-x.y.z.tgz` for a
   * tarball made with `npm pack`, or a range once it is published.
   */
  flowgen?: string;
}

export interface InitResult {
  /** The project directory, absolute. */
  dir: string;
  files: PendingFile[];
  diagnostics: Diagnostic[];
}

/** `templates/init/` sits two levels above this module, in `src/api/` and in `build/api/` alike. */
const templatesDir = fileURLToPath(new URL('../../templates/init/', import.meta.url));
const packageJsonPath = fileURLToPath(new URL('../../package.json', import.meta.url));

/** Template names that npm would not ship or that are not their target paths. */
const RENAMES: Record<string, string> = { gitignore: '.gitignore', 'github-workflows/flowgen.yml': '.github/workflows/flowgen.yml' };

function templateFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? templateFiles(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
}

/** An npm package name from a directory name (lower case, `-` for anything npm does not allow). */
function packageName(dir: string): string {
  const name = basename(dir).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[._-]+/, '');
  return name || 'flows';
}

function isEmptyOrMissing(dir: string): 'empty' | 'missing' | 'not-empty' | 'not-a-directory' {
  let stats;
  try {
    stats = statSync(dir);
  } catch {
    return 'missing';
  }
  if (!stats.isDirectory()) return 'not-a-directory';
  return readdirSync(dir).length === 0 ? 'empty' : 'not-empty';
}

/** Whether `dir` holds only what init writes (and npm adds), with init's package.json: an init cut short. */
function looksLikeInterruptedInit(dir: string): boolean {
  const written = new Set(templateFiles(templatesDir).map((t) => (RENAMES[relative(templatesDir, t).split('\\').join('/')] ?? relative(templatesDir, t)).split(/[\\/]/)[0]!));
  for (const extra of ['node_modules', 'package-lock.json']) written.add(extra);
  const entries = readdirSync(dir);
  if (!entries.includes('package.json') || entries.some((e) => !written.has(e))) return false;
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { description?: string; devDependencies?: Record<string, string> };
    return manifest.devDependencies?.['wxcc-flowgen'] !== undefined;
  } catch {
    return false;
  }
}

export function initProject(options: InitOptions): InitResult {
  const dir = resolve(options.cwd, options.dir);
  const shown = relative(options.cwd, dir) || '.';
  const state = isEmptyOrMissing(dir);
  if (state === 'not-empty' || state === 'not-a-directory') {
    return {
      dir,
      files: [],
      diagnostics: [
        makeDiagnostic('FG050', {
          message: state === 'not-empty' ? `"${shown}" is not empty.` : `"${shown}" exists and is not a directory.`,
          location: { file: shown },
          hint:
            state === 'not-empty' && looksLikeInterruptedInit(dir)
              ? `It holds the files of an earlier \`flowgen init\` that did not finish: run \`npm install --ignore-scripts\` in "${shown}" to complete it, or remove "${shown}" and run init again.`
              : 'Run flowgen init with a new or empty directory, e.g. `npx flowgen init my-flows`; init never overwrites files.',
        }),
      ],
    };
  }
  const replacements: Record<string, string> = {
    __PROJECT_NAME__: packageName(dir),
    __FLOWGEN_DEPENDENCY__: options.flowgen ?? `file:${dirname(packageJsonPath)}`,
  };
  const files = templateFiles(templatesDir).map((template) => {
    const name = relative(templatesDir, template).split('\\').join('/');
    let contents = readFileSync(template, 'utf8');
    for (const [token, value] of Object.entries(replacements)) contents = contents.split(token).join(value);
    return { path: join(dir, RENAMES[name] ?? name), contents };
  });
  return { dir, files, diagnostics: [] };
}
