/**
 * Splitting the runtime text of a YAML request body into its `{{ }}` holes. This is structure, not
 * checking: it must find each hole's end in any text an author writes, including expressions the
 * Pebble scanner (validate/pebble-scanner.ts) rejects, which then reach the FG204 rule as written.
 * So it only skips quoted text and nested braces, where the scanner tokenises.
 */
import type { TemplatePart } from '../ir/types.js';

/** The index of the `}}` closing a hole that starts at `from`, skipping quoted text and nested braces. */
export function holeEnd(text: string, from: number): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0 && text[i + 1] === '}') return i;
      depth = Math.max(0, depth - 1);
    }
  }
  return -1;
}

/** The first `|` outside quotes and brackets (the start of a filter chain), or -1. */
export function topLevelBar(source: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === '|' && depth === 0) return i;
  }
  return -1;
}

export function mergeText(parts: TemplatePart[]): TemplatePart[] {
  const out: TemplatePart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last && 'text' in last && 'text' in part) out[out.length - 1] = { text: last.text + part.text };
    else out.push(part);
  }
  return out;
}
