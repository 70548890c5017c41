/**
 * docs/diagnostics.md is generated and complete: it is what `npm run docs` makes of
 * src/diagnostics/codes.ts and docs/codes/, and every registered code has a wrong and a right
 * example (or an exemption saying why it cannot have one). The examples themselves run in
 * code-examples-*.test.ts (three files, so vitest runs them side by side).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnosticCodes } from '../../src/diagnostics/codes.js';
import { exampleFolders, readCodeExample, type CodeExample, type RunnableMeta } from '../../scripts/docs/code-examples.js';
import { renderDiagnosticsPage } from '../../scripts/docs/diagnostics.js';
import { repoRoot } from '../harness/paths.js';
import { registrations } from './run-flowgen.js';

const registered = Object.keys(diagnosticCodes).sort();
const examples = registered.flatMap((code) => {
  const example = readCodeExample(repoRoot, code);
  return example ? [example] : [];
});
const runnable = examples.filter((e): e is CodeExample & { meta: RunnableMeta } => !('exempt' in e.meta));

describe('docs/diagnostics.md', () => {
  it('is what `npm run docs` generates from codes.ts and docs/codes', () => {
    expect(readFileSync(join(repoRoot, 'docs/diagnostics.md'), 'utf8')).toBe(renderDiagnosticsPage(repoRoot));
  });

  it('has an example, or an exemption, for every registered code', () => {
    expect(registered.filter((code) => !examples.some((e) => e.code === code))).toStrictEqual([]);
  });

  it('exempts only the codes that cannot have a documented input', () => {
    // FG9xx: a bug in flowgen, which no input should be able to cause.
    const exempt = examples.filter((e) => 'exempt' in e.meta).map((e) => e.code);
    expect(exempt).toStrictEqual(['FG901', 'FG902']);
  });

  it('runs its examples with every command src/cli/run.ts registers', () => {
    const main = readFileSync(join(repoRoot, 'src/cli/run.ts'), 'utf8');
    const registered = [...main.matchAll(/\)\.(register\w+)\],?$/gm)].map((m) => m[1]);
    expect(registrations.map((r) => r.name)).toStrictEqual(registered);
  });

  it('has no example folder for a code that is not registered, nor one without files', () => {
    expect(exampleFolders(repoRoot).filter((folder) => !registered.includes(folder))).toStrictEqual([]);
    expect(runnable.filter((e) => e.wrong.length === 0 && !e.meta.generated?.length).map((e) => e.code)).toStrictEqual([]);
  });
});

