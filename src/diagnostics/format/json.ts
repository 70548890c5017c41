/** Machine-readable rendering: the sorted diagnostics array, unchanged. Pure. */
import type { Diagnostic } from '../diagnostic.js';

export function formatJson(diagnostics: readonly Diagnostic[]): string {
  return `${JSON.stringify(diagnostics, null, 2)}\n`;
}
