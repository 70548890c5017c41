/**
 * No function in src/ is over 80 lines (house style §9, issue 10), found with the TypeScript
 * compiler API: every function declaration, method, accessor, constructor, function expression
 * and arrow function, nested ones included (a factory's closures count on their own, and also
 * inside the function that holds them). A line is counted from the line of the function's first
 * token (its name or `function` keyword, after any JSDoc) to the line of its last.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../harness/paths.js';

export const MAX_FUNCTION_LINES = 80;

const src = join(repoRoot, 'src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

export interface LongFunction {
  /** `path:line name` */
  at: string;
  lines: number;
}

function nameOf(node: ts.FunctionLikeDeclaration, source: ts.SourceFile): string {
  if (node.name) return node.name.getText(source);
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) return parent.name.getText(source);
  if (ts.isCallExpression(parent)) return `(argument of ${parent.expression.getText(source).slice(0, 40)})`;
  return '(anonymous)';
}

/** Every function-like node of a source text that spans more than `max` lines. */
export function longFunctions(path: string, text: string, max = MAX_FUNCTION_LINES): LongFunction[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
      const fn = node as ts.FunctionLikeDeclaration;
      const first = source.getLineAndCharacterOfPosition(fn.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(fn.getEnd()).line;
      const lines = last - first + 1;
      if (lines > max) found.push({ at: `${path}:${first + 1} ${nameOf(fn, source)}`, lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('function length in src/', () => {
  it(`no function is over ${MAX_FUNCTION_LINES} lines`, () => {
    const long = files(src).flatMap((file) => longFunctions(relative(repoRoot, file), readFileSync(file, 'utf8')));
    expect(long).toStrictEqual([]);
  });

  it('counts nested closures, arrow functions and methods (the check itself can fail)', () => {
    const body = (n: number): string => Array.from({ length: n }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const text = [
      'export function factory() {',
      '  const inner = () => {',
      body(MAX_FUNCTION_LINES - 1),
      '  };',
      '  return inner;',
      '}',
      'class Shape {',
      '  draw() {',
      body(MAX_FUNCTION_LINES - 2),
      '  }',
      '}',
      'const ok = function () {',
      body(MAX_FUNCTION_LINES - 2),
      '};',
    ].join('\n');
    expect(longFunctions('made.ts', text).map((f) => [f.at, f.lines])).toStrictEqual([
      ['made.ts:1 factory', MAX_FUNCTION_LINES + 4],
      ['made.ts:2 inner', MAX_FUNCTION_LINES + 1],
    ]);
  });
});
