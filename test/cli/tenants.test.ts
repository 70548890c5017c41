/**
 * `flowgen build --tenant / --all-tenants`, `build --check --tenant` and `diff --tenant` end to
 * end: the built bin runs in a temporary project (a flow, tenants/, templates/).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../harness/paths.js';

const bin = join(repoRoot, 'build/cli/main.js');
let project: string;

function flowgen(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const write = (path: string, text: string) => {
  mkdirSync(join(project, path, '..'), { recursive: true });
  writeFileSync(join(project, path), text);
};

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'flowgen-tenants-'));
  write('package.json', '{ "type": "module" }\n');
  write(
    'flows/support.flow.ts',
    `import { defineFlow, z } from ${JSON.stringify(join(repoRoot, 'build/index.js'))};
export default defineFlow({ name: 'Support', params: z.object({ company: z.string().min(1), queueId: z.string().default('q-1') }) }, (f, p) => {
  const hello = f.playMessage('Hello', { say: f.renderText('hello', { values: { company: p.company } }) });
  f.start.then(hello).then(f.disconnect('Bye'));
});
`,
  );
  write('templates/hello.txt.hbs', 'Welcome to [[company]].\n');
  write('tenants/acme.yaml', 'flowName: "{flow}_{tenant}"\nflows:\n  Support:\n    params: { company: Acme }\n');
  write('tenants/globex.yaml', 'flows:\n  Support:\n    params:\n      company: Globex\n');
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

describe('flowgen build with tenants', () => {
  it('--all-tenants writes dist/<tenant>/<FlowName>.json for every tenant, named by flowName', () => {
    const result = flowgen('build', '--all-tenants');
    // globex has no flowName, so its flow keeps the base name: a warning (issue 17 item 11), not an error.
    expect(result.stderr).toContain('tenants/globex.yaml - warning FG512 tenant-flow-name-unchanged');
    expect(result.code).toBe(0);
    expect(readdirSync(join(project, 'dist/acme')).sort()).toEqual(['Support_acme.connectors.json', 'Support_acme.json']);
    expect(readdirSync(join(project, 'dist/globex')).sort()).toEqual(['Support.connectors.json', 'Support.json']);
    expect(readFileSync(join(project, 'dist/globex/Support.json'), 'utf8')).toContain('Welcome to Globex.');
  });

  it('--tenant builds one tenant; an unknown tenant is FG510 with a suggestion', () => {
    expect(flowgen('build', '--tenant', 'acme').code).toBe(0);
    expect(readdirSync(join(project, 'dist'))).toEqual(['acme']);
    const wrong = flowgen('build', '--tenant', 'acm');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('FG510');
    expect(wrong.stderr).toContain('Did you mean "acme"?');
  });

  it('is all or nothing: one bad tenant fails the build, names the line, and leaves the previous dist/ intact', () => {
    expect(flowgen('build', '--all-tenants').code).toBe(0);
    const before = readFileSync(join(project, 'dist/acme/Support_acme.json'), 'utf8');
    write('tenants/acme.yaml', 'flowName: "{flow}_{tenant}"\nflows:\n  Support:\n    params: { company: Acme Two }\n');
    write('tenants/globex.yaml', 'flows:\n  Support:\n    params:\n      company: 42\n');
    const result = flowgen('build', '--all-tenants');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/tenants\/globex\.yaml:4:16 - error FG504 invalid-tenant-value: Parameter "company" of flow "Support" expects a text, got 42\./);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(project, 'dist/acme/Support_acme.json'), 'utf8')).toBe(before);
  });

  it('a missing required value and malformed YAML are reported at their lines', () => {
    write('tenants/globex.yaml', 'flows:\n  Support:\n    params: {}\n');
    write('tenants/acme.yaml', 'flows:\n  Support:\n  params: [\n');
    const result = flowgen('build', '--all-tenants', '--format', 'json');
    expect(result.code).toBe(1);
    const diagnostics = JSON.parse(result.stdout).diagnostics as { code: string; location: { file: string; line: number } }[];
    expect(diagnostics.map((d) => [d.code, d.location.file, d.location.line])).toEqual([
      ['FG501', 'tenants/acme.yaml', 4],
      ['FG505', 'tenants/globex.yaml', 3],
    ]);
  });

  it('build --check --tenant reports a stale tenant output; diff --tenant compares a definition with a tenant build', () => {
    expect(flowgen('build', '--all-tenants').code).toBe(0);
    expect(flowgen('build', '--check', '--all-tenants').code).toBe(0);
    write('tenants/globex.yaml', 'flows:\n  Support:\n    params:\n      company: Globex Corp\n');
    const check = flowgen('build', '--check', '--tenant', 'globex');
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('FG610');
    const diff = flowgen('diff', '--tenant', 'globex', 'dist/globex/Support.json', 'flows/support.flow.ts');
    expect(diff.code).toBe(1);
    expect(diff.stdout).toContain('"Welcome to Globex." → "Welcome to Globex Corp."');
    expect(flowgen('diff', '--tenant', 'acme', 'dist/acme/Support_acme.json', 'flows/support.flow.ts').code).toBe(0);
  });
});
