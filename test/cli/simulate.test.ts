/**
 * `flowgen simulate` and `flowgen test` end to end through the built bin: transcripts, one JSON
 * document on stdout, exit codes, JUnit, coverage, --record against the fake Zendesk, and Cisco's
 * own Zendesk template, whose `{{ticketId }}` typo the caller hears as silence.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FakeZendesk } from '../harness/fake-zendesk.js';
import { hasShared, repoRoot, zd24Path } from '../harness/paths.js';

const bin = join(repoRoot, 'build/cli/main.js');
const FIXTURES = 'flows/zendesk-ivr.fixtures.yaml';
const FLOW = 'flows/zendesk-ivr.flow.ts';
let dir: string;

function flowgen(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
/** Async, so a fake server in this process can answer while the bin runs. */
function flowgenAsync(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'flowgen-simulate-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('flowgen simulate', () => {
  it('prints a transcript of what the caller hears and where the call ends', () => {
    const result = flowgen('simulate', FLOW, '--fixtures', FIXTURES, '--digits', '1', '--agent-answers-after', '20');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('says "Hello Ada Lovelace. Your ticket number 1509, Cannot log in after a password reset, is on hold."');
    expect(result.stdout).toContain('caller presses 1');
    expect(result.stdout).toMatch(/outcome: queued in Support_Priority after .*; events: AgentAnswered/);
  });

  it('prints exactly one JSON document with --format json', () => {
    const result = flowgen('simulate', FLOW, '--fixtures', FIXTURES, '--digits', '2', '--format', 'json');
    expect(result.code).toBe(0);
    const call = JSON.parse(result.stdout) as Record<string, any>;
    expect(Object.keys(call)).toStrictEqual(['outcome', 'path', 'prompts', 'requests', 'events', 'variables']);
    expect(call['outcome']).toStrictEqual({ type: 'disconnected' });
    expect(call['path'][0]).toStrictEqual({ activity: 'NewPhoneContact', kind: 'start', port: 'out' });
    expect(call['requests'].at(-1)).toMatchObject({ method: 'PUT', url: '/api/v2/tickets/1509.json', status: 200 });
    expect(call['events']).toStrictEqual(['PhoneContactEnded']);
    expect(call['variables']).toMatchObject({ ticketID: '1509', commentPosted: true });
  });

  it('names an unmatched request (FG701) and exits 1, stdout still one document', () => {
    const result = flowgen('simulate', FLOW, '--format', 'json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).outcome).toStrictEqual({ type: 'error' });
    expect(result.stderr).toContain('FG701');
    expect(result.stderr).toContain('GET /api/v2/users/search.json?query=role:end-user phone:*4085551234');
  });

  it('refuses bad options with exit 2 and a missing flow with exit 1', () => {
    expect(flowgen('simulate', FLOW, '--at', 'tomorrow').code).toBe(2);
    expect(flowgen('simulate', FLOW, '--connector', 'Zendesk').code).toBe(2);
    const missing = flowgen('simulate', 'flows/nope.flow.ts');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('FG004');
  });

  it.skipIf(!hasShared)("reveals what Cisco's {{ticketId }} typo does: the caller hears no ticket number", () => {
    const result = flowgen('simulate', zd24Path, '--fixtures', 'test/fixtures/made/simulate/cisco-zendesk.fixtures.yaml', '--digits', '1', '--format', 'json');
    expect(result.code).toBe(0);
    const call = JSON.parse(result.stdout) as { prompts: string[]; variables: Record<string, unknown> };
    expect(call.variables['ticketID']).toBe('1509');
    expect(call.prompts).toContain('Hello Ada Lovelace ! We found  in a open state. ');
  });

  it('records live answers from the fake Zendesk as fixtures that replay the same call', async () => {
    const fake = await new FakeZendesk({ email: 'agent@acme.example', token: 'record-test-token' }).start();
    const record = join(dir, 'recorded.yaml');
    try {
      const base = `http://${encodeURIComponent('agent@acme.example/token')}:record-test-token@${new URL(fake.baseUrl).host}`;
      const live = await flowgenAsync('simulate', FLOW, '--connector', `Zendesk=${base}`, '--record', record, '--digits', '2', '--format', 'json');
      expect(live.code).toBe(0);
      expect(fake.comments.map((c) => c.public)).toStrictEqual([false]);
      const text = readFileSync(record, 'utf8');
      expect(text).not.toContain('record-test-token');
      expect((parse(text) as unknown[]).length).toBe(3);
      const replay = flowgen('simulate', FLOW, '--fixtures', record, '--digits', '2', '--format', 'json');
      expect(JSON.parse(replay.stdout)).toStrictEqual(JSON.parse(live.stdout));
    } finally {
      await fake.stop();
    }
  });
});

describe('flowgen test', () => {
  it('passes the Zendesk scenarios with 100% link coverage', () => {
    const result = flowgen('test', '--min-coverage', '100');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/31 passed, 0 failed/);
    expect(result.stdout).toContain('coverage Zendesk_IVR: 63/63 links (100.0%)');
  });

  it('writes JUnit and one JSON document', () => {
    const junit = flowgen('test', '--format', 'junit');
    expect(junit.stdout.startsWith('<?xml')).toBe(true);
    expect(junit.stdout.match(/<testcase /g)).toHaveLength(31);
    const json = JSON.parse(flowgen('test', '--format', 'json').stdout) as { suites: { cases: unknown[] }[]; coverage: { percent: number }[] };
    expect(json.suites[0]!.cases).toHaveLength(31);
    expect(json.coverage[0]!.percent).toBe(100);
  });

  it('fails a wrong scenario with expected and actual, and coverage below the minimum', () => {
    const result = flowgen('test', 'test/fixtures/made/simulate/failing.test.yaml', '--min-coverage', '90');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('FAIL expects the standard queue');
    expect(result.stdout).toContain('expected queued in Support_Standard');
    expect(result.stdout).toContain('actual   queued in Support_Priority');
    expect(result.stdout).toContain('untested links (error paths first):');
    expect(result.stderr).toContain('FG711');
    const junit = flowgen('test', 'test/fixtures/made/simulate/failing.test.yaml', '--format', 'junit');
    expect(junit.stdout).toContain('<failure message="outcome: expected queued in Support_Standard; actual queued in Support_Priority">');
  });

  it('writes the coverage as HTML', () => {
    const html = join(dir, 'coverage.html');
    expect(flowgen('test', '--coverage-html', html, '-q').code).toBe(2);
    expect(flowgen('test', '--coverage-html', html).code).toBe(0);
    expect(existsSync(html) && readFileSync(html, 'utf8')).toContain('Zendesk_IVR: 63/63 links (100.0%)');
  });
});
