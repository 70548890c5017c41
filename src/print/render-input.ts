/**
 * A factory input (`PrintedInput`, from an activity module's `printInput`) as TypeScript source.
 * Variable references become the handles the printed flow declares; a reference to a variable it
 * does not declare (or of another type) makes the whole input unprintable (undefined), and the
 * activity is printed with the generic `f.activity`.
 */
import type { PrintedValue } from '../activities/shared/print-input.js';
import { plainText } from '../activities/shared/print-input.js';
import { literal, objectKey, textLiteral, typedTemplateLiteral, type PrintedVariables } from './source.js';

const REFERENCE = /\{\{([A-Za-z_$][\w$]*)\}\}/g;

export function renderValue(value: PrintedValue, variables: PrintedVariables): string | undefined {
  switch (value.kind) {
    case 'literal':
      return literal(value.value);
    case 'text': {
      const text = plainText(value.template);
      return text === undefined ? undefined : (typedTemplateLiteral(text, variables) ?? JSON.stringify(text));
    }
    case 'template': {
      const text = plainText(value.template);
      return text === undefined ? undefined : textLiteral(text.split(REFERENCE), variables);
    }
    case 'variable': {
      const declared = variables.get(value.name);
      return declared && (value.type === undefined || declared.type === value.type) ? declared.handle : undefined;
    }
    case 'list': {
      const items = value.items.map((item) => renderValue(item, variables));
      return items.every((item) => item !== undefined) ? `[${items.join(', ')}]` : undefined;
    }
    case 'first':
      for (const candidate of value.values) {
        const source = candidate && renderValue(candidate, variables);
        if (source !== undefined) return source;
      }
      return undefined;
    case 'record': {
      const entries = value.entries.flatMap(([key, v]) => (v === undefined ? [] : [[key, renderValue(v, variables)] as const]));
      return entries.every(([, v]) => v !== undefined) ? `{ ${entries.map(([k, v]) => `${objectKey(k)}: ${v}`).join(', ')} }` : undefined;
    }
  }
}
