/**
 * Queues given by name in tenant files resolve to each org's ids (one filtered list call per org),
 * names matching none or several are reported per org, and a generated run of 200 orgs deploys
 * every org once and then makes no write call at all.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deployTenants, planTenants } from '../../src/api/deploy-tenants.js';
import { startFakeFlowApi, type FakeFlowApi } from '../harness/fake-flow-api.js';
import { hasShared } from '../harness/paths.js';
import { fastRetry, projectCopy } from '../harness/deploy-project.js';

const orgId = (i: number): string => `0c0ffee0-0000-4000-8000-${String(i).padStart(12, '0')}`;
const queueId = (i: number, q: string): string => `${q === 'Standard' ? 'aaaa' : 'bbbb'}0000-0000-4000-8000-${String(i).padStart(12, '0')}`;

/** tenants/org<i>.yaml naming its queues `Org<i>_Standard` and `Org<i>_Priority`, no ids. */
function writeTenants(dir: string, count: number): void {
  rmSync(join(dir, 'tenants'), { recursive: true, force: true });
  mkdirSync(join(dir, 'tenants'));
  for (let i = 0; i < count; i++) {
    writeFileSync(
      join(dir, 'tenants', `org${i}.yaml`),
      [
        'flowName: "{flow}_{tenant}"',
        `webex: { orgId: ${orgId(i)}, region: us1, tokenEnv: ORG${i}_TOKEN }`,
        'flows:',
        '  Zendesk_IVR:',
        '    params:',
        `      companyName: Customer ${i}`,
        `      standardQueue: Org${i}_Standard`,
        `      priorityQueue: { name: Org${i}_Priority }`,
        '',
      ].join('\n'),
    );
  }
}

describe.skipIf(!hasShared)('names instead of ids', () => {
  let fake: FakeFlowApi | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await fake?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const setUp = async (count: number) => {
    fake = await startFakeFlowApi();
    for (let i = 0; i < count; i++) {
      fake.addOrg(orgId(i), { token: `token-${i}-s3cr3t`, queues: ['Standard', 'Priority'].map((q) => ({ id: queueId(i, q), name: `Org${i}_${q}` })) });
    }
    dir = projectCopy();
    writeTenants(dir, count);
    const env = Object.fromEntries(Array.from({ length: count }, (_, i) => [`ORG${i}_TOKEN`, `token-${i}-s3cr3t`]));
    return { cwd: dir, tenants: 'all' as const, env, apiUrl: fake.url, retry: fastRetry };
  };

  it('a queue named in the tenant file is imported with that org\'s queue id', async () => {
    const options = await setUp(2);
    const report = await deployTenants(options);
    expect(report.orgs.map((o) => o.status)).toEqual(['ok', 'ok']);
    const imported = JSON.stringify(fake!.orgs.get(orgId(1))!.flows[0]!.versions[0]!.document);
    expect(imported).toContain(`"destination":"${queueId(1, 'Standard')}"`);
    expect(imported).toContain(`"destination":"${queueId(1, 'Priority')}"`);
    expect(imported).not.toContain(queueId(0, 'Standard'));
    // One filtered list call resolves both queues of an org.
    const lookups = fake!.requests.filter((r) => r.operation === 'getAllFilteredConfigWithPagedMetaData' && r.orgId === orgId(1));
    expect(lookups).toHaveLength(1);
    expect(fake!.violations).toEqual([]);
  });

  it('a name that matches no queue, or several, is a diagnostic for that org only', async () => {
    const options = await setUp(3);
    fake!.orgs.get(orgId(0))!.queues = fake!.orgs.get(orgId(0))!.queues.filter((q) => q.name !== 'Org0_Priority');
    fake!.orgs.get(orgId(1))!.queues.push({ id: 'dddd0000-0000-4000-8000-000000000001', name: 'Org1_Standard' });
    const report = await planTenants(options);
    const found = (i: number) => [...new Set(report.orgs[i]!.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.data?.['name']}`))];
    expect(report.orgs.map((o) => [o.tenant, o.status])).toEqual([['org0', 'failed'], ['org1', 'failed'], ['org2', 'ok']]);
    expect([found(0), found(1), found(2)]).toEqual([['FG801 Org0_Priority'], ['FG802 Org1_Standard'], []]);
    expect(report.orgs[1]!.diagnostics[0]!.message).toContain('dddd0000-0000-4000-8000-000000000001');
  });

  it('build without an org refuses a name it cannot resolve (FG800)', async () => {
    const { buildTenantFiles } = await import('../../src/api/build-tenants.js');
    const options = await setUp(1);
    const result = await buildTenantFiles({ paths: [], outDir: 'dist', cwd: options.cwd, tenants: 'all' });
    expect(result.files).toEqual([]);
    expect([...new Set(result.diagnostics.filter((d) => d.code === 'FG800').map((d) => d.data?.['name']))].sort()).toEqual(['Org0_Priority', 'Org0_Standard']);
  });

  it('200 orgs: every org deployed once, then a second deploy makes zero write calls', async () => {
    const options = await setUp(200);
    const first = await deployTenants({ ...options, concurrency: 16, publish: { tag: 'Live', comment: 'rollout' } });
    expect(first.summary).toMatchObject({ orgs: 200, failed: 0, new: 200, imported: 200, published: 200, writeCalls: 400 });
    const writes = fake!.writes().length;
    const second = await deployTenants({ ...options, concurrency: 16, publish: { tag: 'Live', comment: 'rollout' } });
    expect(second.summary).toMatchObject({ orgs: 200, failed: 0, unchanged: 200, imported: 0, published: 0, writeCalls: 0 });
    expect(fake!.writes().length).toBe(writes);
    expect(fake!.violations).toEqual([]);
  }, 600_000);
});
