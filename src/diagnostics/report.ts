/**
 * Builds diagnostics from the code registry so a rule states only what is specific to it.
 */
import { diagnosticCodes, type DiagnosticCode } from './codes.js';
import type { Diagnostic, Location, Severity } from './diagnostic.js';

export interface ReportInput {
  message: string;
  location: Location;
  hint?: string | undefined;
  related?: Diagnostic['related'];
  data?: Record<string, string | number>;
  /** Overrides the code's default severity (a rule calibrated per input, e.g. imported exports). */
  severity?: Severity | undefined;
}

export function makeDiagnostic(code: DiagnosticCode, input: ReportInput): Diagnostic {
  const info = diagnosticCodes[code];
  const diagnostic: Diagnostic = { code, rule: info.rule, severity: input.severity ?? info.severity, message: input.message, location: input.location };
  if (input.related?.length) diagnostic.related = input.related;
  if (input.hint) diagnostic.hint = input.hint;
  if (input.data) diagnostic.data = input.data;
  return diagnostic;
}
