/**
 * `flowgen simulate` as library calls: read a flow (a definition, compiled in memory as `build`
 * does, with `--tenant` as in build; or a Flow Designer export), bring its Webex document to IR
 * through the importer (so a compiled flow and a hand-drawn one run the same way, and no Webex key
 * is read outside src/activities), read fixture files, and run one call. The live HTTP transport
 * (fetch on a connector's base URL) is here because I/O stays out of src/simulate.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parse as parseYaml } from '../util/yaml.js';
import { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import { importWebexFlow, parseExportText } from '../import/webex/import.js';
import type { FlowIR } from '../ir/types.js';
import { flowFileKind, readExportFile } from '../load/flow-file.js';
import { simulateCall, type SimulationResult } from '../simulate/engine.js';
import type { Fixture, HttpExchange, LiveTransport, PreparedRequest } from '../simulate/http.js';
import type { CallScenario } from '../simulate/scenario.js';
import { businessHoursMapSchema } from '../simulate/scenario-file.js';
import { builtDocument, unreadableFlowFile } from './flow-file.js';

export interface LoadedSimulationFlow {
  ir?: FlowIR;
  /** The file as shown in messages. */
  shown: string;
  diagnostics: Diagnostic[];
}

const shownPath = (absolute: string, cwd: string): string => relative(cwd, absolute) || absolute;

/** A flow to simulate, as IR read back from its Webex document. */
export async function loadSimulationFlow(path: string, cwd: string, tenant?: string): Promise<LoadedSimulationFlow> {
  const absolute = resolve(cwd, path);
  const shown = shownPath(absolute, cwd);
  const kind = flowFileKind(absolute);
  let document: unknown;
  if (kind === 'definition' || kind === 'yaml') {
    const built = await builtDocument(absolute, shown, cwd, tenant);
    if (built.document === undefined) return { shown, diagnostics: built.diagnostics };
    document = built.document;
  } else {
    const read = readExportFile(absolute, shown);
    if (read.text === undefined) return { shown, diagnostics: read.diagnostics.map((d) => (d.code === 'FG004' ? unreadable(shown) : d)) };
    const parsed = parseExportText(read.text, shown);
    if (parsed.document === undefined) return { shown, diagnostics: parsed.diagnostics };
    document = parsed.document;
  }
  const imported = importWebexFlow(document, shown);
  // FG030 (kept verbatim) is about flowgen's model; the simulator names such an activity if it reaches one.
  const diagnostics = imported.diagnostics.filter((d) => d.code !== 'FG030' && d.severity === 'error');
  return imported.ir && !hasErrors(diagnostics) ? { ir: imported.ir, shown, diagnostics: [] } : { shown, diagnostics };
}

function readText(absolute: string): string | undefined {
  try {
    return readFileSync(absolute, 'utf8');
  } catch {
    return undefined;
  }
}

const unreadable = unreadableFlowFile;

const fixtureSchema = z.strictObject({
  request: z.strictObject({ method: z.string().min(1), url: z.string().min(1) }),
  response: z.strictObject({
    status: z.number().int().min(0).max(999),
    headers: z.record(z.string(), z.string()).optional(),
    body: z.unknown().optional(),
    delayMs: z.number().int().min(0).optional(),
    refused: z.boolean().optional(),
  }),
  times: z.number().int().min(1).optional(),
});
export const fixtureListSchema = z.array(fixtureSchema);

/** Fixtures from already-parsed data (a scenario's inline list, or a file's contents). */
export function fixturesFrom(data: unknown, shown: string): { fixtures: Fixture[]; diagnostics: Diagnostic[] } {
  const parsed = fixtureListSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const at = issue.path.length ? `[${issue.path.map(String).join('][')}]` : '';
    return {
      fixtures: [],
      diagnostics: [makeDiagnostic('FG702', { message: `HTTP fixtures in "${shown}" are not a list of { request: { method, url }, response: { status, headers?, body?, delayMs? } } (at $${at}).`, location: { file: shown, path: `$${at}` }, hint: 'See the fixture format in README (flowgen simulate).' })],
    };
  }
  return { fixtures: parsed.data.map((f, i) => ({ ...(f as Fixture), source: `${shown}[${i}]` })), diagnostics: [] };
}

/** A fixture file, YAML or JSON. */
export function readFixtureFile(path: string, cwd: string): { fixtures: Fixture[]; diagnostics: Diagnostic[] } {
  const absolute = resolve(cwd, path);
  const shown = shownPath(absolute, cwd);
  const text = readText(absolute);
  if (text === undefined) return { fixtures: [], diagnostics: [unreadable(shown)] };
  let data: unknown;
  try {
    data = parseYaml(text, { uniqueKeys: true });
  } catch (error) {
    return { fixtures: [], diagnostics: [makeDiagnostic('FG702', { message: `"${shown}" is not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}.`, location: { file: shown }, hint: 'Fixtures are one YAML or JSON file holding a list.' })] };
  }
  return fixturesFrom(data, shown);
}

/**
 * Sends a request to a live connector's base URL with fetch, aborting at the activity's timeout.
 * Credentials in the URL (`http://user:token@127.0.0.1:8080`) become Basic authentication, as a
 * Control Hub connector supplies it; they are never printed or recorded.
 */
