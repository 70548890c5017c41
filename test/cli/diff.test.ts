/**
 * `flowgen diff` and `flowgen build --check` end to end: the built bin (`build/cli/main.js`, made
 * by `npm run build`) is spawned with NO_COLOR; temporary directories hold outputs and, for
 * `--git`, a throwaway repository with a copy of the made support-line fixture (never /work/main).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../harness/paths.js';
import { runBuiltCli } from '../harness/run-cli.js';

const made = 'test/fixtures/made/diff';
const flowgen = runBuiltCli;
let temp: string;

beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), 'flowgen-diff-'));
});
afterEach(() => rmSync(temp, { recursive: true, force: true }));

describe('flowgen diff A B', () => {
  it('exits 0 and says so when a definition matches its committed export', () => {
    const result = flowgen(['diff', 'test/golden/Zendesk_IVR.json', 'flows/zendesk-ivr.flow.ts']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('no differences');
  });

  it('exits 1 and prints the changes in words when the flows differ', () => {
    const result = flowgen(['diff', `${made}/support-line.flow.ts`, `${made}/support-line-post-comment.flow.ts`]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('MainMenu option 2 now goes to PostComment, was CallDisconnect');
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('--format json prints the changes as data', () => {
    const result = flowgen(['diff', `${made}/support-line.flow.ts`, `${made}/support-line-post-comment.flow.ts`, '--format', 'json']);
    expect(result.code).toBe(1);
    const [report] = JSON.parse(result.stdout).reports as { changes: { kind: string; activity: string; port?: string }[] }[];
    expect(report!.changes.map((c) => [c.kind, c.activity, c.port])).toEqual([
      ['activity-added', 'PostComment', undefined],
      ['link-rewired', 'MainMenu', '2'],
    ]);
  });

  it('--format markdown prints a pull-request comment', () => {
    const result = flowgen(['diff', `${made}/support-line.flow.ts`, `${made}/support-line-post-comment.flow.ts`, '--format', 'markdown']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^## flowgen diff\n/);
    expect(result.stdout).toContain('#### Links');
  });

  it.each([
    ['a file that is not JSON', `${made}/not-json.json`, 'FG601'],
    ['JSON that is not a flow', `${made}/not-a-flow.json`, 'FG602'],
    ['a definition with errors', 'test/fixtures/made/unwired-menu.flow.ts', 'FG102'],
    ['a missing file', `${made}/no-such.json`, 'FG004'],
  ])('exits 2 on %s, with a diagnostic and no stack trace', (_, path, code) => {
    const result = flowgen(['diff', 'test/golden/Zendesk_IVR.json', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(code);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
  });

  it('exits 2 on wrong usage', () => {
    expect(flowgen(['diff', 'test/golden/Zendesk_IVR.json']).code).toBe(2);
    expect(flowgen(['diff', 'a.json', 'b.json', '--format', 'html']).code).toBe(2);
    expect(flowgen(['diff', '--git', 'HEAD']).code).toBe(2);
  });
});

describe('flowgen diff --git REV -- path', () => {
  function git(...args: string[]) {
    const result = spawnSync('git', ['-c', 'user.email=made@example.com', '-c', 'user.name=Made Fixture', '-c', 'commit.gpgsign=false', ...args], { cwd: temp, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  }

  beforeEach(() => {
    // GIVEN a temporary repository holding a committed copy of the made fixture, where `flowgen`
    // resolves to this checkout as it would to an installed package
    mkdirSync(join(temp, 'node_modules'));
    symlinkSync(repoRoot, join(temp, 'node_modules/wxcc-flowgen'), 'dir');
    writeFileSync(join(temp, '.gitignore'), 'node_modules\n');
    writeFileSync(join(temp, 'package.json'), '{ "name": "made-flows", "private": true, "type": "module" }\n');
    mkdirSync(join(temp, 'flows'));
    for (const file of ['support-line.ts', 'support-line.flow.ts']) copyFileSync(join(repoRoot, made, file), join(temp, 'flows', file));
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'made fixture');
  });

  it('an unchanged definition exits 0', () => {
    const result = flowgen(['diff', '--git', 'HEAD', '--', 'flows/support-line.flow.ts'], temp);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('compares the committed definition with the working copy, then removes its temporary file', () => {
    // WHEN the working copy sends option 2 through a new activity
    writeFileSync(join(temp, 'flows/support-line.flow.ts'), "// Made fixture, modified.\nimport { supportLine } from './support-line.js';\n\nexport default supportLine({ option2: 'PostComment' });\n");
    const result = flowgen(['diff', '--git', 'HEAD', '--format', 'json', '--', 'flows/support-line.flow.ts'], temp);
    // THEN the diff names exactly that, and nothing is left behind
    expect(result.code).toBe(1);
    const [report] = JSON.parse(result.stdout).reports as { before: string; after: string; changes: { kind: string; port?: string; before?: string; after?: string }[] }[];
    expect(report!.before).toBe('HEAD:flows/support-line.flow.ts');
    expect(report!.changes.filter((c) => c.kind === 'link-rewired')).toEqual([expect.objectContaining({ port: '2', before: 'CallDisconnect', after: 'PostComment' })]);
    expect(readdirSync(join(temp, 'flows')).sort()).toEqual(['support-line.flow.ts', 'support-line.ts']);
  });

  it('removes its temporary file even when the committed definition fails to compile', () => {
    // GIVEN a committed definition that throws
    writeFileSync(join(temp, 'flows/support-line.flow.ts'), "// Made fixture: throws.\nthrow new Error('made failure');\n");
    git('commit', '-q', '-am', 'broken');
    copyFileSync(join(repoRoot, made, 'support-line.flow.ts'), join(temp, 'flows/support-line.flow.ts'));
    const result = flowgen(['diff', '--git', 'HEAD', '--', 'flows/support-line.flow.ts'], temp);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('HEAD:flows/support-line.flow.ts');
    expect(result.stderr).toContain('FG001');
    expect(readdirSync(join(temp, 'flows')).sort()).toEqual(['support-line.flow.ts', 'support-line.ts']);
  });

  it('a definition that is new since the revision shows every activity as added', () => {
    copyFileSync(join(repoRoot, made, 'support-line-post-comment.flow.ts'), join(temp, 'flows/new.flow.ts'));
    const result = flowgen(['diff', '--git', 'HEAD', '--format', 'json', '--', 'flows/new.flow.ts'], temp);
    expect(result.code).toBe(1);
    const [report] = JSON.parse(result.stdout).reports as { before: string; changes: { kind: string }[] }[];
    expect(report!.before).toContain('(new file)');
    expect(report!.changes.filter((c) => c.kind === 'activity-added').length).toBeGreaterThan(5);
  });

  it('an unknown revision exits 2 with FG603', () => {
    const result = flowgen(['diff', '--git', 'no-such-branch', '--', 'flows/support-line.flow.ts'], temp);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('FG603');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('flowgen build --check', () => {
  const hello = 'test/fixtures/made/hello.flow.ts';

  it('exits 0 when every output matches a fresh build, and writes nothing', () => {
    expect(flowgen(['build', hello, '-o', temp]).code).toBe(0);
    const before = readdirSync(temp).map((f) => [f, readFileSync(join(temp, f), 'utf8')]);
    const result = flowgen(['build', '--check', hello, '-o', temp]);
    expect(result.code).toBe(0);
    expect(readdirSync(temp).map((f) => [f, readFileSync(join(temp, f), 'utf8')])).toEqual(before);
  });

  it('exits 1 naming each output that differs or is missing, and writes nothing', () => {
    // GIVEN outputs where one was edited by hand and the other deleted
    expect(flowgen(['build', hello, '-o', temp]).code).toBe(0);
    writeFileSync(join(temp, 'Hello_World.json'), '{}\n');
    unlinkSync(join(temp, 'Hello_World.connectors.json'));
    // WHEN checked
    const result = flowgen(['build', '--check', hello, '-o', temp, '--format', 'json']);
    // THEN both are named, and neither is repaired
    expect(result.code).toBe(1);
    const diagnostics = JSON.parse(result.stdout).diagnostics as { code: string; data: { file: string } }[];
    expect(diagnostics.map((d) => [d.code, d.data.file.split('/').pop()])).toEqual([
      ['FG611', 'Hello_World.connectors.json'],
      ['FG610', 'Hello_World.json'],
    ]);
    expect(readFileSync(join(temp, 'Hello_World.json'), 'utf8')).toBe('{}\n');
    expect(existsSync(join(temp, 'Hello_World.connectors.json'))).toBe(false);
  });

  it('on an empty output directory names every output as missing', () => {
    const result = flowgen(['build', '--check', hello, '-o', temp]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('FG611');
    expect(readdirSync(temp)).toEqual([]);
  });
});
