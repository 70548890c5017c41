/**
 * Small readers shared by the activity modules' `fromWebex`: exported strings become literal
 * templates (kept exactly as written, `{{ }}` included), numbers written as strings are read back.
 */
import type { Template } from '../../ir/types.js';

/** An exported Pebble string as a template that renders back to exactly the same text. */
export function textTemplate(value: unknown): Template | undefined {
  if (typeof value !== 'string') return undefined;
  return { parts: value === '' ? [] : [{ text: value }] };
}

/** `"5000"` or `5000` → 5000; anything else → undefined. */
export function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

/** A `{name: template}` object of strings; undefined if any value is not a string. */
export function templateRecord(value: unknown): Record<string, Template> | undefined {
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) return undefined;
  const out: Record<string, Template> = {};
  for (const [key, v] of Object.entries(value)) {
    const t = textTemplate(v);
    if (!t) return undefined;
    out[key] = t;
  }
  return out;
}

/** Drops undefined values so zod defaults apply. */
export function defined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}
