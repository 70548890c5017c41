/**
 * The text of every JSON file flowgen writes: one key per line, two-space indent, a final newline.
 * For flow documents this is what prettier's `json-stringify` parser prints, byte for byte
 * (test/emit/json-text.test.ts proves it over the goldens, the corpus and random JSON), at a
 * fraction of its cost on large flows.
 */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
