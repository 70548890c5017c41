/** Issue 17 item 6: `flowgen validate` passes on flowgen's own files: build outputs and import shape files. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../harness/paths.js';
import { scratchProject, type ScratchProject } from '../harness/scratch-project.js';

let project: ScratchProject;
beforeAll(() => {
  project = scratchProject();
  expect(project.flowgen(['build', '--all-tenants', '-q']).code).toBe(0);
  expect(project.flowgen(['build', '-q']).code).toBe(0);
  expect(project.flowgen(['import', join(repoRoot, 'test/golden/Zendesk_IVR.json'), '-o', 'imported/z.flow.ts', '-q']).code).toBe(0);
}, 120_000);
afterAll(() => project.remove());

describe('item 6: validate on flowgen\'s own files', () => {
  it('item 6: validate dist (flows and their .connectors.json manifests, tenants included) passes', () => {
    const result = project.flowgen(['validate', 'dist', '--format', 'json']);
    expect(JSON.parse(result.stdout)).toMatchObject({ exitCode: 0, diagnostics: [] });
    expect(JSON.parse(result.stdout).files).toContain('dist/Zendesk_IVR.connectors.json');
    expect(result.code).toBe(0);
  });

  it('item 6: an import\'s shape file, named on its own, passes; a folder with it too', () => {
    expect(project.flowgen(['validate', 'imported/z.webex.json']).code).toBe(0);
    expect(project.flowgen(['validate', 'imported']).code).toBe(0);
  });

  it('item 6: a broken shape file or a .connectors.json that is neither manifest nor flow still fails', () => {
    writeFileSync(join(project.root, 'imported/broken.webex.json'), '{ "envelope": ');
    expect(project.flowgen(['validate', 'imported/broken.webex.json']).stderr).toContain('FG021');
    writeFileSync(join(project.root, 'dist/Other.connectors.json'), '{ "something": "else" }');
    expect(project.flowgen(['validate', 'dist/Other.connectors.json']).code).toBe(1);
  });
});
