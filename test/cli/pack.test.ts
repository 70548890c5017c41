/**
 * The package as npm ships it (issue 16): `npm pack`'s tarball holds what an installed flowgen
 * needs and nothing of the checkout's own (sources, tests), installs into an empty folder offline
 * from npm's cache, and there `npx flowgen init demo && cd demo && npx flowgen build` works, the
 * project type-checks against the installed types, and every guide `--help` names is installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_GUIDES } from '../../src/cli/guides.js';
import { repoRoot } from '../harness/paths.js';

let work: string;
let tarball: string;
let packed: string[];

/** Offline: everything comes from npm's cache, and a package missing there fails the test instead of being fetched. */
function run(command: string, args: string[], cwd: string) {
  const env = { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false', npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'flowgen-pack-'));
  const pack = run('npm', ['pack', repoRoot, '--ignore-scripts', '--pack-destination', work, '--json'], work);
  expect(pack.status, pack.stderr).toBe(0);
  const [report] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, report!.filename);
  packed = report!.files.map((file) => file.path);
}, 120_000);
// Two installed copies of the package (docs included) take a while to delete on a busy machine.
afterAll(() => rmSync(work, { recursive: true, force: true }), 60_000);

describe('npm pack', () => {
  it('is named wxcc-flowgen and ships the build, schemas, templates and docs, not the sources or tests', () => {
    expect(tarball).toMatch(/wxcc-flowgen-\d+\.\d+\.\d+\.tgz$/);
    for (const file of ['package.json', 'README.md', 'build/cli/main.js', 'build/index.js', 'build/index.d.ts', 'schemas/flow.schema.json', 'schemas/flow-yaml.schema.json', 'schemas/tenant-yaml.schema.json', 'templates/init/package.json', 'templates/flow.ts.hbs', 'docs/README.md']) {
      expect(packed).toContain(file);
    }
    for (const page of new Set(Object.values(COMMAND_GUIDES))) expect(packed).toContain(`docs/${page}`);
    expect(packed.filter((file) => /^(src|test|bench|scripts|flows|tenants)\//.test(file))).toEqual([]);
  });

  it('installs into an empty folder, where `npx flowgen init demo && cd demo && npx flowgen build` works', () => {
    // GIVEN an empty folder with only the tarball installed (offline, from npm's cache)
    const folder = join(work, 'empty');
    mkdirSync(folder);
    const install = run('npm', ['install', tarball], folder);
    expect(install.status, install.stderr).toBe(0);
    const installed = join(folder, 'node_modules/wxcc-flowgen');
    expect(JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'))).toMatchObject({ name: 'wxcc-flowgen', bin: { flowgen: 'build/cli/main.js' } });

    // WHEN init scaffolds demo there (it runs npm install itself) and demo builds
    const init = run('npx', ['flowgen', 'init', 'demo'], folder);
    expect(init.status, init.stderr).toBe(0);
    const demo = join(folder, 'demo');
    expect(JSON.parse(readFileSync(join(demo, 'package.json'), 'utf8')).devDependencies['wxcc-flowgen']).toBe(`file:${installed}`);
    const build = run('npx', ['flowgen', 'build'], demo);

    // THEN the flow is built, type-checks against the installed types, and validates
    expect(build.status, build.stderr).toBe(0);
    expect(build.stdout).toContain('wrote dist/Hello_IVR.json');
    expect(readdirSync(join(demo, 'dist')).sort()).toEqual(['Hello_IVR.connectors.json', 'Hello_IVR.json']);
    expect(readFileSync(join(demo, 'flows/hello-ivr.flow.ts'), 'utf8')).toContain("from 'wxcc-flowgen'");
    const typecheck = run('npx', ['tsc', '--noEmit'], demo);
    expect(typecheck.stdout + typecheck.stderr).toBe('');
    expect(typecheck.status).toBe(0);
    expect(run('npx', ['flowgen', 'validate', 'flows'], demo).status).toBe(0);

    // AND the guides --help names are the installed ones
    const help = run('npx', ['flowgen', 'build', '--help'], demo);
    const guide = /^Guide: (.+)$/m.exec(help.stdout)?.[1];
    expect(guide).toBe(join(installed, 'docs/writing-flows.md'));
    expect(existsSync(guide!)).toBe(true);
    // and the schema path the YAML guide gives projects is there
    expect(existsSync(join(installed, 'schemas/flow-yaml.schema.json'))).toBe(true);
  }, 240_000);
});
