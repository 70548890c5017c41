/**
 * Helpers the kinds' factories share to turn DSL input (typed references, `text`/`expr` templates,
 * literal strings) into the plain option data of IR.
 */
import type { Template } from '../../ir/types.js';
import type { Text, TextOrVariable, TextTemplate, Variable } from './factory.js';

/** Drops keys whose value is undefined, so zod defaults apply and IR stays minimal. */
export function compact(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
}

/** Turns a plain string (literal text) or a template into IR. */
export function toTemplate(value: string | TextTemplate): Template {
  return typeof value === 'string' ? { parts: value ? [{ text: value }] : [] } : value.template;
}

/** One text or several → a list of templates. */
export function textList(value: Text | readonly Text[] | undefined): Template[] | undefined {
  return value === undefined ? undefined : (Array.isArray(value) ? (value as readonly Text[]) : [value as Text]).map(toTemplate);
}

/** A record of texts (query, headers, pre-fills) → a record of templates. */
export function textRecord(record: Readonly<Record<string, Text>> | undefined): Record<string, Template> | undefined {
  return record === undefined ? undefined : Object.fromEntries(Object.entries(record).map(([k, v]) => [k, toTemplate(v)]));
}

export function isTextTemplate(value: unknown): value is TextTemplate {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'template';
}

export function isVariable(value: unknown): value is Variable {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'variable';
}

/** `{{name}}` of a variable, as a template. */
export function variableRef(variable: Variable): Template {
  return { parts: [{ ref: variable.name }] };
}

/** A variable or a template, as a template. */
export function runtimeTemplate(value: Variable | TextTemplate): Template {
  return isVariable(value) ? variableRef(value) : value.template;
}

/** A template field's IR: a variable or an output becomes a reference to it. */
export function fieldTemplate(value: TextOrVariable): Template {
  if (typeof value === 'object' && value.kind === 'variable') return { parts: [{ ref: value.name }] };
  if (typeof value === 'object' && value.kind === 'output') return { parts: [{ ref: value.ref }] };
  return toTemplate(value);
}

/** A response mapping of a factory input. */
export interface OutputMapping {
  variable: Variable;
  /** JSONPath, e.g. `$.customerType`. */
  path: string;
}

export function outputMappings(outputs: readonly OutputMapping[] | undefined): { variable: string; path: string }[] | undefined {
  return outputs?.map((o) => ({ variable: o.variable.name, path: o.path }));
}
