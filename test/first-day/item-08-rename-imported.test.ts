/**
 * Issue 17 item 8: renaming an imported activity changes its name and nothing else: `flowgen diff`
 * reports one rename, and the emitted activity keeps its exported properties.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusRoot, hasShared } from '../harness/paths.js';
import { scratchProject, type ScratchProject } from '../harness/scratch-project.js';

const exported = join(corpusRoot, 'ciscolivelabs__wxcclabguides/LTRCCT-2004__flows__CL_1_readout_2.json');
let project: ScratchProject;

beforeAll(() => {
  project = scratchProject();
});
afterAll(() => project.remove());

const activityNamed = (document: any, name: string) => Object.values(document.process.activities as Record<string, any>).find((a) => a.name === name);

describe.skipIf(!hasShared)('item 8: renaming an imported activity', () => {
  it('item 8: renaming "cfrom" to "CallingFrom" is one change, and its properties stay as exported', () => {
    expect(project.flowgen(['import', exported, '-o', 'imported/readout.flow.ts', '-q']).code).toBe(0);
    const original = join(project.root, 'imported/readout.flow.ts');
    const source = readFileSync(original, 'utf8');
    expect(source).toContain("f.playMessage('cfrom', {");
    writeFileSync(join(project.root, 'imported/renamed.flow.ts'), source.replace("f.playMessage('cfrom', {", "f.playMessage('CallingFrom', {"));

    const diff = project.flowgen(['diff', 'imported/readout.flow.ts', 'imported/renamed.flow.ts', '--format', 'json']);
    const [report] = JSON.parse(diff.stdout).reports;
    expect(report.changes).toHaveLength(1);
    expect(report.changes[0]).toMatchObject({ kind: 'activity-renamed' });

    expect(project.flowgen(['build', 'imported/readout.flow.ts', '-o', 'before', '-q']).code).toBe(0);
    expect(project.flowgen(['build', 'imported/renamed.flow.ts', '-o', 'after', '-q']).code).toBe(0);
    const flowFile = readdirSync(join(project.root, 'before')).find((f) => !f.endsWith('.connectors.json'))!;
    const before = activityNamed(JSON.parse(readFileSync(join(project.root, 'before', flowFile), 'utf8')), 'cfrom');
    const after = activityNamed(JSON.parse(readFileSync(join(project.root, 'after', flowFile), 'utf8')), 'CallingFrom');
    expect({ ...after.properties, name: 'cfrom' }).toEqual(before.properties);
    expect(Object.keys(after.properties)).toEqual(Object.keys(before.properties));
  });
});
