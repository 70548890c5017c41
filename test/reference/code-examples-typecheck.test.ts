/**
 * The TypeScript files of the documented examples (docs/codes/FGnnn) type-check as a reader would
 * compile them, `wxcc-flowgen` meaning this checkout's src/index.ts: every right example is clean,
 * and a wrong example has type errors only where its problem is one (a module that is not there).
 * Running an example does not type-check it (tsx strips types), so this is what keeps the
 * examples' DSL calls in step with the factories' types.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { afterAll, expect, it } from 'vitest';
import { examplePackageJson, rightFiles, type CodeExample } from '../../scripts/docs/code-examples.js';
import { repoRoot } from '../harness/paths.js';
import { runnableExamples } from './describe-examples.js';

/** Wrong examples whose problem is a TypeScript error too. */
const WRONG_BY_TYPE = ['FG018/wrong'];

const scratch = mkdtempSync(join(tmpdir(), 'flowgen-code-types-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes each side of each example into `scratch`/<code>/<side>; returns the TypeScript files. */
function writeSides(examples: readonly CodeExample[]): string[] {
  const written: string[] = [];
  for (const example of examples) {
    for (const [side, files] of [['wrong', example.wrong], ['right', rightFiles(example)]] as const) {
      mkdirSync(join(scratch, example.code, side), { recursive: true });
      writeFileSync(join(scratch, example.code, side, 'package.json'), examplePackageJson);
      for (const file of files) {
        const path = join(scratch, example.code, side, file.path);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, file.text);
        if (path.endsWith('.ts')) written.push(path);
      }
    }
  }
  return written;
}

it('type-checks every right example, and the wrong ones but where the type error is the problem', () => {
  const roots = writeSides(runnableExamples(/^FG/));
  const config = ts.readConfigFile(join(repoRoot, 'tsconfig.json'), (path) => readFileSync(path, 'utf8'));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, repoRoot);
  const program = ts.createProgram(roots, { ...options, noEmit: true, rootDir: undefined, paths: { 'wxcc-flowgen': [join(repoRoot, 'src/index.ts')] } });
  const errors = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName.startsWith(scratch))
    .map((d) => `${relative(scratch, d.file!.fileName)}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
  const sides = [...new Set(errors.map((e) => e.split('/').slice(0, 2).join('/')))].sort();
  expect(sides, errors.join('\n')).toStrictEqual(WRONG_BY_TYPE);
}, 240_000);
