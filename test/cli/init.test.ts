/**
 * `flowgen init` end to end: the built bin scaffolds a project in a temporary directory; the
 * project installs flowgen from a tarball of this repository (`npm pack`, so nothing is fetched
 * that npm's cache does not already hold: `--prefer-offline`) and builds every tenant with its own
 * `npx flowgen build --all-tenants`, then passes the checks its CI workflow runs. A non-empty
 * directory is refused (FG050, exit 1) and left as it was.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../harness/paths.js';

const bin = join(repoRoot, 'build/cli/main.js');
let work: string;

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'flowgen-init-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('flowgen init', () => {
  it('refuses a directory that is not empty, writing nothing (FG050, exit 1)', () => {
    const dir = join(work, 'taken');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const result = run(process.execPath, [bin, 'init', 'taken', '--format', 'json'], work);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).diagnostics).toMatchObject([{ code: 'FG050', location: { file: 'taken' } }]);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('scaffolds a project that installs flowgen, builds every tenant and passes its own CI checks', () => {
    // GIVEN a tarball of this repository, as `npm pack` makes it for the registry
    const pack = run('npm', ['pack', repoRoot, '--ignore-scripts', '--pack-destination', work, '--json'], work);
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = join(work, (JSON.parse(pack.stdout) as { filename: string }[])[0]!.filename);

    // WHEN flowgen init scaffolds x depending on it
    const init = run(process.execPath, [bin, 'init', 'x', '--flowgen', `file:${tarball}`, '--no-install'], work);
    expect(init.status, init.stderr).toBe(0);
    const project = join(work, 'x');
    const files = (dir: string, prefix = ''): string[] =>
      readdirSync(join(project, prefix), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(dir, join(prefix, e.name)) : [join(prefix, e.name)])).sort();
    expect(files(project)).toEqual(['.github/workflows/flowgen.yml', '.gitignore', 'README.md', 'flows/hello-ivr.flow.ts', 'package.json', 'tenants/acme.yaml', 'tenants/globex.yaml', 'tsconfig.json']);
    expect(JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'))).toMatchObject({ name: 'x', devDependencies: { 'wxcc-flowgen': `file:${tarball}` } });
    const workflow = readFileSync(join(project, '.github/workflows/flowgen.yml'), 'utf8');
    for (const step of ['npm ci', 'npx flowgen validate flows', 'npx flowgen build --all-tenants --check', 'npx flowgen diff --git']) expect(workflow).toContain(step);

    // THEN it installs and builds both tenants, and CI's checks pass on the result
    const install = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], project);
    expect(install.status, install.stderr).toBe(0);
    const build = run('npx', ['flowgen', 'build', '--all-tenants'], project);
    expect(build.status, build.stderr).toBe(0);
    expect(readdirSync(join(project, 'dist')).sort()).toEqual(['acme', 'globex']);
    const acme = readFileSync(join(project, 'dist/acme/Hello_IVR_acme.json'), 'utf8');
    const globex = readFileSync(join(project, 'dist/globex/Hello_IVR_globex.json'), 'utf8');
    expect(acme).toContain('Welcome to Acme.');
    expect(globex).toContain('Welcome to Globex Corporation.');
    expect(run('npx', ['flowgen', 'validate', 'flows'], project).status).toBe(0);
    expect(run('npx', ['flowgen', 'build', '--all-tenants', '--check'], project).status).toBe(0);
  }, 180_000);
});
