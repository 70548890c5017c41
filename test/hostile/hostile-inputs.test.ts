/**
 * The held-out hostile inputs (test/fixtures/made/hostile/, plus oversized ones generated here)
 * through every command: each ends in diagnostics about the input, with no exception, no stack
 * trace, no FG9xx, no hang (every CLI run has a time limit) and no half-written output (a dist/
 * that was there stays byte-identical, with no temporary files beside it).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFlowModel } from '../../src/api/diff-files.js';
import { importFile } from '../../src/api/import-file.js';
import { validateFiles } from '../../src/api/validate-files.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { diffFlows } from '../../src/diff/diff.js';
import { repoRoot } from '../harness/paths.js';

const hostile = join(repoRoot, 'test/fixtures/made/hostile');
const bin = join(repoRoot, 'build/cli/main.js');
const exportsDir = join(hostile, 'exports');
const exportFiles = readdirSync(exportsDir).sort();
let work: string;

/** What each held-out export is reported as (the codes import gives, in any order). */
const EXPECTED_IMPORT: Record<string, string[]> = {
  'activity-name-proto.json': ['FG030'],
  'array.json': ['FG020'],
  'binary.json': ['FG021'],
  'deep-nesting.json': ['FG076'],
  'empty.json': ['FG021'],
  'ids-as-objects.json': ['FG022', 'FG071'],
  'links-not-objects.json': ['FG071', 'FG075'],
  'missing-activityId.json': ['FG070'],
  'null.json': ['FG020'],
  // The format leaves a kind's properties open (schemas/flow.schema.json): a string where the corpus
  // has a list is kept as exported, not refused.
  'prompts-string.json': [],
  'proto-activity-id.json': ['FG022', 'FG074'],
  'template-wrapper-broken.json': ['FG021'],
  'truncated.json': ['FG021'],
  // Any 24-hex catalogue id is some region's (schemas/flow.schema.json): imported as it is.
  'unknown-catalogue-id.json': [],
  'validating-yes.json': ['FG071'],
  'variables-junk.json': ['FG071'],
  'widget-without-activity.json': ['FG070', 'FG074'],
};

const internal = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.code.startsWith('FG9'));

function cli(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, signal: result.signal, out: `${result.stdout}${result.stderr}` };
}

/** Exit 0 or 1 (diff: 2 for an input that is not a flow, as documented), no FG9xx, no stack. */
function expectCalm(result: ReturnType<typeof cli>, codes = [0, 1]): void {
  expect(result.signal, 'killed by the time limit: a hang').toBeNull();
  expect(codes).toContain(result.code);
  expect(result.out).not.toMatch(/FG9\d\d/);
  expect(result.out).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'flowgen-hostile-'));
  const big = join(work, 'big');
  mkdirSync(big);
  const base = JSON.parse(readFileSync(join(exportsDir, 'missing-activityId.json'), 'utf8'));
  writeFileSync(join(big, 'over-10-mb.json'), JSON.stringify({ ...base, description: 'x'.repeat(11 * 1024 * 1024) }));
  writeFileSync(join(big, 'nine-mb-string.json'), JSON.stringify({ ...base, description: '{{'.repeat(4.5 * 1024 * 1024) }));
  writeFileSync(join(big, 'many-links.json'), JSON.stringify({ ...base, process: { ...base.process, links: Array.from({ length: 200_000 }, (_, i) => ({ id: `l${i}` })) } }));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('held-out hostile exports', () => {
  it.each(exportFiles)('%s: import reports it as the input’s problem, and validate and diff take it calmly', async (name) => {
    const file = join(exportsDir, name);
    const imported = await importFile({ input: file, cwd: work, output: join(work, 'out.flow.ts') });
    expect(internal(imported.diagnostics)).toEqual([]);
    expect([...new Set(imported.diagnostics.map((d) => d.code))].sort()).toEqual(EXPECTED_IMPORT[name]);
    const validated = await validateFiles({ paths: [file], cwd: work });
    expect(internal(validated.diagnostics)).toEqual([]);
    const side = await readFlowModel(file, work);
    expect(internal(side.diagnostics)).toEqual([]);
    if (side.model) diffFlows(side.model, side.model);
  });

  it('every hostile export has its expected codes listed', () => {
    expect(Object.keys(EXPECTED_IMPORT).sort()).toEqual(exportFiles);
  });

  it('oversized inputs are FG023 unread; a 9 MB string and 200,000 links end in diagnostics', { timeout: 600_000 }, async () => {
    const big = join(work, 'big');
    const over = await importFile({ input: join(big, 'over-10-mb.json'), cwd: work });
    expect(over.diagnostics.map((d) => d.code)).toEqual(['FG023']);
    expect((await validateFiles({ paths: [join(big, 'over-10-mb.json')], cwd: work })).diagnostics.map((d) => d.code)).toEqual(['FG023']);
    expect((await readFlowModel(join(big, 'over-10-mb.json'), work)).diagnostics.map((d) => d.code)).toEqual(['FG023']);
    for (const name of ['nine-mb-string.json', 'many-links.json']) {
      const result = await validateFiles({ paths: [join(big, name)], cwd: work });
      expect(internal(result.diagnostics)).toEqual([]);
      expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    }
  });

  it('the CLI: validate over all of them, import and diff of each kind, exit 0/1 without a stack trace', { timeout: 600_000 }, () => {
    expectCalm(cli(work, 'validate', exportsDir, join(work, 'big')));
    for (const name of ['deep-nesting.json', 'ids-as-objects.json', 'binary.json', 'widget-without-activity.json']) {
      expectCalm(cli(work, 'import', join(exportsDir, name), '-o', join(work, 'imported', `${name}.flow.ts`)));
    }
    expectCalm(cli(work, 'diff', join(exportsDir, 'links-not-objects.json'), join(exportsDir, 'variables-junk.json')), [0, 1, 2]);
    expectCalm(cli(work, 'diff', join(exportsDir, 'truncated.json'), join(work, 'big', 'over-10-mb.json')), [2]);
  });
});

