/**
 * Issue 17 item 17: README's first DSL example is a complete flow: it type-checks and builds as printed.
 * (Since issue 16, test/docs/examples.test.ts runs every example of README and docs/ the same way;
 * this keeps the first one's check on its own, as the item asked.)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../harness/paths.js';
import { scratchProject, type ScratchProject } from '../harness/scratch-project.js';
import { fencedBlocks } from '../docs/markdown-blocks.js';

let project: ScratchProject;
const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const example = fencedBlocks(readme).find((block) => block.lang === 'ts')?.code;

beforeAll(() => {
  project = scratchProject();
  writeFileSync(join(project.root, 'flows/my-ivr.flow.ts'), example ?? '');
  writeFileSync(join(project.root, 'tsconfig.example.json'), JSON.stringify({ extends: './tsconfig.json', include: ['flows/my-ivr.flow.ts'] }));
});
afterAll(() => project.remove());

describe('item 17: README\'s first DSL example', () => {
  it('item 17: the example is there and names every handle it uses', () => {
    expect(example).toBeDefined();
    expect(example).toContain('defineFlow(');
    expect(example).toContain("from 'wxcc-flowgen'");
  });

  it('item 17: it type-checks (tsc --noEmit, strict)', () => {
    const tsc = spawnSync(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.example.json', '--noEmit'], { cwd: project.root, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });

  it('item 17: it builds with no diagnostics', () => {
    const build = project.flowgen(['build', 'flows/my-ivr.flow.ts', '-o', 'out']);
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    expect(build.stdout).toContain('wrote out/My_IVR.json');
  });
});
