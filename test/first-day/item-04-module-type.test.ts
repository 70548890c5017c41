/**
 * Issue 17 item 4 and issue 9 item 6: a definition loads in a project without `"type": "module"`,
 * and from a folder where `flowgen` does not resolve (it means the running flowgen then); any
 * other load failure says its real cause at file:line:col.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../harness/paths.js';
import { scratchProject, type ScratchProject } from '../harness/scratch-project.js';

let project: ScratchProject;
let commonJs: string;
let loose: string;
const hello = readFileSync(join(repoRoot, 'test/fixtures/made/hello.flow.ts'), 'utf8');

beforeAll(() => {
  project = scratchProject();
  // npm init's package.json: no "type", so .ts and .js files are CommonJS to Node and tsx.
  commonJs = join(dirname(project.root), 'npm init project');
  mkdirSync(join(commonJs, 'flows'), { recursive: true });
  mkdirSync(join(commonJs, 'node_modules'));
  symlinkSync(project.root, join(commonJs, 'node_modules/wxcc-flowgen'), 'dir');
  writeFileSync(join(commonJs, 'package.json'), JSON.stringify({ name: 'npm-init-project', version: '1.0.0', main: 'index.js', devDependencies: { flowgen: 'file:..' } }, null, 2));
  writeFileSync(join(commonJs, 'flows/hello.flow.ts'), hello);
  writeFileSync(join(commonJs, 'flows/hello-js.flow.js'), hello.replace('Hello_World', 'Hello_JS'));
  // A folder with no package.json and no node_modules: `flowgen` resolves from nowhere.
  loose = join(dirname(project.root), 'loose flows');
  mkdirSync(loose);
  writeFileSync(join(loose, 'a.flow.ts'), hello.replace('Hello_World', 'Loose_TS'));
  writeFileSync(join(loose, 'b.flow.mts'), hello.replace('Hello_World', 'Loose_MTS'));
  writeFileSync(join(loose, 'missing.flow.ts'), "import { defineFlow, z } from 'wxcc-flowgen';\nimport { steps } from './steps.js';\nimport { pad } from 'no-such-package-x';\n\nexport default defineFlow({ name: 'M', params: z.object({}) }, (f) => steps(f, pad));\n");
});
afterAll(() => project.remove());

describe('item 4 / issue 9 item 6: definitions load from anywhere', () => {
  it('item 4: a project without "type": "module" builds its .flow.ts and .flow.js', () => {
    const result = project.flowgen(['build'], { cwd: commonJs });
    expect(result.stderr).not.toContain('FG002');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('wrote dist/Hello_World.json');
    expect(result.stdout).toContain('wrote dist/Hello_JS.json');
  });

  it('issue 9 item 6: a definition where flowgen does not resolve uses the running flowgen (.ts and .mts)', () => {
    const result = project.flowgen(['build', join(loose, 'a.flow.ts'), join(loose, 'b.flow.mts'), '-o', join(loose, 'out')], { cwd: loose });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('wrote out/Loose_TS.json');
    expect(result.stdout).toContain('wrote out/Loose_MTS.json');
  });

  it('issue 9 item 6: any other missing import is FG018 with its real cause at file:line:col', () => {
    const result = project.flowgen(['build', 'missing.flow.ts', '--format', 'json'], { cwd: loose });
    expect(result.code).toBe(1);
    const [diagnostic] = JSON.parse(result.stdout).diagnostics;
    expect(diagnostic).toMatchObject({ code: 'FG018', message: 'The flow definition imports "./steps.js", which cannot be found.', location: { file: 'missing.flow.ts', line: 2, column: 23 } });
    writeFileSync(join(loose, 'steps.ts'), 'export const steps = (f: any, pad: unknown) => f.start.then(f.disconnect(String(pad)));\n');
    const next = JSON.parse(project.flowgen(['build', 'missing.flow.ts', '--format', 'json'], { cwd: loose }).stdout).diagnostics[0];
    expect(next).toMatchObject({ code: 'FG018', message: 'The flow definition imports "no-such-package-x", which cannot be found.', location: { line: 3, column: 21 } });
    expect(next.hint).toContain('npm install no-such-package-x');
  });
});
