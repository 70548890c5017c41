/**
 * `flowgen test [paths…]`: runs scenario files (`*.test.yaml`) and reports cases and link
 * coverage. Exit 0 when every case passes (and coverage reaches --min-coverage), 1 on a failing
 * case, an invalid scenario or too little coverage, 2 on usage errors or a flowgen bug. With
 * `--format json` or `junit`, stdout is exactly one document; diagnostics go to stderr.
 */
import type { Command } from 'commander';
import { testFlows } from '../../api/test-flows.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../../diagnostics/report.js';
import { callDocument } from '../../simulate/format/call.js';
import { coverageHtml } from '../../api/coverage-picture.js';
import { formatCoverageText, formatJunit, formatTestText, type SuiteReport } from '../../simulate/format/test-report.js';
import { exitCodeFor, formatOption, reportToStderr, writeOutputs } from '../output.js';
import { parseConnectors } from './simulate.js';

interface TestFlags {
  format: 'text' | 'json' | 'junit';
  minCoverage?: string;
  connector?: string[];
  coverageHtml?: string;
}

export function registerTest(program: Command, setExit: (code: number) => void): void {
  program
    .command('test')
    .description('run scenario files (flows/*.test.yaml) through the simulator and measure link coverage')
    .argument('[paths...]', 'scenario files or folders (default: flows/)')
    .addOption(formatOption(['text', 'json', 'junit'], 'report format'))
    .option('--min-coverage <percent>', 'fail when a flow\'s link coverage is below this percentage')
    .option('--connector <NAME=URL...>', 'send a connector\'s requests to a live base URL instead of the shared fixtures')
    .option('--coverage-html <file>', 'also write the coverage as an HTML page: the flows drawn, each link coloured taken or untested')
    .action(async (paths: string[], flags: TestFlags) => {
      const problems: Diagnostic[] = [];
      const connectors = parseConnectors(flags.connector, problems);
      const minimum = flags.minCoverage === undefined ? undefined : Number(flags.minCoverage);
      if (minimum !== undefined && (!Number.isFinite(minimum) || minimum < 0 || minimum > 100)) {
        problems.push(makeDiagnostic('FG703', { message: `--min-coverage ${JSON.stringify(flags.minCoverage)} is not a percentage.`, location: { file: '<command line>' }, hint: 'Write --min-coverage 100.' }));
      }
      if (problems.length) {
        reportToStderr(problems);
        return setExit(2);
      }
      const tested = await testFlows({ paths, cwd: process.cwd(), connectors });
      const diagnostics = [...tested.diagnostics, ...failedCases(tested.suites)];
      for (const flow of minimum === undefined ? [] : tested.coverage) {
        if (minimum !== undefined && flow.percent < minimum) {
          diagnostics.push(makeDiagnostic('FG711', { message: `Link coverage of "${flow.flow}" is ${flow.percent.toFixed(1)}% (${flow.taken}/${flow.total}), below --min-coverage ${minimum}.`, location: { file: flow.files[0] ?? flow.flow }, hint: `Add scenarios for the untested links, error paths first: ${flow.untested.slice(0, 3).map((l) => `${l.activity} ${l.port}`).join(', ')}.` }));
        }
      }
      if (flags.format === 'json') {
        const suites = tested.suites.map((s) => ({ file: s.file, flow: s.flow, cases: s.cases.map((c) => ({ name: c.name, passed: c.passed, failures: c.failures, diagnostics: c.diagnostics, call: callDocument(c.result) })) }));
        process.stdout.write(`${JSON.stringify({ suites, coverage: tested.coverage, diagnostics }, null, 2)}\n`);
      } else if (flags.format === 'junit') process.stdout.write(formatJunit(tested.suites));
      else if (tested.suites.length) process.stdout.write(formatTestText(tested.suites) + formatCoverageText(tested.coverage));
      if (flags.format !== 'json') reportToStderr(diagnostics);
      if (flags.coverageHtml !== undefined && !writeOutputs([{ path: flags.coverageHtml, contents: await coverageHtml(tested) }], flags.format !== 'text')) return setExit(1);
      return setExit(exitCodeFor(diagnostics));
    });
}

/**
 * FG710 for each case that did not go as it expects, so a failing scenario is a diagnostic like
 * any other: an annotation under --format github, an entry under --format json, exit 1.
 */
function failedCases(suites: readonly SuiteReport[]): Diagnostic[] {
  return suites.flatMap((suite) =>
    suite.cases
      .filter((c) => !c.passed)
      .map((c) => {
        const first = c.failures[0];
        const more = c.failures.length > 1 ? ` (and ${c.failures.length - 1} more)` : '';
        const stop = c.diagnostics[0];
        const detail = first ? `${first.what}: expected ${first.expected}, got ${first.actual}${more}` : `the call stopped with ${stop ? `${stop.code} ${stop.message}` : 'a diagnostic'}`;
        return makeDiagnostic('FG710', {
          message: `Case "${c.name}" of ${suite.flow} failed: ${detail}.`,
          location: { file: suite.file },
          hint: 'Run `flowgen simulate` with the case\'s inputs to see the call step by step; fix the flow, or the case if the flow is right.',
          data: { case: c.name, flow: suite.flow },
        });
      }),
  );
}
