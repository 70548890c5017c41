#!/usr/bin/env -S node --import tsx
/**
 * generate: writes the generated reference pages (`npm run docs`):
 *   docs/diagnostics.md    every FG code with its wrong and right example (scripts/docs/diagnostics.ts)
 *   docs/dsl-reference.md  every activity kind with its DSL factory (scripts/docs/dsl-reference.ts)
 * Output depends only on the sources; test/reference checks that the committed pages are fresh.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderDiagnosticsPage } from './diagnostics.js';
import { renderDslReferencePage } from './dsl-reference.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const pages: [path: string, render: (repo: string) => string | Promise<string>][] = [
  ['docs/diagnostics.md', renderDiagnosticsPage],
  ['docs/dsl-reference.md', renderDslReferencePage],
];
for (const [path, render] of pages) {
  writeFileSync(join(repo, path), await render(repo));
  process.stdout.write(`wrote ${path}\n`);
}
