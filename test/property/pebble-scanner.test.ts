/**
 * The `{{ }}` scanner on every string up to length 5 over a small alphabet that holds each
 * delimiter, bracket, quote and operator (graphql-js genFuzzStrings): it never throws, it
 * terminates, offsets stay inside the text, and text without `{` is never a problem.
 */
import { describe, expect, it } from 'vitest';
import { scanTemplate } from '../../src/validate/pebble-scanner.js';
import { checkJsonPath } from '../../src/validate/jsonpath-syntax.js';

function* strings(alphabet: readonly string[], maxLength: number): Generator<string> {
  yield '';
  let current = [''];
  for (let length = 1; length <= maxLength; length++) {
    const next: string[] = [];
    for (const prefix of current) for (const c of alphabet) next.push(prefix + c);
    yield* next;
    current = next;
  }
}

describe('pebble scanner fuzz', () => {
  it('is total over every string of up to 5 characters of {}[]()\'"|.a=%', () => {
    let count = 0;
    for (const text of strings(['{', '}', '[', ']', '(', ')', "'", '"', '|', '.', 'a', '=', '%'], 5)) {
      const result = scanTemplate(text);
      count++;
      for (const p of result.problems) expect(p.offset >= 0 && p.offset < text.length, text).toBe(true);
      for (const r of result.references) expect(text.slice(r.offset).startsWith(r.path.split('.')[0]!), text).toBe(true);
      if (!text.includes('{')) expect(result.problems, text).toStrictEqual([]);
    }
    expect(count).toBe(402_234);
  }, 120_000);

  it('checkJsonPath is total over every string of up to 5 characters of $.[]*?()\'a0:@', () => {
    for (const path of strings(['$', '.', '[', ']', '*', '?', '(', ')', "'", 'a', '0', ':', '@'], 5)) {
      const error = checkJsonPath(path);
      if (error) expect(error.offset >= 0 && error.offset <= path.length, path).toBe(true);
    }
  });
});
