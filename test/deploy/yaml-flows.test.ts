/**
 * plan and deploy read YAML flows as build does (issue 10): a made project
 * (test/fixtures/made/deploy-yaml/) whose flows/ holds a *.flow.yaml beside a *.flow.ts. plan lists
 * both, deploy creates both, and the YAML flow's document in the (fake) org is the one
 * `flowgen build --tenant` writes for it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deployTenants, planTenants, type DeployOptions } from '../../src/api/deploy-tenants.js';
import { fastRetry } from '../harness/deploy-project.js';
import { startFakeFlowApi, type FakeFlowApi } from '../harness/fake-flow-api.js';
import { hasShared, repoRoot } from '../harness/paths.js';

const ORG = '5ab1e000-0000-4000-8000-0000000000b1';
const TOKEN = 'branch-token-Yq52';
const errors = (diagnostics: readonly { severity: string }[]) => diagnostics.filter((d) => d.severity === 'error');

describe.skipIf(!hasShared)('plan and deploy a YAML flow', () => {
  let fake: FakeFlowApi;
  let dir: string;
  let options: DeployOptions;
  beforeEach(async () => {
    fake = await startFakeFlowApi({ [ORG]: { token: TOKEN, queues: [{ id: 'q-0001', name: 'Main_Queue' }] } });
    // Inside the repository (git-ignored), so the TypeScript flow's `import … from 'wxcc-flowgen'` resolves.
    dir = mkdtempSync(join(repoRoot, '.flowgen-tmp-deploy-'));
    cpSync(join(repoRoot, 'test/fixtures/made/deploy-yaml'), dir, { recursive: true });
    options = { cwd: dir, tenants: 'all', env: { BRANCH_TOKEN: TOKEN }, apiUrl: fake.url, retry: fastRetry };
  });
  afterEach(async () => {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('plan lists the YAML flow beside the TypeScript one, and writes nothing', async () => {
    const plan = await planTenants(options);
    expect(errors(plan.diagnostics)).toEqual([]);
    expect(errors(plan.orgs[0]!.diagnostics)).toEqual([]);
    expect(plan.orgs[0]!.flows.map((f) => [f.flow, f.flowType, f.status])).toEqual([
      ['Hello_IVR_branch', 'FLOW', 'new'],
      ['Goodbye_branch', 'FLOW', 'new'],
    ]);
    expect(fake.writes()).toEqual([]);
  });

  it('flowgen plan (the CLI) lists the YAML flow too', async () => {
    // Spawned, not spawnSync: the fake answers from this process.
    const cli = await new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
      const child = spawn(process.execPath, [join(repoRoot, 'build/cli/main.js'), 'plan', '--all-tenants', '--api-url', fake.url, '--format', 'json'], {
        cwd: dir,
        env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', BRANCH_TOKEN: TOKEN },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (status) => done({ status, stdout, stderr }));
    });
    expect(cli.status, cli.stderr).toBe(0);
    const report = JSON.parse(cli.stdout) as { orgs: { flows: { flow: string; status: string }[] }[] };
    expect(report.orgs[0]!.flows.map((f) => `${f.flow}:${f.status}`)).toEqual(['Hello_IVR_branch:new', 'Goodbye_branch:new']);
  }, 60_000);

  it('deploy creates the YAML flow with the document flowgen build --tenant writes', async () => {
    const report = await deployTenants(options);
    expect(errors(report.orgs[0]!.diagnostics)).toEqual([]);
    expect(report.orgs[0]!.status).toBe('ok');
    const stored = fake.orgs.get(ORG)!.flows;
    expect(stored.map((f) => [f.name, f.flowType, f.version])).toEqual([
      ['Hello_IVR_branch', 'FLOW', 1],
      ['Goodbye_branch', 'FLOW', 1],
    ]);
    const build = spawnSync(process.execPath, [join(repoRoot, 'build/cli/main.js'), 'build', '--tenant', 'branch', '--out-dir', 'out'], { cwd: dir, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    // The org stamps its id on what it stores (as Webex does); the rest is what flowgen sent.
    const sent = (flow: (typeof stored)[number]) => ({ ...flow.versions[0]!.document, orgId: '' });
    const built = (name: string) => JSON.parse(readFileSync(join(dir, 'out/branch', `${name}.json`), 'utf8'));
    expect(sent(stored[0]!)).toEqual(built('Hello_IVR_branch'));
    expect(sent(stored[1]!)).toEqual(built('Goodbye_branch'));
    // A second plan finds it deployed: the YAML flow builds the same document again.
    const again = await planTenants(options);
    expect(again.orgs[0]!.flows.map((f) => f.status)).toEqual(['unchanged', 'unchanged']);
    expect(fake.violations).toEqual([]);
  });
});
