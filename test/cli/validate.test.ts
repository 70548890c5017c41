/**
 * `flowgen validate` end to end: the built bin on definitions, exports and hostile files (written
 * to a temporary directory): diagnostics and exit 1, never a stack trace or a hang.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasShared, repoRoot, zd24Path } from '../harness/paths.js';

const bin = join(repoRoot, 'build/cli/main.js');
let dir: string;

function flowgen(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const codes = (stdout: string): string[] => (JSON.parse(stdout).diagnostics as { code: string }[]).map((d) => d.code);
const file = (name: string, contents: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, contents);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'flowgen-validate-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('flowgen validate', () => {
  it.skipIf(!hasShared)('skips the shape file that flowgen import writes beside a definition', () => {
    const folder = mkdtempSync(join(dir, 'imported-'));
    writeFileSync(join(folder, 'zd.json'), readFileSync(join(repoRoot, '../shared/corpus/WebexSamples__webex-contact-center-flows/hello-world-template__HelloWorld_Template.json')));
    writeFileSync(join(folder, 'zd.webex.json'), '{"envelope": {}, "activities": {}, "variables": {}}');
    const result = flowgen('validate', folder, '--format', 'json');
    expect(codes(result.stdout)).not.toContain('FG020');
    expect(result.code).toBe(0);
  });

  it('passes the bundled flow definition with exit 0, writing nothing', () => {
    const result = flowgen('validate', 'flows/zendesk-ivr.flow.ts', '--format', 'json');
    expect(result.code).toBe(0);
    expect(codes(result.stdout).filter((c) => c !== 'FG206' && c !== 'FG207')).toStrictEqual([]);
  });

  it('reports a definition error at the author\'s line with a code frame, exit 1', () => {
    const result = flowgen('validate', 'test/fixtures/made/unwired-menu.flow.ts');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/unwired-menu\.flow\.ts:7:\d+ - error FG102/);
    expect(result.stderr).toContain('> 7 |');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('a definition that throws is FG001, exit 1', () => {
    const result = flowgen('validate', 'test/fixtures/made/throws.flow.ts', '--format', 'json');
    expect(result.code).toBe(1);
    expect(codes(result.stdout)).toContain('FG001');
  });

  it.skipIf(!hasShared)("finds ZD24's {{ticketId }} with the activity, its JSON path and a did-you-mean hint", () => {
    const result = flowgen('validate', zd24Path, '--format', 'json');
    expect(result.code).toBe(1);
    const found = (JSON.parse(result.stdout).diagnostics as { code: string; hint: string; location: { activity: string; path: string } }[]).find((d) => d.code === 'FG201')!;
    expect(found.location.activity).toBe('PlayTicketDetails');
    expect(found.location.path).toMatch(/^\$\.process\.activities\["[^"]+"\]$/);
    expect(found.hint).toBe('Did you mean "ticketID"?');
  });

  it('writes GitHub annotations on the right file', () => {
    const bad = file('bad-github.json', '{"process": x}');
    const result = flowgen('validate', bad, '--format', 'github');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error file=.*bad-github\.json,(line=1,col=\d+,)?title=FG021 malformed-json::/);
  });

  it.each([
    ['malformed JSON', 'truncated.json', '{"process": {"activities": ', 'FG021'],
    ['binary junk', 'junk.json', Buffer.from([0, 255, 1, 2, 200, 10, 0, 7]), 'FG021'],
    ['a wrong shape', 'shape.json', '{"process": [], "diagram": 7}', 'FG020'],
    ['an array', 'array.json', '[1, 2, 3]', 'FG020'],
    ['deep nesting', 'deep.json', `${'['.repeat(200_000)}${']'.repeat(200_000)}`, ''],
    ['__proto__ keys', 'proto.json', '{"__proto__": {"x": 1}, "process": {"__proto__": 1, "activities": {"__proto__": {"name": "__proto__", "properties": {"__proto__": "x"}}}, "links": [{"sourceActivityId": "__proto__", "targetActivityId": "__proto__", "conditionExpr": "__proto__"}]}, "diagram": {"widgets": {}}}', ''],
  ])('%s gives diagnostics and exit 1, no stack trace', (_what, name, contents, code) => {
    const result = flowgen('validate', file(name, contents), '--format', 'json');
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    if (code) expect(codes(result.stdout)).toContain(code);
    expect(codes(result.stdout).some((c) => c.startsWith('FG9'))).toBe(false);
  });

  it('refuses a file over the 10 MB cap without reading it (FG023)', () => {
    const big = file('big.json', Buffer.alloc(50 * 1024 * 1024, 32));
    const result = flowgen('validate', big, '--format', 'json');
    expect(result.code).toBe(1);
    expect(codes(result.stdout)).toStrictEqual(['FG023']);
  });

  it('fails on warnings only with --strict', () => {
    const warn = 'test/fixtures/made/unused-variable.flow.ts';
    const relaxed = flowgen('validate', warn, '--format', 'json');
    const strict = flowgen('validate', warn, '--format', 'json', '--strict');
    expect(codes(relaxed.stdout)).toStrictEqual(['FG206']);
    expect(relaxed.code).toBe(0);
    expect(strict.code).toBe(1);
  });

  it('exits 2 on a usage error', () => {
    expect(flowgen('validate', '--format', 'xml').code).toBe(2);
  });
});
