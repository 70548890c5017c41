/**
 * A scratch copy of this checkout, as a new user has it: in a folder whose path holds spaces, a
 * comma, `#` and non-ASCII letters, with its own src/, build/, flows/, templates/ and tenants/
 * (node_modules is linked, not copied). The CLI runs from the copy's build/, so every path a
 * diagnostic names, flowgen's own included, has those characters.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './paths.js';

export const AWKWARD_FOLDER = 'Mý Prøject #1,a';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface ScratchProject {
  /** The project root (the copy of the checkout). */
  root: string;
  /** Runs the copy's CLI (`node <root>/build/cli/main.js …`) in `cwd` (default: the root). */
  flowgen(args: readonly string[], options?: { cwd?: string; env?: NodeJS.ProcessEnv }): CliResult;
  /** Starts the CLI without waiting (for signals). */
  start(args: readonly string[], options?: { cwd?: string }): ChildProcess;
  remove(): void;
}

const copied = ['package.json', 'tsconfig.json', 'src', 'build', 'schemas', 'flows', 'templates', 'tenants'];
/**
 * Where the copy comes from: this checkout, or (to show that a test fails before its fix) another
 * built checkout of flowgen named by FLOWGEN_SCRATCH_SOURCE, e.g. `git archive <commit>` built.
 */
const source = process.env['FLOWGEN_SCRATCH_SOURCE'] ?? repoRoot;

export function scratchProject(folder = AWKWARD_FOLDER): ScratchProject {
  const base = mkdtempSync(join(tmpdir(), 'flowgen-first-day-'));
  const root = join(base, folder);
  mkdirSync(root, { recursive: true });
  for (const entry of copied) cpSync(join(source, entry), join(root, entry), { recursive: true });
  rmSync(join(root, 'build/.tsbuildinfo'), { force: true });
  symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  const bin = join(root, 'build/cli/main.js');
  const env = (extra: NodeJS.ProcessEnv = {}) => ({ ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...extra });
  return {
    root,
    flowgen(args, options = {}) {
      const result = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? root, encoding: 'utf8', env: env(options.env) });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    },
    start(args, options = {}) {
      return spawn(process.execPath, [bin, ...args], { cwd: options.cwd ?? root, env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    },
    remove: () => rmSync(base, { recursive: true, force: true }),
  };
}
