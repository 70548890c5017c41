/**
 * The tests of the documented examples of a range of codes (docs/codes/FGnnn): the wrong example
 * reports its code, and no other code it does not list; the right example does not report it and
 * ends with the exit code it names (0 unless said).
 */
import { describe, expect, it } from 'vitest';
import { diagnosticCodes } from '../../src/diagnostics/codes.js';
import { readCodeExample, rightSide, wrongSide, type CodeExample, type RunnableMeta } from '../../scripts/docs/code-examples.js';
import { repoRoot } from '../harness/paths.js';
import { runExample } from './example-project.js';

/** The runnable examples of the registered codes `pattern` matches. */
export function runnableExamples(pattern: RegExp): (CodeExample & { meta: RunnableMeta })[] {
  return Object.keys(diagnosticCodes)
    .filter((code) => pattern.test(code))
    .sort()
    .flatMap((code) => {
      const example = readCodeExample(repoRoot, code);
      return example && !('exempt' in example.meta) ? [example as CodeExample & { meta: RunnableMeta }] : [];
    });
}

export function describeExamples(pattern: RegExp): void {
  describe.each(runnableExamples(pattern))('$code example', (example) => {
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
}
