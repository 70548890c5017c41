/**
 * Crash- and concurrency-safe outputs, end to end through the built CLI: a multi-tenant build
 * killed (SIGKILL) at seeded random points while it writes leaves dist/ wholly as before or
 * wholly new (or, between the transaction's two renames, the old tree intact beside a missing
 * dist/, which the next build restores), and two builds writing the same dist/ at once leave it
 * wholly one build's. FLOWGEN_TEST_WRITE_PAUSE_MS stretches each write step so the kills land
 * between two files.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseSeed, makeRandom } from '../../scripts/fuzz/random.js';
import { repoRoot } from '../harness/paths.js';

const bin = join(repoRoot, 'build/cli/main.js');
const TENANTS = ['acme', 'globex', 'initech', 'umbrella', 'hooli', 'stark'];
const PAUSE_MS = 25;
let base: string;

type Tree = Record<string, string>;

function tree(dir: string): Tree | undefined {
  if (!existsSync(dir)) return undefined;
  const out: Tree = {};
  const walk = (at: string): void => {
    for (const entry of readdirSync(at)) {
      const path = join(at, entry);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return out;
}

function writeTree(dir: string, files: Tree): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** A project whose tenants all say `company`, so two versions differ in every output file. */
function project(name: string, company: string): string {
  const dir = join(base, name);
  mkdirSync(join(dir, 'flows'), { recursive: true });
  mkdirSync(join(dir, 'tenants'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(
    join(dir, 'flows/support.flow.ts'),
    `import { defineFlow, z } from ${JSON.stringify(join(repoRoot, 'build/index.js'))};
export default defineFlow({ name: 'Support', params: z.object({ company: z.string() }) }, (f, p) => {
  const hello = f.playMessage('Hello', { say: \`Welcome to \${p.company}.\` });
  f.start.then(hello).then(f.disconnect('Bye'));
});
`,
  );
  for (const tenant of TENANTS) writeFileSync(join(dir, `tenants/${tenant}.yaml`), `flowName: "{flow}_{tenant}"\nflows:\n  Support:\n    params: { company: ${company} ${tenant} }\n`);
  return dir;
}

function build(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [bin, 'build', '--all-tenants', '-q', ...args], { cwd, encoding: 'utf8' });
}

function buildAsync(cwd: string, env: Record<string, string>, ...args: string[]) {
  const child = spawn(process.execPath, [bin, 'build', '--all-tenants', '-q', ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr })));
  return { child, exited };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'flowgen-crash-'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('a build killed while it writes dist/', () => {
  it('leaves dist/ wholly as before or wholly new, at every seeded kill point', { timeout: 600_000 }, async () => {
    // GIVEN dist/ built from version A, and version B's outputs (built elsewhere) to compare with
    const dir = project('killed', 'Alpha');
    expect(build(dir).status).toBe(0);
    const before = tree(join(dir, 'dist'))!;
    expect(Object.keys(before)).toHaveLength(TENANTS.length * 2);
    for (const tenant of TENANTS) writeFileSync(join(dir, `tenants/${tenant}.yaml`), `flowName: "{flow}_{tenant}"\nflows:\n  Support:\n    params: { company: Beta ${tenant} }\n`);
    expect(build(dir, '-o', 'expected').status).toBe(0);
    const after = tree(join(dir, 'expected'))!;
    rmSync(join(dir, 'expected'), { recursive: true });
    // How long the (slowed) write takes on this machine, from taking the lock to exiting.
    const timed = buildAsync(dir, { FLOWGEN_TEST_WRITE_PAUSE_MS: String(PAUSE_MS) }, '-o', 'timed');
    while (!existsSync(join(dir, '.timed.flowgen-lock')) && timed.child.exitCode === null) await sleep(2);
    const locked = Date.now();
    expect((await timed.exited).code).toBe(0);
    const writeMs = Date.now() - locked;
    rmSync(join(dir, 'timed'), { recursive: true });
    const outcomes: string[] = [];

    for (let run = 0; run < 8; run++) {
      writeTree(join(dir, 'dist'), before);
      // WHEN a build is killed a seeded moment after it takes the output lock
      const random = makeRandom(caseSeed(20261201, run));
      const delay = random.below(Math.ceil(writeMs * 1.1));
      const { child, exited } = buildAsync(dir, { FLOWGEN_TEST_WRITE_PAUSE_MS: String(PAUSE_MS) });
      while (!existsSync(join(dir, '.dist.flowgen-lock')) && child.exitCode === null) await sleep(2);
      await sleep(delay);
      child.kill('SIGKILL');
      await exited;

      // THEN dist/ is A or B, or missing with A intact beside it
      const now = tree(join(dir, 'dist'));
      const old = tree(join(dir, '.dist.flowgen-old'));
      if (now === undefined) {
        expect(old, `run ${run}: no dist/ and no old tree`).toEqual(before);
        outcomes.push('between renames');
      } else if (JSON.stringify(now) === JSON.stringify(before)) outcomes.push('before');
      else {
        expect(now, `run ${run} (killed ${delay} ms in): dist/ is a mix`).toEqual(after);
        outcomes.push('after');
      }
    }
    // The kill points spread over the write: some runs were killed before the swap, some after.
    expect(outcomes).toContain('before');
    expect(outcomes.filter((o) => o !== 'before').length).toBeGreaterThan(0);

    // AND the next build repairs whatever was left and writes B, leaving no temporary trees
    expect(build(dir).status).toBe(0);
    expect(tree(join(dir, 'dist'))).toEqual(after);
    expect(readdirSync(dir).filter((e) => e.includes('flowgen'))).toEqual([]);
  });
});

describe('two builds writing the same dist/ at once', () => {
  it('never interleave: dist/ is wholly one build or the other', { timeout: 300_000 }, async () => {
    // GIVEN two projects whose outputs have the same names and different contents
    const x = project('x', 'Xylo');
    const y = project('y', 'Yak');
    const out = join(base, 'shared-dist');
    const expected: Tree[] = [];
    for (const dir of [x, y]) {
      expect(build(dir, '-o', join(dir, 'alone')).status).toBe(0);
      expected.push(tree(join(dir, 'alone'))!);
    }
    for (let run = 0; run < 2; run++) {
      // WHEN both build into it at the same time, each step slowed down
      const builds = [x, y].map((dir) => buildAsync(dir, { FLOWGEN_TEST_WRITE_PAUSE_MS: '10' }, '-o', out));
      const results = await Promise.all(builds.map((b) => b.exited));
      // THEN both succeed and dist/ is exactly one of them
      for (const result of results) expect(result).toMatchObject({ code: 0, stderr: '' });
      const now = JSON.stringify(tree(out));
      expect([JSON.stringify(expected[0]), JSON.stringify(expected[1])]).toContain(now);
    }
    expect(readdirSync(base).filter((e) => e.includes('flowgen'))).toEqual([]);
  });
});
