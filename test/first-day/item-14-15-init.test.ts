/**
 * Issue 17 items 14 and 15: `flowgen init` in a path with spaces installs without running this
 * checkout's scripts, prints a "Next:" line a shell can run, links no stranger's package, helps
 * after an interrupted init; its project type-checks flows, and the check catches a wrong port.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchProject, type ScratchProject } from '../harness/scratch-project.js';

let project: ScratchProject;
let work: string;
const env = { npm_config_prefer_offline: 'true', npm_config_update_notifier: 'false' };

beforeAll(() => {
  project = scratchProject();
  work = dirname(project.root);
});
afterAll(() => project.remove());

const npm = (args: string[], cwd: string) => spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });

describe('items 14 and 15: flowgen init', () => {
  it('item 14 / item 15: init "new flows" installs without the checkout\'s prepare, quotes Next:, and its typecheck catches a wrong port', () => {
    const built = statSync(join(project.root, 'build/index.js')).mtimeMs;
    const init = project.flowgen(['init', 'new flows'], { cwd: work, env });
    expect(init.code, init.stderr).toBe(0);
    // item 14: the checkout's build/ was not rebuilt by npm running its prepare script
    expect(statSync(join(project.root, 'build/index.js')).mtimeMs).toBe(built);
    expect(init.stderr).not.toContain('> tsc');
    // item 14: the Next: line runs in a shell as printed
    const next = /Next: (.+)/.exec(init.stdout)![1]!;
    expect(next).toBe("cd 'new flows' && npx flowgen build --all-tenants");
    const shell = spawnSync('sh', ['-c', next], { cwd: work, encoding: 'utf8' });
    expect(shell.status, shell.stderr).toBe(0);
    const created = join(work, 'new flows');
    // item 14: no link to the unrelated registry package
    expect(readFileSync(join(created, 'README.md'), 'utf8')).not.toContain('npmjs.com/package/flowgen');
    // item 15: typescript, a tsconfig and a typecheck script, run by CI
    const manifest = JSON.parse(readFileSync(join(created, 'package.json'), 'utf8'));
    expect(manifest.devDependencies.typescript).toBeDefined();
    expect(manifest.scripts.typecheck).toBe('tsc --noEmit');
    expect(readFileSync(join(created, '.github/workflows/flowgen.yml'), 'utf8')).toContain('- run: npm run typecheck');
    expect(npm(['run', 'typecheck'], created).status).toBe(0);
    // item 15: a wrong port is a type error
    const flow = join(created, 'flows/hello-ivr.flow.ts');
    writeFileSync(flow, readFileSync(flow, 'utf8').replace("queue.on('failure', goodbye);", "queue.on('failed', goodbye);"));
    const wrong = npm(['run', 'typecheck'], created);
    expect(wrong.status).not.toBe(0);
    expect(wrong.stdout).toMatch(/hello-ivr\.flow\.ts\(\d+,\d+\): error TS2345: Argument of type '"failed"'/);
    // and diagnostics there name the project's own files (item 1, in init's project)
    const build = project.flowgen(['build'], { cwd: created });
    expect(build.stderr).not.toContain('flows/flows/');
  }, 300_000);

  it('item 14: re-running init on an interrupted init says how to finish it', () => {
    const dir = join(work, 'half done');
    mkdirSync(join(dir, 'flows'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'half-done', devDependencies: { 'wxcc-flowgen': 'file:..' } }));
    const result = project.flowgen(['init', 'half done', '--format', 'json'], { cwd: work });
    expect(result.code).toBe(1);
    const [diagnostic] = JSON.parse(result.stdout).diagnostics;
    expect(diagnostic.code).toBe('FG050');
    expect(diagnostic.hint).toContain('earlier `flowgen init` that did not finish');
    expect(diagnostic.hint).toContain('npm install --ignore-scripts');
    rmSync(dir, { recursive: true });
  });
});
