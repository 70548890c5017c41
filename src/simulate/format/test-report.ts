/**
 * `flowgen test` reports: text (a line per case, expected/actual under a failure, then coverage),
 * JUnit XML for CI, and the coverage views (terminal and a standalone HTML page).
 */
import type { FlowCoverage } from '../coverage.js';
import type { CaseResult } from '../run-scenarios.js';

export interface SuiteReport {
  /** The scenario file as shown. */
  file: string;
  flow: string;
  cases: CaseResult[];
}

const MARK = { pass: 'ok  ', fail: 'FAIL' };

export function formatTestText(suites: readonly SuiteReport[]): string {
  const lines: string[] = [];
  for (const suite of suites) {
    lines.push(`${suite.file} (${suite.flow})`);
    for (const item of suite.cases) {
      lines.push(`  ${item.passed ? MARK.pass : MARK.fail} ${item.name}`);
      for (const failure of item.failures) {
        lines.push(`         ${failure.what}:`);
        lines.push(`           expected ${failure.expected}`);
        lines.push(`           actual   ${failure.actual}`);
      }
      for (const d of item.diagnostics) lines.push(`         ${d.code} ${d.message}`);
    }
  }
  const all = suites.flatMap((s) => s.cases);
  const failed = all.filter((c) => !c.passed).length;
  lines.push(`${all.length - failed} passed, ${failed} failed (${all.length} case${all.length === 1 ? '' : 's'} in ${suites.length} file${suites.length === 1 ? '' : 's'})`);
  return `${lines.join('\n')}\n`;
}

/** Coverage in the terminal: a line per activity, its ports marked taken (+) or not (-). */
export function formatCoverageText(coverage: readonly FlowCoverage[]): string {
  const lines: string[] = [];
  for (const flow of coverage) {
    lines.push(`coverage ${flow.flow}: ${flow.taken}/${flow.total} links (${flow.percent.toFixed(1)}%)`);
    const width = Math.max(...flow.activities.map((a) => a.activity.length), 8);
    for (const activity of flow.activities) {
      lines.push(`  ${activity.activity.padEnd(width)}  ${activity.ports.map((p) => `${p.taken ? '+' : '-'}${p.port}`).join('  ')}`);
    }
    if (flow.untested.length) {
      lines.push('  untested links (error paths first):');
      for (const link of flow.untested) lines.push(`    ${link.activity} --${link.port}--> ${link.target}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const xml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JUnit XML (the Ant/Surefire shape CI systems read); `time` is the simulated call's length. */
export function formatJunit(suites: readonly SuiteReport[]): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const all = suites.flatMap((s) => s.cases);
  out.push(`<testsuites name="flowgen test" tests="${all.length}" failures="${all.filter((c) => !c.passed).length}">`);
  for (const suite of suites) {
    out.push(`  <testsuite name="${xml(suite.file)}" tests="${suite.cases.length}" failures="${suite.cases.filter((c) => !c.passed).length}" errors="0">`);
    for (const item of suite.cases) {
      const time = (item.result.durationMs / 1000).toFixed(3);
      if (item.passed) {
        out.push(`    <testcase classname="${xml(suite.flow)}" name="${xml(item.name)}" time="${time}"/>`);
        continue;
      }
      const lines = [...item.failures.map((f) => `${f.what}: expected ${f.expected}; actual ${f.actual}`), ...item.diagnostics.map((d) => `${d.code} ${d.message}`)];
      out.push(`    <testcase classname="${xml(suite.flow)}" name="${xml(item.name)}" time="${time}">`);
      out.push(`      <failure message="${xml(lines[0] ?? 'failed')}">${xml(lines.join('\n'))}</failure>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

/** A standalone HTML page of the coverage (no script, no external resource). */
export function formatCoverageHtml(coverage: readonly FlowCoverage[]): string {
  const sections = coverage.map((flow) => {
    const rows = flow.activities
      .map((a) => `<tr><td>${xml(a.activity)}</td><td>${xml(a.kind)}</td><td>${a.ports.map((p) => `<span class="${p.taken ? 'taken' : 'untested'}" title="→ ${xml(p.target)}">${xml(p.port)}</span>`).join(' ')}</td></tr>`)
      .join('\n');
    const untested = flow.untested.map((l) => `<li>${xml(l.activity)} <b>${xml(l.port)}</b> → ${xml(l.target)}</li>`).join('');
    return `<h2>${xml(flow.flow)}: ${flow.taken}/${flow.total} links (${flow.percent.toFixed(1)}%)</h2>\n<table><tr><th>activity</th><th>kind</th><th>ports</th></tr>\n${rows}\n</table>${untested ? `\n<h3>Untested links (error paths first)</h3><ul>${untested}</ul>` : ''}`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>flowgen link coverage</title>
<style>body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left}
.taken{background:#d4f7d4;padding:0 .3em;border-radius:3px}.untested{background:#f9d0d0;padding:0 .3em;border-radius:3px;font-weight:bold}</style></head>
<body><h1>flowgen link coverage</h1>
${sections.join('\n')}
</body></html>
`;
}
