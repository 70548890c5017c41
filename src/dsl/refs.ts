/**
 * Typed runtime references and templates. Authors never type `{{name}}`: they interpolate typed
 * handles into tagged templates (`text`, `expr`), and the emitter alone writes the braces.
 */
import type { Template, TemplatePart } from '../ir/types.js';
import type { FilteredRef, Hole, OutputRef, RuntimeExpression, TextTemplate, Variable } from '../activities/shared/factory.js';

// The value types live with the factory contract (activity modules write their inputs in them).
export type { FilteredRef, Hole, OutputRef, RuntimeExpression, RuntimeValue, Text, TextTemplate, Variable } from '../activities/shared/factory.js';
export { toTemplate } from '../activities/shared/factory-input.js';

function holePart(hole: Hole): TemplatePart {
  if (typeof hole === 'string') return { value: hole };
  if (typeof hole === 'number') return { value: String(hole) };
  switch (hole.kind) {
    case 'variable':
      return { ref: hole.name };
    case 'output':
      return { ref: hole.ref };
    case 'filtered':
      return { ref: hole.ref, filters: hole.filters };
    case 'expression':
      return { raw: hole.pebble };
  }
}

function build(strings: TemplateStringsArray, holes: readonly Hole[], expression: boolean): TextTemplate {
  const parts: TemplatePart[] = [];
  strings.forEach((s, i) => {
    if (s) parts.push({ text: s });
    if (i < holes.length) parts.push(holePart(holes[i]!));
  });
  return { kind: 'template', template: expression ? { parts, expression: true } : { parts } };
}

/**
 * Runtime text: TTS prompts, HTTP paths and query values, URLs, JSON body strings.
 * @example text`Your ticket ${ticketId} is ${ticketStatus}.`
 */
export function text(strings: TemplateStringsArray, ...holes: Hole[]): TextTemplate {
  return build(strings, holes, false);
}

/**
 * A Pebble expression (conditions, computed values), emitted inside one `{{ … }}`.
 * @example expr`${lookup.statusCode} == 200 and ${userId} != "null"`
 * @example f.setVariable('Count', { variable: count, value: expr`${count} + 1` })
 */
export function expr(strings: TemplateStringsArray, ...holes: Hole[]): TextTemplate {
  return build(strings, holes, true);
}

/** A reference piped through Pebble filters, e.g. `filter(call.ani, 'replace({"+":""})')`. */
export function filter(value: Variable | OutputRef | FilteredRef, filters: string): FilteredRef {
  const ref = value.kind === 'variable' ? value.name : value.ref;
  const prior = value.kind === 'filtered' ? `${value.filters} | ` : '';
  return { kind: 'filtered', ref, filters: prior + filters };
}

/**
 * The current time as text, formatted with Cisco's `epoch` filter
 * (docs/webex-activities-and-api.md §2.1, "Custom Pebble filters").
 * @default format `yyyy-MM-dd HH:mm:ss`, time zone `UTC`
 */
export function now(format = 'yyyy-MM-dd HH:mm:ss', timeZone = 'UTC'): RuntimeExpression {
  return { kind: 'expression', pebble: `now() | epoch(format='${format}', timeZone='${timeZone}')` };
}

/**
 * Pebble text kept exactly as written, `{{ }}` included: what `flowgen import` writes for the
 * templates of an export. Prefer `text` and `expr` with typed references in new flows.
 */
export function pebble(source: string): Template {
  return { parts: source === '' ? [] : [{ text: source }] };
}
