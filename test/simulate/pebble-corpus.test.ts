/**
 * The Pebble evaluator on every `{{ … }}` text in the corpus (../shared/corpus): each one the
 * validator's scanner accepts must parse, and must evaluate to text or fail with a PebbleError
 * (what Webex turns into the error path), never crash, with every reference bound to a sample
 * value. Texts the scanner flags (SF22's `{{[phoneNumber}}`) must be refused by the parser too.
 */
import { describe, expect, it } from 'vitest';
import { renderPebble, type PebbleValue } from '../../src/simulate/pebble/evaluate.js';
import { PebbleError } from '../../src/simulate/pebble/parse.js';
import { scanTemplate } from '../../src/validate/pebble-scanner.js';
import { corpusFiles } from '../harness/corpus.js';
import { hasShared } from '../harness/paths.js';

function texts(value: unknown, into: Set<string>): Set<string> {
  if (typeof value === 'string') {
    if (value.includes('{{')) into.add(value);
    // Template wrappers hold the export as a JSON string.
    if (value.trimStart().startsWith('{') && value.includes('"process"')) {
      try {
        texts(JSON.parse(value), into);
      } catch {
        // not JSON after all
      }
    }
  } else if (Array.isArray(value)) for (const item of value) texts(item, into);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) texts(item, into);
  return into;
}

const all = new Set<string>();
for (const file of corpusFiles) {
  if (!file.name.endsWith('.json')) continue;
  try {
    texts(JSON.parse(file.text), all);
  } catch {
    // the Postman collection and friends: not flows
  }
}
const expressions = [...all].sort();

/** A value for any name: a record whose members are sample texts, so `a.b.c` resolves too. */
const sample = (name: string): PebbleValue => {
  const record: Record<string, PebbleValue> = {};
  return new Proxy(record, { get: (_, key) => (typeof key === 'string' ? `${name}.${key}` : undefined), has: () => true, ownKeys: () => [], getOwnPropertyDescriptor: () => ({ configurable: true, enumerable: true, value: 'x' }) }) as PebbleValue;
};

describe.skipIf(!hasShared)('Pebble on every corpus expression', () => {
  it('finds the corpus texts (a sanity floor)', () => {
    expect(expressions.length).toBeGreaterThan(150);
  });

  it('parses every text the scanner accepts and refuses every text it flags', () => {
    const wrong: string[] = [];
    for (const text of expressions) {
      const flagged = scanTemplate(text).problems.length > 0;
      let parsed = true;
      try {
        renderPebble(text, { lookup: () => null, now: new Date(0) });
      } catch (error) {
        if (!(error instanceof PebbleError)) throw error;
        parsed = !/expected|unexpected|never closed|no closing|ends too early|is closed by|not allowed|empty|must be followed/.test(error.message);
      }
      if (parsed === flagged) wrong.push(`${flagged ? 'flagged but parsed' : 'accepted but not parsed'}: ${text.slice(0, 120)}`);
    }
    expect(wrong).toStrictEqual([]);
  });

  it('evaluates every accepted text to text or a PebbleError, with names bound to strings, numbers and records', () => {
    const bindings: ((name: string) => PebbleValue)[] = [() => 'some text', () => 7, sample, () => null];
    let rendered = 0;
    for (const text of expressions.filter((t) => scanTemplate(t).problems.length === 0)) {
      for (const bind of bindings) {
        try {
          expect(typeof renderPebble(text, { lookup: bind, now: new Date('2026-03-10T14:05:09Z') })).toBe('string');
          rendered++;
        } catch (error) {
          expect(error, text).toBeInstanceOf(PebbleError);
        }
      }
    }
    expect(rendered).toBeGreaterThan(expressions.length);
  });
});
