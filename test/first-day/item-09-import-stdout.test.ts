/** Issue 17 item 9: `import --stdout` prints a definition that builds as it is (no missing shape file). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../harness/paths.js';
import { scratchProject, type ScratchProject } from '../harness/scratch-project.js';

let project: ScratchProject;
beforeAll(() => {
  project = scratchProject();
});
afterAll(() => project.remove());

describe('item 9: import --stdout', () => {
  it('item 9: the printed definition, saved as a file, builds with no other file beside it', () => {
    const printed = project.flowgen(['import', join(repoRoot, 'test/golden/Zendesk_IVR.json'), '--stdout']);
    expect(printed.code).toBe(0);
    expect(printed.stdout).not.toContain('.webex.json');
    expect(printed.stderr).toContain('printed in the current shape');
    writeFileSync(join(project.root, 'printed.flow.ts'), printed.stdout);
    const build = project.flowgen(['build', 'printed.flow.ts', '-o', 'out']);
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
  });
});
