/**
 * One loader for every kind of flow file (src/load/flow-file.ts, src/api/flow-file.ts): every
 * command reads TypeScript definitions, YAML flows and exports the same way. The bugs it fixed,
 * each asserted here: `diff` read a YAML flow as JSON (FG601), tenant builds skipped YAML flows,
 * and each command had its own size limit and message for an oversized export.
 */
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTenantFiles } from '../../src/api/build-tenants.js';
import { diffFlowFiles, readFlowModel } from '../../src/api/diff-files.js';
import { readFlowDocument } from '../../src/api/graph-files.js';
import { readExport } from '../../src/api/import-file.js';
import { loadSimulationFlow } from '../../src/api/simulate-flow.js';
import { validateFiles } from '../../src/api/validate-files.js';
import { flowFileKind } from '../../src/load/flow-file.js';
import { INPUT_LIMITS } from '../../src/util/input-limits.js';
import { repoRoot } from '../harness/paths.js';

const twin = join(repoRoot, 'test/fixtures/made/zendesk-ivr.flow.yaml');
const definition = join(repoRoot, 'flows/zendesk-ivr.flow.ts');
const work = mkdtempSync(join(tmpdir(), 'flowgen-flow-file-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('flowFileKind', () => {
  it.each([
    ['flows/a.flow.ts', 'definition'],
    ['flows/a.flow.mjs', 'definition'],
    ['flows/a.flow.yaml', 'yaml'],
    ['flows/a.flow.yml', 'yaml'],
    ['dist/A.json', 'export'],
    ['notes.txt', undefined],
  ])('%s is %s', (path, kind) => {
    expect(flowFileKind(path)).toBe(kind);
  });
});

describe('flowgen diff reads YAML flows', () => {
  it('compares the YAML twin of the Zendesk flow with its committed export: no FG601, no change', async () => {
    const outcome = await diffFlowFiles(twin, 'test/golden/Zendesk_IVR.json', repoRoot);
    expect(outcome.diagnostics).toEqual([]);
    expect(outcome.reports.map((r) => r.changes)).toEqual([[]]);
  });

  it('reports what differs between a YAML flow and a TypeScript one', async () => {
    const changed = join(work, 'changed.flow.yaml');
    const { readFileSync } = await import('node:fs');
    writeFileSync(changed, readFileSync(twin, 'utf8').replace('default: Acme Support', 'default: Globex Support'));
    const model = await readFlowModel(changed, repoRoot);
    expect(model.diagnostics).toEqual([]);
    const outcome = await diffFlowFiles(definition, changed, repoRoot);
    expect(outcome.diagnostics).toEqual([]);
    expect(outcome.reports[0]!.changes.length).toBeGreaterThan(0);
    expect(JSON.stringify(outcome.reports[0]!.changes)).toContain('Globex Support');
  });
});

describe('tenant builds read YAML flows', () => {
  const tenantsDir = join(work, 'tenants');
  mkdirSync(tenantsDir, { recursive: true });
  writeFileSync(
    join(tenantsDir, 'globex.yaml'),
    'flowName: "{flow}_{tenant}"\nflows:\n  Zendesk_IVR:\n    params:\n      companyName: Globex\n      zendeskSubdomain: globex\n      standardQueue: { id: q-std, name: Globex_Standard }\n',
  );
  const build = (path: string) => buildTenantFiles({ paths: [path], outDir: 'dist', cwd: work, tenants: ['globex'], tenantsDir, templatesDir: join(repoRoot, 'templates') });

  it('builds the YAML flow with the tenant values, to the same bytes as its TypeScript twin', async () => {
    const [yaml, ts] = [await build(twin), await build(definition)];
    // The TypeScript twin marks its connector default as an example (FG514 warnings); YAML has no such mark.
    expect(yaml.diagnostics).toEqual([]);
    expect(ts.diagnostics.map((d) => d.code)).toEqual(ts.diagnostics.map(() => 'FG514'));
    expect(yaml.flows.map((f) => [f.tenant, f.name])).toEqual([['globex', 'Zendesk_IVR_globex']]);
    expect(yaml.files.map((f) => f.path)).toEqual(ts.files.map((f) => f.path));
    expect(yaml.files[0]!.contents).toContain('Globex');
    expect(yaml.files.map((f) => f.contents)).toEqual(ts.files.map((f) => f.contents));
  });

  it('checks the tenant values against the parameters the YAML flow declares (FG506, FG504)', async () => {
    writeFileSync(join(tenantsDir, 'bad.yaml'), 'flows:\n  Zendesk_IVR:\n    params:\n      companyNam: Globex\n      minimumPhoneDigits: seven\n');
    const result = await buildTenantFiles({ paths: [twin], outDir: 'dist', cwd: work, tenants: ['bad'], tenantsDir });
    expect(result.files).toEqual([]);
    expect(result.diagnostics.map((d) => [d.code, d.data?.['parameter']])).toEqual([
      ['FG506', 'companyNam'],
      ['FG504', 'minimumPhoneDigits'],
    ]);
  });
});

describe('one size limit for every command', () => {
  const big = join(work, 'over-limit.json');
  writeFileSync(big, '');
  truncateSync(big, INPUT_LIMITS.bytes + 1);

  it('import, validate, diff, graph and simulate refuse an oversized export with the same FG023', async () => {
    const results = [
      readExport(big, 'over-limit.json').diagnostics,
      (await validateFiles({ paths: [big], cwd: work })).diagnostics,
      (await readFlowModel(big, work)).diagnostics,
      (await readFlowDocument(big, work)).diagnostics,
      (await loadSimulationFlow(big, work)).diagnostics,
    ];
    for (const diagnostics of results) {
      expect(diagnostics.map((d) => [d.code, d.location.file, d.data])).toEqual([['FG023', 'over-limit.json', { bytes: INPUT_LIMITS.bytes + 1, limit: INPUT_LIMITS.bytes }]]);
      expect(diagnostics[0]!.message).toBe(results[0]![0]!.message);
    }
  });
});
