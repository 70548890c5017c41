/**
 * Rendering of runtime templates into Webex's Pebble text. This is the only place that writes
 * `{{ … }}` around references (house style §5.4): activities call it through their emit context.
 */
import type { Template, TemplatePart } from './types.js';

/**
 * Webex's runtime (Pebble) syntax: `{{ }}` holes and `{% %}` tags. A build-time value or template
 * that holds any of it would become a runtime expression, so every front end refuses it.
 */
export const RUNTIME_SYNTAX = /\{\{|\}\}|\{%|%\}/;

/** Every piece of runtime syntax in `text`, with its offset. */
export const runtimeSyntaxIn = (text: string): IterableIterator<RegExpExecArray> => text.matchAll(new RegExp(RUNTIME_SYNTAX.source, 'g'));

function hole(part: TemplatePart, inJsonString: boolean): string {
  if ('ref' in part) {
    const filters = part.filters ? ` | ${part.filters}` : '';
    const escape = inJsonString ? " | escape('json')" : '';
    return `{{${part.ref}${filters}${escape}}}`;
  }
  if ('raw' in part) return inJsonString ? `{{${part.raw} | escape('json')}}` : `{{${part.raw}}}`;
  return '';
}

/**
 * Text with each reference as its own `{{ … }}` hole (TTS text, paths, query values, URLs); an
 * expression template (made with `expr`) becomes one `{{ … }}`.
 */
export function renderText(template: Template): string {
  if (template.expression) return renderExpression(template);
  let out = '';
  for (const part of template.parts) {
    if ('text' in part) out += part.text;
    else if ('value' in part) out += part.value;
    else out += hole(part, false);
  }
  return out;
}

/**
 * Text that will sit inside a JSON string literal in a request body: literal text is JSON-escaped
 * now, runtime values are escaped by Pebble at call time, so a caller's name with a quote cannot
 * break the body.
 */
export function renderJsonStringContent(template: Template): string {
  if (template.expression) return `{{ (${expressionBody(template)}) | escape('json') }}`;
  let out = '';
  for (const part of template.parts) {
    if ('text' in part) out += JSON.stringify(part.text).slice(1, -1);
    else if ('value' in part) out += JSON.stringify(part.value).slice(1, -1);
    else out += hole(part, true);
  }
  return out;
}

function expressionBody(template: Template): string {
  let out = '';
  for (const part of template.parts) {
    if ('text' in part) out += part.text;
    else if ('value' in part) out += part.value;
    else if ('ref' in part) out += part.filters ? `(${part.ref} | ${part.filters})` : part.ref;
    else out += part.raw;
  }
  return out.trim();
}

/** One Pebble expression wrapped in a single `{{ … }}` (conditions, case values, computed values). */
export function renderExpression(template: Template): string {
  return `{{ ${expressionBody(template)} }}`;
}

/**
 * A value that must be one expression (a condition, a case value): an `expr` template is wrapped
 * in `{{ }}`; plain text that is already a whole `{{ … }}` (as imported) is kept exactly as written.
 */
export function renderWholeExpression(template: Template): string {
  if (!template.expression && template.parts.every((p) => 'text' in p || 'value' in p)) {
    const text = renderText(template);
    if (/^\s*\{\{[\s\S]*\}\}\s*$/.test(text)) return text;
  }
  return renderExpression(template);
}

/** Every runtime reference a template makes (`ticketID`, `LookupUser.httpStatusCode`). */
export function templateRefs(template: Template): string[] {
  const refs: string[] = [];
  for (const part of template.parts) if ('ref' in part) refs.push(part.ref);
  return refs;
}

/** Build-time values in a template, for the injection check. */
export function templateValues(template: Template): string[] {
  const values: string[] = [];
  for (const part of template.parts) if ('value' in part) values.push(part.value);
  return values;
}

export function isTemplate(value: unknown): value is Template {
  return typeof value === 'object' && value !== null && Array.isArray((value as { parts?: unknown }).parts);
}

/** A plain literal template. */
export function literal(text: string): Template {
  return { parts: [{ text }] };
}
