/**
 * docs/diagnostics.md is generated and every example on it does what the page says: for each code
 * registered in src/diagnostics/codes.ts, docs/codes/<code> has a wrong and a right example (or
 * an exemption saying why it cannot have one); the wrong example reports the code (and nothing
 * else it does not list), the right example does not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnosticCodes } from '../../src/diagnostics/codes.js';
import { exampleFolders, readCodeExample, rightSide, wrongSide, type CodeExample, type RunnableMeta } from '../../scripts/docs/code-examples.js';
import { renderDiagnosticsPage } from '../../scripts/docs/diagnostics.js';
import { repoRoot } from '../harness/paths.js';
import { runExample } from './example-project.js';

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

  it('has no example folder for a code that is not registered, nor one without files', () => {
    expect(exampleFolders(repoRoot).filter((folder) => !registered.includes(folder))).toStrictEqual([]);
    expect(runnable.filter((e) => e.wrong.length === 0).map((e) => e.code)).toStrictEqual([]);
  });
});

describe.each(runnable)('$code example', (example) => {
  const { code, meta } = example;
  it(`the wrong one reports ${code}, and only what it lists`, async () => {
    const run = await runExample(wrongSide(example, meta), meta);
    expect(run.codes, `${run.stdout}\n${run.stderr}`).toContain(code);
    expect(run.codes.filter((c) => c !== code && !meta.alsoReports?.includes(c)), `${run.stdout}\n${run.stderr}`).toStrictEqual([]);
  });

  it(`the right one does not report ${code} and ends with exit code ${meta.rightExitCode ?? 0}`, async () => {
    const run = await runExample(rightSide(example, meta), meta);
    expect(run.codes, `${run.stdout}\n${run.stderr}`).not.toContain(code);
    expect(run.exitCode, `${run.stdout}\n${run.stderr}`).toBe(meta.rightExitCode ?? 0);
  });
});
