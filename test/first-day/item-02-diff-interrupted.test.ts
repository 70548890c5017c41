/**
 * Issue 17 item 2: Ctrl-C (SIGINT) or SIGTERM during `flowgen diff --git` leaves no temporary
 * definition behind, and build never reads one.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../harness/paths.js';
import { scratchProject, type ScratchProject } from '../harness/scratch-project.js';

let project: ScratchProject;
const hello = readFileSync(join(repoRoot, 'test/fixtures/made/hello.flow.ts'), 'utf8');
// The committed version takes a minute to load, so the signal arrives while its copy exists.
const slowHello = hello.replace("import { defineFlow, z } from 'wxcc-flowgen';", "import { defineFlow, z } from 'wxcc-flowgen';\nawait new Promise((resolve) => setTimeout(resolve, 60_000));");

function git(...args: string[]): void {
  const result = spawnSync('git', ['-c', 'user.email=made@example.com', '-c', 'user.name=Made Fixture', '-c', 'commit.gpgsign=false', ...args], { cwd: project.root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
}

beforeAll(() => {
  project = scratchProject();
  writeFileSync(join(project.root, 'flows/hello.flow.ts'), slowHello);
  writeFileSync(join(project.root, '.gitignore'), 'node_modules\ndist\n');
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'made');
  writeFileSync(join(project.root, 'flows/hello.flow.ts'), hello);
});
afterAll(() => project.remove());

const temporaries = (): string[] => readdirSync(join(project.root, 'flows')).filter((e) => e.includes('flowgen-diff'));

async function interrupt(signal: NodeJS.Signals): Promise<number | null> {
  const child = project.start(['diff', '--git', 'HEAD', '--', 'flows/hello.flow.ts']);
  for (let waited = 0; temporaries().length === 0; waited += 50) {
    if (waited > 45_000) throw new Error('the temporary copy never appeared');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.kill(signal);
  return exited;
}

describe('item 2: diff --git interrupted', () => {
  it('item 2: SIGINT removes the temporary copy and exits 130; the next build succeeds', async () => {
    expect(await interrupt('SIGINT')).toBe(130);
    expect(temporaries()).toEqual([]);
    const build = project.flowgen(['build', '-o', 'out']);
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
  }, 90_000);

  it('item 2: SIGTERM removes it too (exit 143)', async () => {
    expect(await interrupt('SIGTERM')).toBe(143);
    expect(temporaries()).toEqual([]);
  }, 90_000);

  it('item 2: build skips dot files in flows/ (a copy left by a killed process is never built)', () => {
    writeFileSync(join(project.root, 'flows/.hello.flowgen-diff-1-2.flow.ts'), hello);
    const build = project.flowgen(['build', '-o', 'out']);
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
  });
});