describe('held-out hostile flows and tenant files', () => {
  /** A project with a good flow, a previous build in dist/, and the hostile files added. */
  function project(): { dir: string; before: string } {
    const dir = mkdtempSync(join(work, 'project-'));
    mkdirSync(join(dir, 'flows'));
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(
      join(dir, 'flows/good.flow.ts'),
      `import { defineFlow, z } from ${JSON.stringify(join(repoRoot, 'build/index.js'))};
export default defineFlow({ name: 'Hostile_Flow', params: z.object({ company: z.string().default('Acme') }) }, (f, p) => {
  f.start.then(f.playMessage('Hello', { say: \`Hello from \${p.company}.\` })).then(f.disconnect('Bye'));
});
`,
    );
    mkdirSync(join(dir, 'dist/acme'), { recursive: true });
    writeFileSync(join(dir, 'dist/acme/Hostile_Flow.json'), '{"previous": "build"}\n');
    return { dir, before: readFileSync(join(dir, 'dist/acme/Hostile_Flow.json'), 'utf8') };
  }

  function expectUntouched(dir: string, before: string): void {
    expect(readdirSync(join(dir, 'dist'))).toEqual(['acme']);
    expect(readdirSync(join(dir, 'dist/acme'))).toEqual(['Hostile_Flow.json']);
    expect(readFileSync(join(dir, 'dist/acme/Hostile_Flow.json'), 'utf8')).toBe(before);
    expect(readdirSync(dir).filter((e) => e.includes('flowgen'))).toEqual([]);
  }

  it('build and validate over the hostile flows: diagnostics at their lines, nothing written', { timeout: 600_000 }, () => {
    const { dir, before } = project();
    for (const file of readdirSync(join(hostile, 'flows'))) {
      // The JavaScript fixtures import 'flowgen', which a bare temporary project cannot resolve.
      const text = readFileSync(join(hostile, 'flows', file), 'latin1');
      writeFileSync(join(dir, 'flows', file), text.replace("from 'wxcc-flowgen'", `from ${JSON.stringify(join(repoRoot, 'build/index.js'))}`), 'latin1');
    }
    const built = cli(dir, 'build');
    expectCalm(built);
    expect(built.code).toBe(1);
    for (const file of readdirSync(join(hostile, 'flows'))) expect(built.out, file).toContain(`flows/${file}`);
    expect(built.out).toMatch(/alias-bomb\.flow\.yaml:4:\d+ - error FG078/);
    expect(built.out).toMatch(/no-params\.flow\.js:\d+:\d+ - error FG012/);
    expectUntouched(dir, before);
    expectCalm(cli(dir, 'validate', 'flows'));
  });

  it('build --all-tenants over each hostile tenant file: a diagnostic at its place, nothing written', { timeout: 600_000 }, () => {
    for (const tenant of readdirSync(join(hostile, 'tenants'))) {
      const { dir, before } = project();
      mkdirSync(join(dir, 'tenants'));
      writeFileSync(join(dir, 'tenants/acme.yaml'), 'flows:\n  Hostile_Flow:\n    params: { company: Acme }\n');
      cpSync(join(hostile, 'tenants', tenant), join(dir, 'tenants', tenant));
      const built = cli(dir, 'build', '--all-tenants');
      expectCalm(built);
      expect(built.code, tenant).toBe(1);
      expect(built.out, tenant).toMatch(new RegExp(`tenants/${tenant.replace('.', '\\.')}:\\d+:\\d+ - error FG5\\d\\d`));
      expectUntouched(dir, before);
    }
  });
});
