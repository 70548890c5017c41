/**
 * Reading a kind's zod options schema (zod's own definitions, `_zod.def`) to find where it takes a
 * runtime template, so that the YAML loader turns strings into templates exactly there.
 */
import type { z } from 'zod';
import { templateSchema } from '../activities/shared/schemas.js';

export type Def = { type: string; innerType?: z.core.$ZodType; getter?: () => z.core.$ZodType; in?: z.core.$ZodType; shape?: Record<string, z.core.$ZodType>; valueType?: z.core.$ZodType; element?: z.core.$ZodType; options?: z.core.$ZodType[] };
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

export function defOf(schema: z.core.$ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

export function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (let i = 0; i < 20; i++) {
    const def = defOf(current);
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'lazy' && def.getter) current = def.getter();
    else if (def.type === 'pipe' && def.in) current = def.in;
    else break;
  }
  return current;
}

export const isTemplate = (schema: z.core.$ZodType): boolean => schema === templateSchema;

/** A string goes into a template where the schema takes a template and not a plain string. */
export function takesTemplate(schema: z.core.$ZodType): boolean {
  if (isTemplate(schema)) return true;
  const def = defOf(schema);
  if (def.type !== 'union' || !def.options) return false;
  const options = def.options.map(unwrap);
  return options.some(isTemplate) && !options.some((o) => defOf(o).type === 'string');
}
