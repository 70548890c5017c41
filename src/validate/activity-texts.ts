/**
 * The runtime texts of an activity, for the expression rules: each template of a typed activity
 * rendered as Flow Designer will see it (build-time values replaced by `0`: FG203 judges those), and every
 * string property of a raw activity (kinds flowgen does not model keep their Pebble in their
 * properties verbatim, docs/webex-flow-format.md §9). Imported flows keep Pebble as plain text
 * parts of templates (src/activities/shared/from-webex.ts), so text parts are scanned too. Walks
 * nested properties to a fixed depth, so a hostile export cannot exhaust the stack.
 */
import { COMMON_KEYS } from '../activities/raw.js';
import { renderText } from '../ir/template.js';
import type { Template } from '../ir/types.js';
import type { IndexedActivity } from './flow-index.js';

export interface ActivityText {
  text: string;
  /** JSON path of the text under the activity (`properties.<key>[0].value`), when known. */
  path?: string;
  /** Whether every part is literal text, so references inside it are hand-written Pebble. */
  handWritten: boolean;
}

const MAX_DEPTH = 32;

/** Build-time values become a neutral `0`: valid both as literal text and inside an expression. */
function blankValues(template: Template): Template {
  return { ...template, parts: template.parts.map((p) => ('value' in p ? { text: '0' } : p)) };
}

function walk(value: unknown, path: string, depth: number, out: ActivityText[]): void {
  if (depth > MAX_DEPTH) return;
  if (typeof value === 'string') {
    out.push({ text: value, path, handWritten: true });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, `${path}[${i}]`, depth + 1, out));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) walk(item, /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`, depth + 1, out);
  }
}

/** Property keys of raw activities that hold names and ids, never Pebble. */
const NOT_PEBBLE = COMMON_KEYS;

export function activityTexts(activity: IndexedActivity): ActivityText[] {
  const { ir, definition, options } = activity;
  const out: ActivityText[] = [];
  if (ir.kind === 'raw' && options !== undefined) {
    const properties = (options as { properties: Record<string, unknown> }).properties;
    for (const [key, value] of Object.entries(properties)) if (!NOT_PEBBLE.has(key)) walk(value, `properties.${key}`, 0, out);
    return out;
  }
  if (!definition || options === undefined) return out;
  for (const template of definition.templates(options)) {
    let text: string;
    try {
      text = renderText(blankValues(template));
    } catch {
      continue;
    }
    out.push({ text, handWritten: template.parts.every((p) => 'text' in p || 'value' in p) && !template.expression });
  }
  return out;
}
