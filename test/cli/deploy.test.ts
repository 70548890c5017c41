/**
 * `flowgen plan` and `flowgen deploy` as a user runs them: the built bin (`npm run build`) spawned
 * against the fake Flow API, in a copy of the project. Checks exit codes, that `--format json`
 * prints exactly one JSON document on stdout, and that no access token appears in anything flowgen
 * prints (stdout, stderr, with `--debug` too) or writes (every file of the project afterwards).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACME_ORG, ACME_TOKEN, exampleQueues, GLOBEX_ORG, GLOBEX_TOKEN, projectCopy } from '../harness/deploy-project.js';
import { startFakeFlowApi, type FakeFlowApi } from '../harness/fake-flow-api.js';
import { hasShared, repoRoot } from '../harness/paths.js';

const bin = join(repoRoot, 'build/cli/main.js');

function run(cwd: string, args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const everyFile = (dir: string): string[] => readdirSync(dir).flatMap((e) => (statSync(join(dir, e)).isDirectory() ? everyFile(join(dir, e)) : [join(dir, e)]));

describe.skipIf(!hasShared)('flowgen plan / deploy (CLI)', () => {
  let fake: FakeFlowApi;
  let dir: string;
  const env = { ACME_WEBEX_TOKEN: ACME_TOKEN, GLOBEX_WEBEX_TOKEN: GLOBEX_TOKEN };
  beforeEach(async () => {
    fake = await startFakeFlowApi({ [ACME_ORG]: { token: ACME_TOKEN, queues: exampleQueues.acme }, [GLOBEX_ORG]: { token: GLOBEX_TOKEN, queues: exampleQueues.globex, scopes: ['cjp:config_read'] } });
    dir = projectCopy();
  });
  afterEach(async () => {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('no token in anything printed or written, with --debug, in every format and on failure', async () => {
    const runs = [
      await run(dir, ['--debug', 'plan', '--all-tenants', '--api-url', fake.url], env),
      await run(dir, ['--debug', 'plan', '--all-tenants', '--api-url', fake.url, '--format', 'markdown'], env),
      await run(dir, ['--debug', 'deploy', '--all-tenants', '--api-url', fake.url, '--publish', '--tag', 'Live', '--comment', 'go'], env),
      await run(dir, ['--debug', 'deploy', '--all-tenants', '--api-url', fake.url, '--format', 'json'], env),
      await run(dir, ['--debug', 'deploy', '--tenant', 'acme', '--api-url', fake.url], { ACME_WEBEX_TOKEN: 'wrong-token-Kq77' }),
    ];
    // The debug lines were printed (so the scan covers them) …
    expect(runs[0]!.stderr).toContain('debug: [acme] GET /flow-store/');
    // … and the globex token lacks cjp:config_write: deploy fails for globex only (exit 1).
    expect(runs[2]!.status).toBe(1);
    expect(runs[2]!.stderr).toContain('FG813');
    expect(runs[4]!.stderr).toContain('FG812');
    const printed = runs.flatMap((r) => [r.stdout, r.stderr]).join('\n');
    const written = everyFile(dir).map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const token of [ACME_TOKEN, GLOBEX_TOKEN, 'wrong-token-Kq77']) {
      expect(printed).not.toContain(token);
      expect(written).not.toContain(token);
    }
    // The fake did receive them (the scan is not vacuous).
    expect(fake.requests.some((r) => r.authorization === `Bearer ${ACME_TOKEN}`)).toBe(true);
  }, 120_000);

  it('--format json prints exactly one JSON document on stdout; a second deploy makes no write call', async () => {
    fake.orgs.get(GLOBEX_ORG)!.scopes.push('cjp:config_write');
    const first = await run(dir, ['deploy', '--all-tenants', '--api-url', fake.url, '--format', 'json'], env);
    expect(first.status).toBe(0);
    const report = JSON.parse(first.stdout) as { summary: { writeCalls: number; imported: number } };
    expect(report.summary).toMatchObject({ imported: 2, writeCalls: 2 });
    const second = await run(dir, ['deploy', '--all-tenants', '--api-url', fake.url, '--format', 'json'], env);
    expect((JSON.parse(second.stdout) as { summary: { writeCalls: number } }).summary.writeCalls).toBe(0);
    expect(fake.writes()).toHaveLength(2);
    expect(fake.violations).toEqual([]);
  }, 120_000);

  it('usage mistakes exit 2', async () => {
    expect((await run(dir, ['deploy', '--api-url', fake.url], env)).status).toBe(2);
    expect((await run(dir, ['deploy', '--all-tenants', '--tag', 'Live'], env)).status).toBe(2);
    expect((await run(dir, ['plan', '--all-tenants', '--concurrency', '0'], env)).status).toBe(2);
  }, 60_000);
});
