/**
 * flowgen writes JSON with `JSON.stringify(value, null, 2)` plus a newline instead of running
 * prettier's `json-stringify` parser over it (90% of a large build's time, issue 13). That is only
 * right while the two print the same bytes: proved here over the goldens, every corpus document
 * and the documents flowgen builds back from them, and random JSON values.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { jsonText } from '../../src/util/json-text.js';
import { corpusFiles } from '../harness/corpus.js';
import { repoRoot } from '../harness/paths.js';

const prettierJson = (value: unknown): Promise<string> => format(JSON.stringify(value), { parser: 'json-stringify' });

describe('jsonText prints what prettier json-stringify prints', () => {
  const goldenDir = join(repoRoot, 'test/golden');
  const goldens = readdirSync(goldenDir).filter((f) => f.endsWith('.json'));

  it('for the golden outputs, byte for byte (and they are what jsonText writes)', async () => {
    expect(goldens.length).toBeGreaterThan(0);
    for (const file of goldens) {
      const text = readFileSync(join(goldenDir, file), 'utf8');
      const value: unknown = JSON.parse(text);
      expect(jsonText(value), file).toBe(await prettierJson(value));
      expect(jsonText(value), file).toBe(text);
    }
  });

  it.skipIf(corpusFiles.length === 0)('for every corpus document and the flow inside a template wrapper', async () => {
    let checked = 0;
    for (const { name, text } of corpusFiles) {
      const value = JSON.parse(text) as Record<string, unknown>;
      const documents: unknown[] = [value];
      if (typeof value['flow'] === 'string' && value['flow'].trimStart().startsWith('{')) documents.push(JSON.parse(value['flow']));
      for (const document of documents) {
        expect(jsonText(document), name).toBe(await prettierJson(document));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(corpusFiles.length);
  });

  it('for random JSON values: nesting, empty containers, escapes, non-ASCII and lone surrogates', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), fc.string({ unit: 'binary' }), async (value, text) => {
        const document = { value, text, empty: { list: [], map: {} } };
        expect(jsonText(document)).toBe(await prettierJson(document));
      }),
      { numRuns: 300, seed: 20261201 },
    );
  });
});
