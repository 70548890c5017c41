/**
 * The CLI end to end: the built bin (`build/cli/main.js`, made by `npm test`'s build step) is
 * spawned from the repository root with outputs in a temporary directory.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../harness/paths.js';

const bin = join(repoRoot, 'build/cli/main.js');
let out: string;

function flowgen(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'flowgen-cli-'));
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

describe('flowgen build', () => {
  it('builds every flow in flows/ into <out>/<FlowName>.json, identical to the golden, and exits 0', () => {
    const result = flowgen('build', '--out-dir', out);
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['Zendesk_IVR.connectors.json', 'Zendesk_IVR.json']);
    expect(readFileSync(join(out, 'Zendesk_IVR.json'), 'utf8')).toBe(readFileSync(join(repoRoot, 'test/golden/Zendesk_IVR.json'), 'utf8'));
    expect(result.stdout).toContain('Zendesk_IVR.json');
  });

  it('builds a flow named by path', () => {
    const result = flowgen('build', 'test/fixtures/made/hello.flow.ts', '-o', out);
    expect(result.code).toBe(0);
    expect(existsSync(join(out, 'Hello_World.json'))).toBe(true);
  });

  it('an unwired menu fails with FG102 at the author\'s line, exit 1, and writes nothing', () => {
    const result = flowgen('build', 'test/fixtures/made/unwired-menu.flow.ts', '-o', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/test\/fixtures\/made\/unwired-menu\.flow\.ts:7:\d+ - error FG102 unwired-port: "Menu" has no link from port "timeout"\./);
    expect(result.stderr).toContain('hint:');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(out)).toEqual([]);
  });

  it('is all or nothing: one bad flow among good ones writes no file at all', () => {
    const result = flowgen('build', 'test/fixtures/made/hello.flow.ts', 'test/fixtures/made/unwired-menu.flow.ts', '-o', out);
    expect(result.code).toBe(1);
    expect(readdirSync(out)).toEqual([]);
  });

  it('a definition that throws is FG001, not a stack trace', () => {
    const result = flowgen('build', 'test/fixtures/made/throws.flow.ts', '-o', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/throws\.flow\.ts:5:\d+ - error FG001 definition-threw: The flow definition threw an error: tenant table missing/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('a syntax error is FG001 with the parser\'s position', () => {
    const result = flowgen('build', 'test/fixtures/made/syntax/broken-syntax.flow.ts', '-o', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/broken-syntax\.flow\.ts:6:\d+ - error FG001/);
  });

  it('a module without a flow is FG002', () => {
    const result = flowgen('build', 'test/fixtures/made/not-a-flow.flow.ts', '-o', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('FG002');
  });

  it('a JSON export given to build is FG002 with a pointer to import, exit 1', () => {
    const result = flowgen('build', 'test/golden/Zendesk_IVR.json', '-o', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('FG002');
    expect(result.stderr).toContain('flowgen import');
  });

  it('a missing path is FG004 and exit 1', () => {
    const result = flowgen('build', 'no/such/flow.flow.ts', '-o', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('FG004');
  });

  it('--format json prints the diagnostics as JSON', () => {
    const result = flowgen('build', 'test/fixtures/made/unwired-menu.flow.ts', '-o', out, '--format', 'json');
    expect(result.code).toBe(1);
    const diagnostics = JSON.parse(result.stdout).diagnostics as { code: string; data: { port: string } }[];
    expect(diagnostics.map((d) => `${d.code}:${d.data.port}`).sort()).toEqual(['FG102:invalid', 'FG102:timeout']);
  });

  it('an unknown --format, or --tenant with --all-tenants, is a usage error (exit 2)', () => {
    expect(flowgen('build', '--format', 'bogus', '-o', out).code).toBe(2);
    expect(flowgen('build', '--tenant', 'acme', '--all-tenants', '-o', out).code).toBe(2);
  });

  it('a rename that fails (a directory in the way) leaves no temporary file and says what was written', () => {
    mkdirSync(join(out, 'Zendesk_IVR.connectors.json'));
    writeFileSync(join(out, 'Zendesk_IVR.connectors.json', 'keep'), '');
    const result = flowgen('build', '-o', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('could not write the output files');
    expect(readdirSync(out).filter((f) => f.startsWith('.flowgen-tmp'))).toEqual([]);
  });
});

describe('flowgen usage', () => {
  it('--help lists the build command and exits 0', () => {
    const result = flowgen('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('build [options] [paths...]');
  });

  it('--version prints the package version', () => {
    const result = flowgen('--version');
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version);
  });

  it('an unknown option is a usage error, exit 2', () => {
    expect(flowgen('build', '--no-such-option').code).toBe(2);
    expect(flowgen('frobnicate').code).toBe(2);
  });
});
