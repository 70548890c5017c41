/**
 * A flow's baseline, as PHPStan, detekt and Psalm keep one for legacy code: findings accepted for
 * now, so that a flow imported with real defects builds as it was published, and is then fixed one
 * change at a time. Kept in the definition (`defineFlow({ baseline: [...] })`), where `flowgen
 * import` writes it: it is reviewed in the same file and the same diff as the flow, travels with
 * it when the definition is moved or copied, and needs no second file for `validate`, `build` and
 * `diff` to find.
 *
 * - An entry suppresses exactly one finding of its code whose data (activity, variable, port, …)
 *   equals the entry's, or whose message does when the rule reports no data. A second finding of
 *   the same code elsewhere, or the same finding twice, is not suppressed.
 * - A suppressed finding is still listed: FG060 (info) names it, or FG061 (a warning, on every
 *   build) for a security finding (FG4xx).
 * - An entry that matches nothing (the finding was fixed, or the flow changed) is FG062, a warning
 *   (an error with `--strict`), so the baseline only ever shrinks.
 */
import type { Diagnostic, Location } from '../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import type { Suppression } from '../ir/types.js';

/** Keys sorted, so a finding's identity does not depend on the order a rule built its data in. */
function identity(code: string, data: Readonly<Record<string, string | number>> | undefined, message: string): string {
  if (data === undefined) return `${code}\u0000message\u0000${message}`;
  const entries = Object.keys(data)
    .sort()
    .map((key) => [key, data[key]]);
  return `${code}\u0000data\u0000${JSON.stringify(entries)}`;
}

const isSecurity = (code: string): boolean => code.startsWith('FG4');

/** The entries of a baseline that accept `findings`: every error (what would stop a build). */
export function baselineOf(findings: readonly Diagnostic[]): Suppression[] {
  return findings
    .filter((d) => d.severity === 'error')
    .map((d) => ({ code: d.code, ...(d.data ? { data: d.data } : {}), message: d.message }));
}

/**
 * `diagnostics` with the findings `baseline` accepts replaced by FG060/FG061, plus FG062 for each
 * entry that matched nothing (located at `where`: the flow's definition).
 */
export function applyBaseline(diagnostics: readonly Diagnostic[], baseline: readonly Suppression[], where: Location): Diagnostic[] {
  const open = new Map<string, number[]>();
  baseline.forEach((entry, i) => {
    const key = identity(entry.code, entry.data, entry.message);
    open.set(key, [...(open.get(key) ?? []), i]);
  });
  const used = new Set<number>();
  const out = diagnostics.map((finding) => {
    const pending = open.get(identity(finding.code, finding.data, finding.message));
    const entry = pending?.shift();
    if (entry === undefined) return finding;
    used.add(entry);
    const code = isSecurity(finding.code) ? 'FG061' : 'FG060';
    return makeDiagnostic(code, {
      message: `${finding.code} ${finding.rule} (accepted by the baseline): ${finding.message}`,
      location: finding.location,
      hint: isSecurity(finding.code) ? `${finding.hint ?? 'Fix it'}; then delete its baseline entry.` : 'Fix it, then delete its baseline entry.',
      data: { suppressed: finding.code, ...(finding.data ?? {}) },
      ...(finding.related ? { related: finding.related } : {}),
    });
  });
  baseline.forEach((entry, i) => {
    if (used.has(i)) return;
    out.push(
      makeDiagnostic('FG062', {
        message: `The baseline accepts ${entry.code} "${entry.message}", which is no longer found.`,
        location: where,
        hint: 'Delete the entry from the baseline: the finding was fixed or no longer applies.',
        data: { suppressed: entry.code, entry: i },
      }),
    );
  });
  return out;
}
