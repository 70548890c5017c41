/**
 * A JSON scalar as text, for readers of untrusted documents: exports write some numbers as
 * strings and back, so both read the same; an object or array (whose `String()` may even throw,
 * e.g. `{"toString": 1}`) is `fallback`.
 */
export function scalarText(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : fallback;
}

/** What a thrown value says, whatever was thrown (`String()` itself throws for `Object.create(null)`). */
export function thrownText(error: unknown): string {
  if (error instanceof Error) return typeof error.message === 'string' ? error.message : error.name;
  try {
    return String(error);
  } catch {
    return Object.prototype.toString.call(error);
  }
}
