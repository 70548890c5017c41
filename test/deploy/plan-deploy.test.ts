/**
 * plan → deploy → plan against the spec-true fake Flow API (test/harness/fake-flow-api.ts), for the
 * two example tenants (tenants/acme.yaml, tenants/globex.yaml, given their org block in a copy of
 * the project) and for tenants that name their queues instead of giving ids.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deployTenants, planTenants, type DeployOptions } from '../../src/api/deploy-tenants.js';
import { startFakeFlowApi, type FakeFlowApi } from '../harness/fake-flow-api.js';
import { hasShared } from '../harness/paths.js';
import { ACME_ORG, ACME_TOKEN, exampleQueues, fastRetry, GLOBEX_ORG, GLOBEX_TOKEN, projectCopy } from '../harness/deploy-project.js';

describe.skipIf(!hasShared)('plan and deploy the example tenants', () => {
  let fake: FakeFlowApi;
  let dir: string;
  let options: DeployOptions;
  beforeEach(async () => {
    fake = await startFakeFlowApi({
      [ACME_ORG]: { token: ACME_TOKEN, queues: exampleQueues.acme },
      [GLOBEX_ORG]: { token: GLOBEX_TOKEN, queues: exampleQueues.globex },
    });
    dir = projectCopy();
    options = { cwd: dir, tenants: 'all', env: { ACME_WEBEX_TOKEN: ACME_TOKEN, GLOBEX_WEBEX_TOKEN: GLOBEX_TOKEN }, apiUrl: fake.url, retry: fastRetry };
  });
  afterEach(async () => {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('plans two new flows, deploys them, and then plans and deploys nothing', async () => {
    // GIVEN two empty orgs
    const first = await planTenants(options);
    expect(first.diagnostics).toEqual([]);
    expect(first.orgs.map((o) => [o.tenant, o.status, o.writeCalls, o.flows.map((f) => `${f.flow}:${f.status}`)])).toEqual([
      ['acme', 'ok', 0, ['Zendesk_IVR_acme:new']],
      ['globex', 'ok', 0, ['Zendesk_IVR_globex:new']],
    ]);
    // WHEN deployed with publishing
    const deployed = await deployTenants({ ...options, publish: { tag: 'Live', comment: 'first release' } });
    expect(deployed.orgs.map((o) => [o.tenant, o.status, o.writeCalls, o.flows.map((f) => f.action)])).toEqual([
      ['acme', 'ok', 2, ['imported and published']],
      ['globex', 'ok', 2, ['imported and published']],
    ]);
    expect(fake.orgs.get(ACME_ORG)!.flows.map((f) => [f.name, f.version, f.tags])).toEqual([['Zendesk_IVR_acme', 1, { Latest: 1, Live: 1 }]]);
    // THEN a second plan says unchanged, and a second deploy makes no write call
    const again = await planTenants({ ...options, publish: { tag: 'Live', comment: 'again' } });
    expect(again.orgs.flatMap((o) => o.flows.map((f) => [f.status, f.publish]))).toEqual([
      ['unchanged', 'current'],
      ['unchanged', 'current'],
    ]);
    const writesBefore = fake.writes().length;
    const second = await deployTenants({ ...options, publish: { tag: 'Live', comment: 'again' } });
    expect(second.summary.writeCalls).toBe(0);
    expect(fake.writes().length).toBe(writesBefore);
    expect(fake.violations).toEqual([]);
  });

  it('a changed tenant value shows as the semantic diff in flowgen diff words, and deploy imports only that org', async () => {
    await deployTenants(options);
    const file = join(dir, 'tenants', 'acme.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('companyName: Acme Support', 'companyName: Acme Help'));
    const plan = await planTenants(options);
    const acme = plan.orgs.find((o) => o.tenant === 'acme')!;
    expect(acme.flows[0]!.status).toBe('changed');
    expect(acme.flows[0]!.changes.map((c) => c.description)).toEqual([expect.stringContaining('Greeting: TTS text changed: "Welcome to Acme Support.')]);
    expect(plan.orgs.find((o) => o.tenant === 'globex')!.flows[0]!.status).toBe('unchanged');
    const deployed = await deployTenants(options);
    expect(deployed.orgs.map((o) => [o.tenant, o.writeCalls])).toEqual([
      ['acme', 1],
      ['globex', 0],
    ]);
    expect(fake.orgs.get(ACME_ORG)!.flows[0]!.version).toBe(2);
    expect(fake.violations).toEqual([]);
  });

  it('--dry-run reports what deploy would do and writes nothing', async () => {
    const report = await deployTenants({ ...options, dryRun: true, publish: { tag: 'Test', comment: 'try' } });
    expect(report.dryRun).toBe(true);
    expect(report.orgs.flatMap((o) => o.flows.map((f) => [f.status, f.publish, f.action]))).toEqual([
      ['new', 'needed', 'none'],
      ['new', 'needed', 'none'],
    ]);
    expect(fake.writes()).toEqual([]);
  });
});
