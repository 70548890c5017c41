/**
 * "Arrows only downward" (house style §1), enforced by dependency-cruiser with the rules in
 * .dependency-cruiser.cjs: every import in src/ (static, type-only or dynamic) goes to the same
 * folder or to a lower layer of test/architecture/layer-order.cjs, and no module is in a cycle.
 * The last test shows the same configuration failing on a made tree that breaks each rule.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../harness/paths.js';

const layers = createRequire(import.meta.url)('./layer-order.cjs') as string[];
const depcruise = join(repoRoot, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const config = join(repoRoot, '.dependency-cruiser.cjs');

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

/** Runs dependency-cruiser over `cwd`/src with the project's rules; its violations. */
function cruise(cwd: string): Violation[] {
  const run = spawnSync(process.execPath, [depcruise, 'src', '--config', config, '--output-type', 'json'], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(run.stderr.trim(), 'depcruise reports no error of its own').toBe('');
  const result = JSON.parse(run.stdout) as { summary: { violations: Violation[] } };
  return result.summary.violations.map(({ from, to, rule }) => ({ from, to, rule: { name: rule.name } }));
}

describe('layering of src/', () => {
  it('every top-level folder of src/ is a known layer', () => {
    const tops = readdirSync(join(repoRoot, 'src'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(tops.filter((t) => !layers.includes(t))).toStrictEqual([]);
  });

  it('dependency-cruiser finds no upward import, no cycle and no module outside a layer', () => {
    expect(cruise(repoRoot)).toStrictEqual([]);
  });

  describe('the rules fail on a tree that breaks them', () => {
    const made = mkdtempSync(join(tmpdir(), 'flowgen-layers-'));
    afterAll(() => rmSync(made, { recursive: true, force: true }));
    const write = (path: string, text: string): void => {
      mkdirSync(dirname(join(made, path)), { recursive: true });
      writeFileSync(join(made, path), text);
    };
    write('tsconfig.json', JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true } }));
    write('src/cli/main.ts', "export const main = 1;\n");
    // A dynamic import upward: util may not reach the CLI even lazily.
    write('src/util/lazy.ts', "export const later = () => import('../cli/main.js');\n");
    // A type-only import upward.
    write('src/ir/types.ts', "import type { Rule } from '../validate/rule.js';\nexport type Uses = Rule;\n");
    write('src/validate/rule.ts', 'export interface Rule { name: string }\n');
    // A cycle inside one folder.
    write('src/diff/a.ts', "import { b } from './b.js';\nexport const a = (): number => b() + 1;\n");
    write('src/diff/b.ts', "import { a } from './a.js';\nexport const b = (): number => (a.length > 0 ? 1 : 0);\n");
    write('src/widgets/stray.ts', "import { main } from '../cli/main.js';\nexport const stray = main;\n");

    it('reports each break by the rule it breaks', () => {
      const found = cruise(made).map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
      expect(found).toStrictEqual([
        'no-circular: src/diff/a.ts → src/diff/b.ts',
        'no-unknown-layer: src/widgets/stray.ts → src/cli/main.ts',
        'no-upward-from-ir: src/ir/types.ts → src/validate/rule.ts',
        'no-upward-from-util: src/util/lazy.ts → src/cli/main.ts',
      ]);
    });

    it('makes the command exit non-zero, so a violation fails the suite', () => {
      expect(() => execFileSync(process.execPath, [depcruise, 'src', '--config', config, '--output-type', 'err'], { cwd: made, stdio: 'pipe' })).toThrow();
    });
  });
});
