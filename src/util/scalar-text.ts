/**
 * A JSON scalar as text, for readers of untrusted documents: exports write some numbers as
 * strings and back, so both read the same; an object or array (whose `String()` may even throw,
 * e.g. `{"toString": 1}`) is `fallback`.
 */
export function scalarText(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : fallback;
}
