/**
 * README.md as the front door (issue 16): its first lines are the two commands (.ci/run runs them,
 * and test/docs/examples.test.ts checks that), it stays short, and its dependency table says why
 * each dependency of package.json is there: every one, and no package that is not one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../harness/paths.js';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };

describe('README.md', () => {
  it('starts with the install-and-build and the test commands', () => {
    expect(readme.split('\n').slice(0, 7).join('\n')).toMatch(/```sh\nnpm ci && npx flowgen build .*\nnpm test .*\n```/);
  });

  it('is a short page: under 1,300 words, the rest is in docs/', () => {
    expect(readme.split(/\s+/).length).toBeLessThan(1300);
  });

  it('its dependency table gives a reason for every dependency in package.json, and names no other package', () => {
    const table = readme.slice(readme.indexOf('## Dependencies and why'));
    const named = [...table.matchAll(/^\| ([^|]+?) \| (.+) \|$/gm)]
      .filter((row) => row[1] !== 'package' && !row[1]!.startsWith('---'))
      .flatMap((row) => row[1]!.split(',').map((name) => name.trim().replace(/@\d+$/, '')));
    const declared = [...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)];
    expect([...named].sort()).toEqual([...declared].sort());
  });
});
