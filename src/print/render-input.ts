/**
 * A factory input (`PrintedInput`, from an activity module's `printInput`) as TypeScript source.
 * Variable references become the handles the printed flow declares; a reference to a variable it
 * does not declare (or of another type) makes the whole input unprintable (undefined), and the
 * activity is printed with the generic `f.activity`.
 */
import type { PrintedValue } from '../activities/shared/print-input.js';
import { plainText } from '../activities/shared/print-input.js';
import { literal, objectKey, textLiteral, typedTemplateLiteral, type HoleSource, type PrintedVariables } from './source.js';

/** What a printed input may refer to: the declared variables, and the outputs of what is declared before it. */
export interface RenderContext {
  variables: PrintedVariables;
  /** `Activity.Output` → the source that refers to it (`f.call.ani`, `virtualAgent.metaData`). */
  outputs: ReadonlyMap<string, string>;
}

/** A declared variable's handle, or what refers to a known output. */
const holesOf =
  (context: RenderContext): HoleSource =>
  (reference) =>
    context.variables.get(reference)?.handle ?? context.outputs.get(reference);

export function renderValue(value: PrintedValue, context: RenderContext): string | undefined {
  const { variables } = context;
  switch (value.kind) {
    case 'literal':
      return literal(value.value);
    case 'text': {
      const text = plainText(value.template);
      return text === undefined ? undefined : (typedTemplateLiteral(text, holesOf(context)) ?? JSON.stringify(text));
    }
    case 'template': {
      const text = plainText(value.template);
      return text === undefined ? undefined : textLiteral(text, holesOf(context));
    }
    case 'variable': {
      const declared = variables.get(value.name);
      return declared && (value.type === undefined || declared.type === value.type) ? declared.handle : undefined;
    }
    case 'output':
      return context.outputs.get(value.ref);
    case 'list': {
      const items = value.items.map((item) => renderValue(item, context));
      return items.every((item) => item !== undefined) ? `[${items.join(', ')}]` : undefined;
    }
    case 'first':
      for (const candidate of value.values) {
        const source = candidate && renderValue(candidate, context);
        if (source !== undefined) return source;
      }
      return undefined;
    case 'record': {
      const entries = value.entries.flatMap(([key, v]) => (v === undefined ? [] : [[key, renderValue(v, context)] as const]));
      return entries.every(([, v]) => v !== undefined) ? `{ ${entries.map(([k, v]) => `${objectKey(k)}: ${v}`).join(', ')} }` : undefined;
    }
  }
}
