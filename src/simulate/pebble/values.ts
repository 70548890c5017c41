/** Pebble run-time values and how Pebble prints them (shared by the evaluator and the filters). */

export type PebbleValue = null | string | number | boolean | Date | PebbleValue[] | { [key: string]: PebbleValue };

export const isRecord = (v: PebbleValue | undefined): v is { [key: string]: PebbleValue } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** A value as Pebble prints it: null as "", a date as ISO-8601 (Java's Instant.toString), lists and maps as JSON. */
export function stringify(value: PebbleValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'NaN';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString().replace('.000Z', 'Z');
  return JSON.stringify(value, (_, v: unknown) => (v instanceof Date ? v.toISOString() : v));
}

/** A value in a message ("the text \"abc\"", "a list"). */
export function describe(value: PebbleValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a map';
  return `${typeof value} ${String(value)}`;
}
