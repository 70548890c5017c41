/**
 * docs/adding-a-rule.md shows a real rule: its first example is src/validate/rules/no-start.ts as
 * it stands, with only the import paths written from docs/, so the guide cannot drift from the code.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot } from '../harness/paths.js';

it('the guide\'s rule example is no-start.ts as it stands (imports written from docs/)', () => {
  const guide = readFileSync(resolve(repoRoot, 'docs/adding-a-rule.md'), 'utf8');
  const example = /```ts\n([\s\S]*?)```/.exec(guide)![1]!;
  const source = readFileSync(resolve(repoRoot, 'src/validate/rules/no-start.ts'), 'utf8');
  const code = source.slice(source.indexOf('\nimport ') + 1);
  expect(example.replaceAll("'../src/activities/", "'../../activities/").replaceAll("'../src/validate/", "'../")).toBe(code);
});
