/**
 * zod schemas shared by several activity kinds: runtime templates and name references.
 */
import { z } from 'zod';
import type { Template } from '../../ir/types.js';

const templatePart = z.union([
  z.strictObject({ text: z.string() }),
  z.strictObject({ value: z.string() }),
  z.strictObject({ ref: z.string().min(1), filters: z.string().optional() }),
  z.strictObject({ raw: z.string().min(1) }),
]);

export const templateSchema: z.ZodType<Template> = z.strictObject({ parts: z.array(templatePart), expression: z.literal(true).optional() });

/** A flow variable referenced by name (the DSL passes typed handles and stores their names). */
export const variableNameSchema = z.string().regex(/^[A-Za-z_$][A-Za-z0-9_$]*$/, 'a variable name: a letter, "_" or "$", then letters, digits, "_" or "$"');

/** A tenant resource referenced by id, with the display name Flow Designer shows next to it. */
export const resourceSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
});
export type Resource = z.infer<typeof resourceSchema>;
