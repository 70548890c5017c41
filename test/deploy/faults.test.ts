/**
 * The Flow API's failure modes against the fake: 429 with Retry-After and 5xx are retried (jitter
 * from a seeded source, no real waiting), 401/403/404/409 and exhausted retries are diagnostics
 * that name the org, the operation and (for 403) the missing scope; one org failing leaves the
 * others deployed, and a re-run resumes.
 */
import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deployTenants, type DeployOptions } from '../../src/api/deploy-tenants.js';
import { seededRandom } from '../../src/util/seeded-random.js';
import { ACME_ORG, ACME_TOKEN, exampleQueues, GLOBEX_ORG, GLOBEX_TOKEN, projectCopy } from '../harness/deploy-project.js';
import { startFakeFlowApi, type FakeFlowApi } from '../harness/fake-flow-api.js';
import { hasShared } from '../harness/paths.js';

describe.skipIf(!hasShared)('failure modes', () => {
  let fake: FakeFlowApi;
  let dir: string;
  let options: DeployOptions;
  let waits: number[];
  beforeEach(async () => {
    fake = await startFakeFlowApi({ [ACME_ORG]: { token: ACME_TOKEN, queues: exampleQueues.acme }, [GLOBEX_ORG]: { token: GLOBEX_TOKEN, queues: exampleQueues.globex } });
    dir = projectCopy();
    waits = [];
    options = {
      cwd: dir,
      tenants: 'all',
      env: { ACME_WEBEX_TOKEN: ACME_TOKEN, GLOBEX_WEBEX_TOKEN: GLOBEX_TOKEN },
      apiUrl: fake.url,
      retry: { random: seededRandom(1), sleep: async (ms) => void waits.push(ms), retries: 3, baseDelayMs: 100 },
    };
  });
  afterEach(async () => {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('429 with Retry-After is waited out and retried', async () => {
    fake.fault({ operation: 'importFlowVersionUsingPOST', orgId: ACME_ORG, status: 429, retryAfter: '2', times: 2 });
    const report = await deployTenants(options);
    expect(report.summary.failed).toBe(0);
    expect(waits).toEqual([2000, 2000]);
  });

  it('5xx is retried with backoff and jitter, then reported with FG817 once retries run out', async () => {
    fake.fault({ operation: 'exportFlowVersionUsingGET', status: 503, times: 1 });
    fake.fault({ operation: 'findFlowsUsingGET', orgId: GLOBEX_ORG, status: 500, times: 4 });
    const report = await deployTenants(options);
    const globex = report.orgs.find((o) => o.tenant === 'globex')!;
    expect(globex.status).toBe('failed');
    expect(globex.diagnostics.map((d) => d.code)).toEqual(['FG817']);
    expect(report.orgs.find((o) => o.tenant === 'acme')!.status).toBe('ok');
    // Three retries for globex, each wait within [ceiling/2, ceiling] of 100·2^n ms.
    expect(waits).toHaveLength(3);
    waits.forEach((w, n) => {
      expect(w).toBeGreaterThanOrEqual(50 * 2 ** n);
      expect(w).toBeLessThanOrEqual(100 * 2 ** n);
    });
    // A re-run resumes: acme is unchanged, globex is deployed now.
    const again = await deployTenants(options);
    expect(again.orgs.map((o) => [o.tenant, o.status, o.writeCalls])).toEqual([['acme', 'ok', 0], ['globex', 'ok', 1]]);
  });

  it('401 and 403 name the token variable and the missing scope', async () => {
    fake.orgs.get(GLOBEX_ORG)!.scopes = ['cjp:config_read'];
    const report = await deployTenants({ ...options, env: { ...options.env, ACME_WEBEX_TOKEN: 'expired-token' } });
    const [acme, globex] = report.orgs;
    expect(acme!.diagnostics.map((d) => d.code)).toEqual(['FG812']);
    expect(acme!.diagnostics[0]!.hint).toContain('ACME_WEBEX_TOKEN');
    expect(globex!.diagnostics.map((d) => d.code)).toEqual(['FG813']);
    expect(globex!.diagnostics[0]!.hint).toContain('cjp:config_write');
  });

  it('409 (a flow locked in Flow Designer) and 404 are diagnostics, not crashes', async () => {
    await deployTenants(options);
    fake.orgs.get(ACME_ORG)!.flows[0]!.lockedBy = 'someone@acme.example';
    fake.orgs.get(ACME_ORG)!.flows[0]!.versions[0]!.document['description'] = 'edited in Flow Designer';
    fake.fault({ operation: 'exportFlowVersionUsingGET', orgId: GLOBEX_ORG, status: 404 });
    const report = await deployTenants(options);
    expect(report.orgs.map((o) => o.diagnostics.map((d) => d.code))).toEqual([['FG815'], ['FG814']]);
    expect(report.orgs[0]!.diagnostics[0]!.message).toContain('locked by someone@acme.example');
  });

  it('a slow answer times out and is retried', async () => {
    fake.fault({ operation: 'findFlowsUsingGET', orgId: ACME_ORG, status: 200, delayMs: 5000, times: 1 });
    const lines: string[] = [];
    const report = await deployTenants({ ...options, tenants: ['acme'], timeoutMs: 2000, debug: (line) => lines.push(line) });
    expect(report.orgs.map((o) => [o.status, o.flows.map((f) => f.action)])).toEqual([['ok', ['imported']]]);
    // The first flow list was abandoned after 2 s and asked again.
    const listCalls = lines.filter((l) => l.includes('/flows?flowType=FLOW'));
    expect(listCalls[0]).toMatch(/→ timeout .*try 1\)$/);
    expect(listCalls[1]).toMatch(/→ 200 .*try 2\)$/);
    expect(waits.length).toBeGreaterThanOrEqual(1);
  }, 60_000);

  it('a server that echoes the token back in its error text: the report carries it redacted', async () => {
    fake.fault({ operation: 'findFlowsUsingGET', orgId: ACME_ORG, status: 400, echoAuthorization: true });
    const report = await deployTenants(options);
    const acme = report.orgs[0]!;
    expect(acme.diagnostics.map((d) => d.code)).toEqual(['FG819']);
    expect(acme.diagnostics[0]!.message).toContain('Bearer [redacted]');
    expect(JSON.stringify(report)).not.toContain(ACME_TOKEN);
  });

  it('a missing token is FG810 for that org; the others go on', async () => {
    const report = await deployTenants({ ...options, env: { GLOBEX_WEBEX_TOKEN: GLOBEX_TOKEN } });
    expect(report.orgs.map((o) => [o.tenant, o.status, o.diagnostics.map((d) => d.code)])).toEqual([['acme', 'failed', ['FG810']], ['globex', 'ok', []]]);
  });
});
