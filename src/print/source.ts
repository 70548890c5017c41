/**
 * Pieces of TypeScript source shared by the printer: literals, template literals, object keys.
 */
import type { Template } from '../ir/types.js';

/** Declared variables by name: the printed handle and the variable's type. */
export type PrintedVariables = ReadonlyMap<string, { handle: string; type: string }>;

function isTemplate(value: unknown): value is Template {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === 'parts' && Array.isArray((value as Template).parts) && (value as Template).parts.every((p) => typeof p === 'object' && p !== null && 'text' in p);
}

const escapeTemplateLiteral = (s: string) => s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

/** An object key as source: bare when it is an identifier; a computed `__proto__` stays an ordinary key. */
export const objectKey = (k: string): string => (k === '__proto__' ? '["__proto__"]' : /^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));

/** What a `{{reference}}` of template text is printed as, when it is a typed hole (a variable's handle, `f.call.ani`). */
export type HoleSource = (reference: string) => string | undefined;

export const variableHoles =
  (variables: PrintedVariables): HoleSource =>
  (name) =>
    variables.get(name)?.handle;

/** `{{name}}` or `{{Activity.output}}`, exactly (no spaces, no filters). */
const REFERENCE = /\{\{([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)?)\}\}/g;

/**
 * `text\`… ${ticketID} …\`` for template text that refers to declared variables (or known outputs)
 * as plain `{{name}}`; undefined when it refers to none.
 */
export function typedTemplateLiteral(source: string, holes: HoleSource): string | undefined {
  const pieces = source.split(REFERENCE);
  return pieces.some((piece, i) => i % 2 === 1 && holes(piece) !== undefined) ? textLiteral(source, holes) : undefined;
}

/** `text\`…\`` for template text, its references typed holes where they can be. */
export function textLiteral(source: string, holes: HoleSource): string {
  let out = '';
  source.split(REFERENCE).forEach((piece, i) => {
    if (i % 2 === 0) out += escapeTemplateLiteral(piece);
    else out += holes(piece) !== undefined ? `\${${holes(piece)}}` : `{{${piece}}}`;
  });
  return `text\`${out}\``;
}

/**
 * A template as source: `text\`… ${ticketID} …\`` where it refers to declared variables as plain
 * `{{name}}`, `pebble('…')` (the exact Pebble text) otherwise.
 */
function templateSource(template: Template, variables: PrintedVariables): string {
  const source = template.parts.map((p) => ('text' in p ? p.text : '')).join('');
  return typedTemplateLiteral(source, variableHoles(variables)) ?? `pebble(${JSON.stringify(source)})`;
}

/** A JavaScript literal for `value`, with templates as typed `text` templates or `pebble('…')`. */
export function literal(value: unknown, variables: PrintedVariables = new Map()): string {
  if (isTemplate(value)) return templateSource(value, variables);
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, variables)).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([k, v]) => `${objectKey(k)}: ${literal(v, variables)}`);
    return `{ ${entries.join(', ')} }`;
  }
  return value === undefined ? 'undefined' : JSON.stringify(value);
}
