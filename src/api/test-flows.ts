/**
 * `flowgen test` as a library call: finds scenario files (`*.test.yaml`; default `flows/`), reads
 * and checks each against the scenario schema (src/simulate/scenario-file.ts; FG703 at the YAML
 * line), loads its flow (as `simulate` does), runs its cases with their fixtures (or live
 * connectors) and merges link coverage per flow over every file that tests it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from '../util/yaml.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import type { FlowIR } from '../ir/types.js';
import { findInputFiles } from '../load/input-files.js';
import { linkCoverage, type FlowCoverage } from '../simulate/coverage.js';
import type { SuiteReport } from '../simulate/format/test-report.js';
import type { Fixture, LiveTransport } from '../simulate/http.js';
import { runCase } from '../simulate/run-scenarios.js';
import { scenarioFileSchema, type ScenarioFile } from '../simulate/scenario-file.js';
import { connectorUrlProblem, fetchTransport, fixturesFrom, loadSimulationFlow, readFixtureFile, subflowLoader } from './simulate-flow.js';

export const SCENARIO_FILE = /\.test\.ya?ml$/;

export interface TestFlowsOptions {
  paths: readonly string[];
  cwd: string;
  /** Connector name or id → live base URL (its requests go there unless a case's own fixture answers). */
  connectors?: Readonly<Record<string, string>>;
  transport?: LiveTransport;
}

export interface TestFlowsResult {
  suites: SuiteReport[];
  coverage: FlowCoverage[];
  /** The flow each coverage entry is of, in the same order (the coverage picture draws it). */
  flows: FlowIR[];
  diagnostics: Diagnostic[];
}

function scenarioFiles(directory: string, depth = 0): string[] {
  if (depth > 8) return [];
  const out: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) out.push(...scenarioFiles(path, depth + 1));
    else if (SCENARIO_FILE.test(entry.name)) out.push(path);
  }
  return out;
}

/** A scenario file, checked; problems at their YAML line and column. */
export function readScenarioFile(file: string, shown: string): { scenario?: ScenarioFile; diagnostics: Diagnostic[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { diagnostics: [makeDiagnostic('FG004', { message: `"${shown}" cannot be read.`, location: { file: shown }, hint: 'Check the file exists and is readable.' })] };
  }
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const at = (node: YamlNode | undefined | null) => {
    const position = node?.range ? lines.linePos(node.range[0]) : { line: 1, col: 1 };
    return { file: shown, line: position.line, column: position.col };
  };
  if (document.errors.length) {
    const error = document.errors[0]!;
    const position = lines.linePos(error.pos[0]);
    return { diagnostics: [makeDiagnostic('FG703', { message: `"${shown}" is not valid YAML: ${error.message.split('\n')[0]}`, location: { file: shown, line: position.line, column: position.col }, hint: 'Fix the YAML syntax.' })] };
  }
  const parsed = scenarioFileSchema.safeParse(document.toJS());
  if (parsed.success) return { scenario: parsed.data, diagnostics: [] };
  return {
    diagnostics: parsed.error.issues.slice(0, 20).map((issue) => {
      let node: YamlNode | undefined | null = document.contents as YamlNode;
      for (const key of issue.path) {
        const inner: unknown = isMap(node) || isSeq(node) ? node.get(key as never, true) : undefined;
        if (!inner) break;
        node = inner as YamlNode;
      }
      const path = issue.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('');
      return makeDiagnostic('FG703', { message: `Scenario ${path ? `"${path.slice(1)}"` : 'file'} is invalid: ${issue.message}.`, location: at(node), hint: 'See the scenario format in README (flowgen test) or schemas/flow-test.schema.json.' });
    }),
  };
}

/** A `fixtures:` value: a file beside the scenario, or an inline list. */
function fixturesOf(value: unknown, scenarioFile: string, cwd: string, label: string): { fixtures: Fixture[]; diagnostics: Diagnostic[] } {
  if (value === undefined) return { fixtures: [], diagnostics: [] };
  if (typeof value === 'string') return readFixtureFile(resolve(dirname(scenarioFile), value), cwd);
  return fixturesFrom(value, label);
}

interface FlowTally {
  flow: FlowIR;
  taken: Set<string>;
  files: string[];
}

async function runFile(file: string, options: TestFlowsOptions, tallies: Map<string, FlowTally>, diagnostics: Diagnostic[]): Promise<SuiteReport | undefined> {
  const shown = relative(options.cwd, file) || file;
  const read = readScenarioFile(file, shown);
  diagnostics.push(...read.diagnostics);
  if (!read.scenario) return undefined;
  const flowPath = resolve(dirname(file), read.scenario.flow);
  const loaded = await loadSimulationFlow(flowPath, options.cwd, read.scenario.tenant);
  diagnostics.push(...loaded.diagnostics);
  const shared = fixturesOf(read.scenario.fixtures, file, options.cwd, `${shown} fixtures`);
  diagnostics.push(...shared.diagnostics);
  if (!loaded.ir || shared.diagnostics.length) return undefined;
  const live = options.connectors && Object.keys(options.connectors).length ? { connectors: options.connectors, transport: options.transport ?? fetchTransport } : undefined;
  const key = `${loaded.shown}\u0000${loaded.ir.name}`;
  const tally = tallies.get(key) ?? { flow: loaded.ir, taken: new Set<string>(), files: [] };
  tallies.set(key, tally);
  tally.files.push(shown);
  const suite: SuiteReport = { file: shown, flow: loaded.ir.name, cases: [] };
  for (const [index, item] of read.scenario.cases.entries()) {
    const own = fixturesOf(item.fixtures, file, options.cwd, `${shown} cases[${index}].fixtures`);
    diagnostics.push(...own.diagnostics);
    const result = await runCase(item, own.fixtures, { flow: loaded.ir, fixtures: shared.fixtures, ...(read.scenario.businessHours ? { businessHours: read.scenario.businessHours } : {}), ...(live ? { live } : {}), loadSubflow: subflowLoader(flowPath, options.cwd), file: loaded.shown });
    for (const link of result.result.linksTaken) tally.taken.add(link);
    suite.cases.push(result);
  }
  return suite;
}

export async function testFlows(options: TestFlowsOptions): Promise<TestFlowsResult> {
  const found = findInputFiles(options.paths, options.cwd, {
    expand: (directory) => scenarioFiles(directory),
    what: 'scenario files (*.test.yaml)',
    hint: 'Write flows/<flow>.test.yaml (see README "flowgen test"), or pass scenario files.',
  });
  const diagnostics = [...found.diagnostics];
  for (const [name, url] of Object.entries(options.connectors ?? {})) {
    const problem = connectorUrlProblem(name, url);
    if (problem) diagnostics.push(problem);
  }
  if (diagnostics.length) return { suites: [], coverage: [], flows: [], diagnostics: sortDiagnostics(diagnostics) };
  const tallies = new Map<string, FlowTally>();
  const suites: SuiteReport[] = [];
  for (const file of found.files) {
    const suite = await runFile(file, options, tallies, diagnostics);
    if (suite) suites.push(suite);
  }
  const coverage = [...tallies.values()].map((t) => linkCoverage(t.flow, t.taken, t.files));
  return { suites, coverage, flows: [...tallies.values()].map((t) => t.flow), diagnostics: sortDiagnostics(diagnostics) };
}
