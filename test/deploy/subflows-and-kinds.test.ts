/**
 * Org resources by name, against the fake: a flow (test/fixtures/made/deploy/) naming its queue,
 * audio file and an entry point, and a subflow naming an audio file. Subflows are imported before
 * the flows of the same tenant, whatever order the tenant file lists them in.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deployTenants, planTenants, type DeployOptions } from '../../src/api/deploy-tenants.js';
import { fastRetry } from '../harness/deploy-project.js';
import { startFakeFlowApi, type FakeFlowApi } from '../harness/fake-flow-api.js';
import { hasShared, repoRoot } from '../harness/paths.js';

const ORG = '5ab1e000-0000-4000-8000-000000000001';
const TOKEN = 'branch-token-Vw19';

describe.skipIf(!hasShared)('subflows first, and resources by name', () => {
  let fake: FakeFlowApi;
  let dir: string;
  let options: DeployOptions;
  beforeEach(async () => {
    fake = await startFakeFlowApi({
      [ORG]: {
        token: TOKEN,
        queues: [{ id: 'q-0001', name: 'Main_Queue' }],
        businessHours: [{ id: 'bh-0001', name: 'Office_Hours' }],
        entryPoints: [{ id: 'ep-0001', name: 'Overflow_EP' }],
        audioFiles: [{ id: 'af-0001', name: 'closed.wav' }, { id: 'af-0002', name: 'welcome.wav' }],
      },
    });
    dir = mkdtempSync(join(repoRoot, '.flowgen-tmp-deploy-'));
    cpSync(join(repoRoot, 'test/fixtures/made/deploy/flows'), join(dir, 'flows'), { recursive: true });
    mkdirSync(join(dir, 'tenants'));
    // The caller is listed first: the order comes from the flows' types, not the file.
    writeFileSync(join(dir, 'tenants', 'branch.yaml'), `webex: { orgId: ${ORG}, tokenEnv: BRANCH_TOKEN }\nflows:\n  Front_Door:\n    params: { queue: Main_Queue }\n  After_Hours: {}\n`);
    options = { cwd: dir, tenants: 'all', env: { BRANCH_TOKEN: TOKEN }, apiUrl: fake.url, retry: fastRetry };
  });
  afterEach(async () => {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('plan: both new, subflow first, nothing written', async () => {
    const plan = await planTenants(options);
    expect(plan.orgs[0]!.diagnostics).toEqual([]);
    expect(plan.orgs[0]!.flows.map((f) => [f.flow, f.flowType, f.status])).toEqual([
      ['After_Hours', 'SUBFLOW', 'new'],
      ['Front_Door', 'FLOW', 'new'],
    ]);
    expect(fake.writes()).toEqual([]);
  });

  it('deploy imports the subflow first and writes the resolved ids into the flow', async () => {
    const report = await deployTenants(options);
    expect(report.orgs[0]!.diagnostics).toEqual([]);
    const imports = fake.requests.filter((r) => r.operation === 'importFlowVersionUsingPOST');
    expect(imports).toHaveLength(2);
    const [subflow, caller] = fake.orgs.get(ORG)!.flows;
    expect([subflow!.name, subflow!.flowType, caller!.name]).toEqual(['After_Hours', 'SUBFLOW', 'Front_Door']);
    const text = JSON.stringify(caller!.versions[0]!.document);
    expect(text).toContain('"destination":"q-0001"');
    expect(text).toContain('ep-0001');
    const again = await planTenants(options);
    expect(again.orgs[0]!.flows.map((f) => f.status)).toEqual(['unchanged', 'unchanged']);
    expect(fake.violations).toEqual([]);
  });

  it('a missing audio file or entry point, or a queue name twice, is named with its kind', async () => {
    const org = fake.orgs.get(ORG)!;
    org.audioFiles = [{ id: 'af-0002', name: 'welcome.wav' }];
    org.queues.push({ id: 'q-0002', name: 'Main_Queue' });
    org.entryPoints = [];
    const report = await planTenants(options);
    expect(report.orgs[0]!.diagnostics.map((d) => `${d.code} ${d.data?.['kind']} ${d.data?.['name']}`)).toEqual([
      'FG801 audio-file closed.wav',
    ]);
    // The subflow failed, so the run for this org stops before the caller; fix it and go on.
    org.audioFiles.push({ id: 'af-1', name: 'closed.wav' });
    const next = await planTenants(options);
    expect([...new Set(next.orgs[0]!.diagnostics.map((d) => `${d.code} ${d.data?.['kind']} ${d.data?.['name']}`))].sort()).toEqual([
      'FG801 entry-point Overflow_EP',
      'FG802 queue Main_Queue',
    ]);
  });
});
