/**
 * "Arrows only downward" as a test (house style §1): every relative import in src/ goes to the
 * same folder or to a lower layer, so the phases cannot grow cycles between them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../harness/paths.js';

/** Lowest first. `index.ts` at the root of src/ is the public API and sits with `api`. */
const layers = ['util', 'diagnostics', 'ir', 'activities', 'layout', 'dsl', 'validate', 'emit', 'import', 'print', 'load', 'diff', 'graph', 'simulate', 'deploy', 'connectors', 'api', 'cli'];

const src = join(repoRoot, 'src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

const layerOf = (file: string): number => {
  const top = relative(src, file).split('/')[0]!;
  return top === 'index.ts' ? layers.indexOf('api') : layers.indexOf(top);
};

describe('layering of src/', () => {
  const all = files(src);

  it('every top-level folder of src/ is a known layer', () => {
    for (const file of all) expect(layerOf(file), relative(src, file)).toBeGreaterThanOrEqual(0);
  });

  it('no module imports from a higher layer', () => {
    const upward: string[] = [];
    for (const file of all) {
      for (const match of readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
        const target = resolve(dirname(file), match[1]!.replace(/\.js$/, '.ts'));
        if (layerOf(target) > layerOf(file)) upward.push(`${relative(src, file)} → ${relative(src, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('only activity modules (and the emitter\'s document envelope) name Webex activity property keys', () => {
    const activityKeys = ['promptsTts', 'menuLinks', 'httpRequestPath', 'queueRadioGroup', 'screenPopUrl', 'srcVariable', 'audioRadioGroup', 'outputVariableArray'];
    const leaks: string[] = [];
    for (const file of all) {
      if (relative(src, file).startsWith('activities/')) continue;
      const text = readFileSync(file, 'utf8');
      for (const key of activityKeys) if (text.includes(key)) leaks.push(`${relative(src, file)}: ${key}`);
    }
    expect(leaks).toEqual([]);
  });
});
