/**
 * Readers of an exported activity's own settings for the validator, kept here because only
 * `src/activities/` may know Webex property keys (house style §2; test/architecture). Sources:
 * docs/webex-flow-format.md §7.2-7.5 (`promptsTts`/`prompts` with `toggle`, `menuLinks`,
 * `outputVariableArray`), §7.3 (digits as strings). Total: any shape in, plain data out.
 */

/** A Menu's `menuLinks` (its digits, as exported), or undefined when the export holds no list. */
export function exportedMenuDigits(properties: Readonly<Record<string, unknown>>): unknown[] | undefined {
  const links = properties['menuLinks'];
  return Array.isArray(links) ? links : undefined;
}

export const MENU_DIGITS_PATH = 'properties.menuLinks';

export interface ExportedPromptItem {
  kind: 'tts' | 'audio';
  text: string;
  path: string;
}

/** The ordered prompt items of a play-message, ivr-menu or ivr-collectdigits export. */
export function exportedPromptItems(properties: Readonly<Record<string, unknown>>): ExportedPromptItem[] | undefined {
  const tts = properties['toggle'] === true;
  const key = tts ? 'promptsTts' : 'prompts';
  const list = properties[key];
  if (!Array.isArray(list)) return undefined;
  return list.map((entry: unknown, i) => {
    const value = typeof entry === 'object' && entry !== null ? (entry as { value?: unknown }).value : undefined;
    return { kind: tts ? 'tts' : 'audio', text: typeof value === 'string' ? value : '', path: `properties.${key}[${i}].value` };
  });
}

export interface ExportedOutputMapping {
  variable: unknown;
  path: unknown;
  at: string;
}

/** Rows of an HTTP Request's or Parse activity's response mapping, as exported. */
export function exportedOutputMappings(properties: Readonly<Record<string, unknown>>): ExportedOutputMapping[] {
  const rows = properties['outputVariableArray'];
  if (!Array.isArray(rows)) return [];
  return rows.flatMap((row: unknown, i) =>
    typeof row === 'object' && row !== null
      ? [{ variable: (row as Record<string, unknown>)['outputVariable'], path: (row as Record<string, unknown>)['jsonPathExp'], at: `properties.outputVariableArray[${i}].jsonPathExp` }]
      : [],
  );
}

/**
 * The headers and query parameters an exported request sends (HTTP Request's
 * `httpRequestHeaders`/`httpQueryParameters`, docs/webex-flow-format.md §7.5), for the credential
 * rules: as exported, whatever their shape.
 */
export function exportedRequestParameters(properties: Readonly<Record<string, unknown>>): { headers: unknown; query: unknown } {
  return { headers: properties['httpRequestHeaders'], query: properties['httpQueryParameters'] };
}
