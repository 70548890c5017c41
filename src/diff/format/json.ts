/**
 * The machine-readable rendering of flow diffs: the changes as data, unchanged, per compared
 * pair. Pure.
 */
import type { DiffReport } from './sections.js';

export function formatDiffJson(reports: readonly DiffReport[]): string {
  return `${JSON.stringify(reports, null, 2)}\n`;
}
