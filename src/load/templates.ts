/**
 * Loads a project's build-time templates: `templates/<name>.txt.hbs` (prompt texts) and
 * `templates/<name>.json.hbs` (HTTP bodies), keyed `<name>.txt` / `<name>.json`. Other files in
 * `templates/` (flowgen's own `flow.ts.hbs`, docs) are not build-time templates and are skipped.
 * A missing folder is an empty library; a flow that renders a missing template gets FG520.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TemplateLibrary, TemplateSource } from '../dsl/build-template.js';
import { readLimitedText } from '../util/input-limits.js';

export const TEMPLATE_FILE = /^(.+)\.(txt|json)\.hbs$/;

/** The templates in `directory`; file names in diagnostics are shown relative to `cwd`. */
export function loadTemplates(directory: string, cwd = process.cwd()): TemplateLibrary {
  let entries: string[];
  try {
    entries = readdirSync(directory).sort();
  } catch {
    return {};
  }
  const library: Record<string, TemplateSource> = Object.create(null) as Record<string, TemplateSource>;
  for (const entry of entries) {
    const match = TEMPLATE_FILE.exec(entry);
    if (!match) continue;
    const path = join(directory, entry);
    // An unreadable or oversized template is reported as missing (FG520) when a flow renders it.
    const read = readLimitedText(path);
    if ('text' in read) library[`${match[1]}.${match[2]}`] = { file: relative(cwd, path) || path, source: read.text };
  }
  return library;
}
