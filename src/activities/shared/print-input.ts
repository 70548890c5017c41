/**
 * What an activity module's `printInput` returns: its typed factory's input as a printable value,
 * the inverse of the factory's input → options mapping. `flowgen import` (src/print/) renders it
 * as TypeScript source, resolving variable references to the handles it declares; a module returns
 * undefined where the factory cannot build exactly the imported options, and the activity is then
 * printed as the generic `f.activity(kind, name, options)`, which always can.
 *
 * Each value is printed so that the factory builds the same options again (templates compare by
 * the text they render to, as the emitter compares an import with its export).
 */
import type { Template, VariableType } from '../../ir/types.js';

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

export type PrintedValue =
  /** A JSON value written as a literal (`'GET'`, `3`, `{ id: '…', name: '…' }`). */
  | { readonly kind: 'literal'; readonly value: Json }
  /** A `Text` input (`string | TextTemplate`): a string, or `text\`…\`` where it names declared variables. */
  | { readonly kind: 'text'; readonly template: Template }
  /** A `TextTemplate` input: always `text\`…\``. */
  | { readonly kind: 'template'; readonly template: Template }
  /** A declared flow variable, by name (of `type` when given): its handle. */
  | { readonly kind: 'variable'; readonly name: string; readonly type?: VariableType | undefined }
  /** A runtime output (`VirtualAgent.MetaData`): the handle member or call data that refers to it, when one is declared before. */
  | { readonly kind: 'output'; readonly ref: string }
  /** `{ key: value, … }`, entries whose value is undefined left out. */
  | { readonly kind: 'record'; readonly entries: readonly PrintedEntry[] }
  | { readonly kind: 'list'; readonly items: readonly PrintedValue[] }
  /** The first of these that prints (a variable's handle when it is declared, else its text). */
  | { readonly kind: 'first'; readonly values: readonly (PrintedValue | undefined)[] };

export type PrintedEntry = readonly [key: string, value: PrintedValue | undefined];

/** A factory's input object (without `description` and `position`, which the printer adds). */
export type PrintedInput = Extract<PrintedValue, { kind: 'record' }>;

export const literal = (value: Json): PrintedValue => ({ kind: 'literal', value });

/** A literal, or nothing when the value is undefined (an option the factory leaves to its default). */
export const optionalLiteral = (value: Json | undefined): PrintedValue | undefined => (value === undefined ? undefined : literal(value));

export const textValue = (template: Template): PrintedValue => ({ kind: 'text', template });

export const templateValue = (template: Template): PrintedValue => ({ kind: 'template', template });

export const variableValue = (name: string, type?: VariableType): PrintedValue => ({ kind: 'variable', name, type });

export const outputValue = (ref: string): PrintedValue => ({ kind: 'output', ref });

export const listValue = (items: readonly PrintedValue[]): PrintedValue => ({ kind: 'list', items });

export const recordValue = (entries: readonly PrintedEntry[]): PrintedInput => ({ kind: 'record', entries });

export const first = (...values: readonly (PrintedValue | undefined)[]): PrintedValue => ({ kind: 'first', values });

/** `{ key: text, … }` of a record of templates (query parameters, headers, bot parameters). */
export const textRecordValue = (templates: Readonly<Record<string, Template>>): PrintedValue =>
  recordValue(Object.entries(templates).map(([key, template]) => [key, textValue(template)]));

const SINGLE_REFERENCE = /^\{\{([A-Za-z_$][\w$]*)\}\}$/;

/** Only text parts (what an import reads): the text the template renders to. */
export function plainText(template: Template | undefined): string | undefined {
  if (template === undefined || template.expression) return undefined;
  if (!template.parts.every((p) => 'text' in p)) return undefined;
  return template.parts.map((p) => (p as { text: string }).text).join('');
}

/** The variable a template is exactly a reference to (`{{name}}`), by name. */
export function referencedName(template: Template | undefined): string | undefined {
  return SINGLE_REFERENCE.exec(plainText(template) ?? '')?.[1];
}

/** A variable reference for a template that is exactly `{{name}}`, else undefined. */
export function referencedVariable(template: Template | undefined, type?: VariableType): PrintedValue | undefined {
  const name = referencedName(template);
  return name === undefined ? undefined : variableValue(name, type);
}

/** `[{ variable, path }]` output mappings, each variable a declared one. */
export const mappingsValue = (outputs: readonly { variable: string; path: string }[]): PrintedValue =>
  listValue(outputs.map((o) => recordValue([['variable', variableValue(o.variable)], ['path', literal(o.path)]])));
