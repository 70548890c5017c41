/**
 * Issue 13: ES-module definitions are compiled by esbuild into a cached module (definition-bundle.ts)
 * and layouts are kept on disk, instead of tsx and elk on every start. Everything a user sees must
 * be what tsx and elk gave: output bytes, diagnostics with their file:line:col, and a changed file
 * (the flow or one it imports) is never served from the cache. FLOWGEN_NO_CACHE=1 is the old path.
 * The project here is what `npm install wxcc-flowgen` gives: `"type": "module"`, the package in
 * node_modules, no tsconfig `paths`. flowgen's own checkout maps `wxcc-flowgen` to src/index.ts
 * with tsconfig `paths` (for the type checker); there the built flowgen is the library meant.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../harness/paths.js';
import { scratchProject, type CliResult, type ScratchProject } from '../harness/scratch-project.js';

let project: ScratchProject;
let app: string;
const off = { FLOWGEN_NO_CACHE: '1' };

function build(env: NodeJS.ProcessEnv = {}, ...paths: string[]): CliResult & { outputs: Record<string, string> } {
  const out = join(app, env['FLOWGEN_NO_CACHE'] ? 'dist-tsx' : 'dist');
  const result = project.flowgen(['build', ...paths, '-o', out], { cwd: app, env });
  let outputs: Record<string, string> = {};
  try {
    outputs = Object.fromEntries(readdirSync(out).map((name) => [name, readFileSync(join(out, name), 'utf8')]));
  } catch {
    // nothing written
  }
  return { ...result, outputs };
}

/** The cache entries (definitions/*.json) that were made for `file`. */
function entriesFor(file: string): { module: string }[] {
  const folder = join(project.root, 'node_modules/.cache/flowgen/definitions');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as { module: string; depends: [string, string | null][] })
    .filter((entry) => entry.depends.some(([path]) => path === file));
}

beforeAll(() => {
  project = scratchProject();
  app = join(dirname(project.root), 'installed app');
  mkdirSync(join(app, 'node_modules'), { recursive: true });
  symlinkSync(project.root, join(app, 'node_modules/wxcc-flowgen'), 'dir');
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'installed-app', type: 'module', private: true }));
  cpSync(join(repoRoot, 'flows/zendesk-ivr.flow.ts'), join(app, 'flows/zendesk-ivr.flow.ts'));
  cpSync(join(repoRoot, 'flows/zendesk-ivr.forks.ts'), join(app, 'flows/zendesk-ivr.forks.ts'));
  cpSync(join(repoRoot, 'templates'), join(app, 'templates'), { recursive: true });
  mkdirSync(join(app, 'more'));
  writeFileSync(join(app, 'more/words.ts'), "export const greeting: string = 'Hello from a helper';\n");
  writeFileSync(
    join(app, 'more/helper.flow.ts'),
    "import { defineFlow, z } from 'wxcc-flowgen';\nimport { greeting } from './words.js';\n\nexport default defineFlow({ name: 'Helper', params: z.object({}) }, (f) => {\n  f.start.then(f.playMessage('Say', { say: greeting })).then(f.disconnect('Bye'));\n});\n",
  );
  cpSync(join(repoRoot, 'test/fixtures/made/unwired-menu.flow.ts'), join(app, 'broken/unwired-menu.flow.ts'));
  cpSync(join(repoRoot, 'test/fixtures/made/throws.flow.ts'), join(app, 'broken/throws.flow.ts'));
  writeFileSync(join(app, 'more/meta.flow.ts'), readFileSync(join(repoRoot, 'test/fixtures/made/hello.flow.ts'), 'utf8').replace("'Hello_World'", "'Meta_' + (import.meta.url.includes('/more/meta.flow.ts') ? 'Own' : 'Other')"));
});
afterAll(() => project.remove());

describe('issue 13: the cached definition bundle', () => {
  it('builds the Zendesk IVR byte for byte as the golden and as tsx does, through the cache', () => {
    const cached = build();
    expect(cached.stderr).toBe('');
    expect(cached.code).toBe(0);
    expect(cached.outputs['Zendesk_IVR.json']).toBe(readFileSync(join(repoRoot, 'test/golden/Zendesk_IVR.json'), 'utf8'));
    expect(entriesFor(join(app, 'flows/zendesk-ivr.flow.ts'))).toHaveLength(1);
    expect(entriesFor(join(app, 'flows/zendesk-ivr.forks.ts'))).toHaveLength(1);
    const again = build();
    const viaTsx = build(off);
    expect(again.outputs).toEqual(cached.outputs);
    expect(viaTsx.outputs).toEqual(cached.outputs);
  });

  it('a changed imported file is compiled again, never served from the cache', () => {
    const first = build({}, 'more/helper.flow.ts');
    expect(first.code).toBe(0);
    expect(first.outputs['Helper.json']).toContain('Hello from a helper');
    const before = entriesFor(join(app, 'more/words.ts')).map((entry) => entry.module);
    writeFileSync(join(app, 'more/words.ts'), "export const greeting: string = 'Changed in the helper';\n");
    const second = build({}, 'more/helper.flow.ts');
    expect(second.outputs['Helper.json']).toContain('Changed in the helper');
    expect(second.outputs['Helper.json']).not.toContain('Hello from a helper');
    const after = entriesFor(join(app, 'more/words.ts')).map((entry) => entry.module);
    expect(before).toHaveLength(1);
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(before[0]);
    expect(build(off, 'more/helper.flow.ts').outputs).toEqual(second.outputs);
  });

  it('diagnostics point at the author\'s line and column exactly as under tsx', () => {
    for (const file of ['broken/unwired-menu.flow.ts', 'broken/throws.flow.ts']) {
      const cached = build({}, file);
      const viaTsx = build(off, file);
      expect(cached.code).toBe(1);
      expect(cached.stderr).toMatch(new RegExp(`${file.replace(/[./]/g, '\\$&')}:\\d+:\\d+ - error FG`));
      expect(cached.stderr).toBe(viaTsx.stderr);
    }
    expect(entriesFor(join(app, 'broken/unwired-menu.flow.ts'))).toHaveLength(1);
  });

  it("in flowgen's own checkout (tsconfig paths to src/index.ts) the definition is cached and uses the built flowgen, byte for byte", () => {
    const out = join(project.root, 'dist-checkout');
    const result = project.flowgen(['build', 'flows/zendesk-ivr.flow.ts', '-o', out], { cwd: project.root });
    expect(result.code, result.stderr).toBe(0);
    expect(entriesFor(join(project.root, 'flows/zendesk-ivr.flow.ts')).length).toBeGreaterThan(0);
    expect(readFileSync(join(out, 'Zendesk_IVR.json'), 'utf8')).toBe(readFileSync(join(repoRoot, 'test/golden/Zendesk_IVR.json'), 'utf8'));
  });

  it('a file that reads import.meta is loaded by tsx, where import.meta is its own', () => {
    const result = build({}, 'more/meta.flow.ts');
    expect(result.code).toBe(0);
    expect(Object.keys(result.outputs)).toContain('Meta_Own.json');
    expect(entriesFor(join(app, 'more/meta.flow.ts'))).toHaveLength(0);
  });
});
