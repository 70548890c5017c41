/** Where a command works: the project root (found as git and npm do) and the paths the user typed. */
import { relative, resolve } from 'node:path';
import { findProjectRoot } from '../load/project-root.js';

export interface ProjectPaths {
  root: string;
  /**
   * The user's paths (typed relative to where flowgen runs, as every CLI takes them), made
   * relative to the root: the API resolves them there and diagnostics show them so (as GitHub's
   * annotations need).
   */
  paths: string[];
  /** The output folder: the flag relative to where flowgen runs, else `fallback` in the root. */
  outDir: string;
}

export function projectPaths(paths: readonly string[], outDir: string | undefined, fallback: string): ProjectPaths {
  const cwd = process.cwd();
  const root = findProjectRoot(cwd);
  return { root, paths: paths.map((p) => relative(root, resolve(cwd, p)) || '.'), outDir: outDir === undefined ? resolve(root, fallback) : resolve(cwd, outDir) };
}

/** commander's way to make an option repeatable without letting it swallow the paths after it. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
