/** The built bin (`build/cli/main.js`, made by `npm run build`) run as a user runs it, with NO_COLOR. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './paths.js';

export const builtBin = join(repoRoot, 'build/cli/main.js');

export function runBuiltCli(args: readonly string[], cwd = repoRoot): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [builtBin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