export const fetchTransport: LiveTransport = async (request: PreparedRequest, baseUrl: string): Promise<HttpExchange> => {
  const base = new URL(baseUrl);
  const headers: Record<string, string> = { Accept: 'application/json', ...request.headers };
  if (base.username) headers['Authorization'] = `Basic ${Buffer.from(`${decodeURIComponent(base.username)}:${decodeURIComponent(base.password)}`).toString('base64')}`;
  base.username = '';
  base.password = '';
  const url = `${base.origin}${base.pathname.replace(/\/$/, '')}${request.url}`;
  const controller = new AbortController();
  const started = performance.now();
  const timer = setTimeout(() => controller.abort(), request.timeoutMs);
  try {
    const response = await fetch(url, { method: request.method, headers, ...(request.body === undefined ? {} : { body: request.body }), signal: controller.signal });
    const body = await response.text();
    const responseHeaders: Record<string, string> = {};
    response.headers.forEach((value, key) => (responseHeaders[key] = value));
    return { status: response.status, headers: responseHeaders, body, elapsedMs: Math.round(performance.now() - started) };
  } catch {
    return controller.signal.aborted ? { timedOut: true } : { refused: true, elapsedMs: Math.round(performance.now() - started) };
  } finally {
    clearTimeout(timer);
  }
};

/** Subflows are found beside the flow: a flow file of any kind (export, definition) whose flow name is the subflow's. */
export function subflowLoader(flowFile: string, cwd: string): (name: string) => Promise<FlowIR | undefined> {
  const directory = dirname(resolve(cwd, flowFile));
  return async (name) => {
    let files: string[];
    try {
      files = readdirSync(directory).filter((f) => !f.startsWith('.') && flowFileKind(f) !== undefined).sort();
    } catch {
      return undefined;
    }
    // Any kind of flow file may be the subflow; an export named after it is the likely one, and
    // reading an export is cheaper than building a definition.
    const likely = (f: string): number => (f === `${name}.json` ? 0 : flowFileKind(f) === 'export' ? 1 : 2);
    const ordered = [...files].sort((a, b) => likely(a) - likely(b));
    for (const file of ordered) {
      const loaded = await loadSimulationFlow(join(directory, file), cwd);
      if (loaded.ir?.name === name) return loaded.ir;
    }
    return undefined;
  };
}

/** Business Hours schedules from a YAML or JSON file (`--business-hours`): entity name or id → schedule. */
export function readBusinessHoursFile(path: string, cwd: string): { schedules?: CallScenario['businessHours']; diagnostics: Diagnostic[] } {
  const absolute = resolve(cwd, path);
  const shown = shownPath(absolute, cwd);
  const text = readText(absolute);
  if (text === undefined) return { diagnostics: [unreadable(shown)] };
  let data: unknown;
  try {
    data = parseYaml(text, { uniqueKeys: true });
  } catch {
    return { diagnostics: [makeDiagnostic('FG703', { message: `"${shown}" is not valid YAML or JSON.`, location: { file: shown }, hint: 'Fix the YAML syntax.' })] };
  }
  const parsed = businessHoursMapSchema.safeParse(data);
  if (parsed.success) return { schedules: parsed.data, diagnostics: [] };
  const issue = parsed.error.issues[0]!;
  return { diagnostics: [makeDiagnostic('FG703', { message: `Business hours in "${shown}" are invalid at ${issue.path.join('.') || 'the top'}: ${issue.message}.`, location: { file: shown, path: issue.path.join('.') }, hint: 'Give entity → { timeZone, workingHours: [{ name, days, from, to }], holidays, overrides } (README "flowgen simulate").' })] };
}

export interface SimulateFileOptions {
  flow: string;
  cwd: string;
  tenant?: string;
  scenario: CallScenario;
  fixtureFiles?: readonly string[];
  /** Connector name or id → live base URL. */
  connectors?: Readonly<Record<string, string>>;
  transport?: LiveTransport;
}

export interface SimulateFileResult {
  result?: SimulationResult;
  /** The simulated flow's name. */
  flowName?: string;
  diagnostics: Diagnostic[];
}

/** Checks a `--connector NAME=URL` base URL: http(s), nothing after the host but a path. */
export function connectorUrlProblem(name: string, url: string): Diagnostic | undefined {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') && !parsed.search && !parsed.hash) return undefined;
  return makeDiagnostic('FG706', { message: `The live URL of connector "${name}" is not an http(s) base URL.`, location: { file: '<command line>' }, hint: 'Give --connector "NAME=http://127.0.0.1:8080" (credentials, if any, as http://user:token@host).' });
}

export async function simulateFile(options: SimulateFileOptions): Promise<SimulateFileResult> {
  const loaded = await loadSimulationFlow(options.flow, options.cwd, options.tenant);
  const diagnostics = [...loaded.diagnostics];
  const fixtures: Fixture[] = [];
  for (const file of options.fixtureFiles ?? []) {
    const read = readFixtureFile(file, options.cwd);
    fixtures.push(...read.fixtures);
    diagnostics.push(...read.diagnostics);
  }
  for (const [name, url] of Object.entries(options.connectors ?? {})) {
    const problem = connectorUrlProblem(name, url);
    if (problem) diagnostics.push(problem);
  }
  if (!loaded.ir || hasErrors(diagnostics)) return { diagnostics: sortDiagnostics(diagnostics) };
  const live = options.connectors && Object.keys(options.connectors).length > 0 ? { connectors: options.connectors, transport: options.transport ?? fetchTransport } : undefined;
  const result = await simulateCall({ flow: loaded.ir, scenario: options.scenario, fixtures, ...(live ? { live } : {}), loadSubflow: subflowLoader(options.flow, options.cwd), file: loaded.shown });
  return { result, flowName: loaded.ir.name, diagnostics: result.diagnostics };
}
