/**
 * `flowgen simulate <flow>`: one call through a flow, printed as a transcript or as one JSON
 * document. Exit 0 when the call ran (whatever its outcome), 1 when it could not (bad input, an
 * unmatched request, a kind the simulator cannot run), 2 on usage errors or a flowgen bug.
 */
import type { Command } from 'commander';
import { readBusinessHoursFile, simulateFile } from '../../api/simulate-flow.js';
import { makeDiagnostic } from '../../diagnostics/report.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { callDocument, formatTranscript } from '../../simulate/format/call.js';
import { callScenario, DEFAULT_AGENT, type CallScenario } from '../../simulate/scenario.js';
import { exitCodeFor, formatOption, renderDiagnostics, reportToStderr, writeOutputs } from '../output.js';
import { fixtureFileText } from '../../simulate/format/fixtures.js';

interface SimulateFlags {
  ani?: string;
  dnis?: string;
  digits?: string;
  fixtures?: string[];
  connector?: string[];
  agentAnswersAfter?: string;
  agent?: boolean;
  hangupAfter?: string;
  at?: string;
  tenant?: string;
  record?: string;
  businessHours?: string;
  seed?: string;
  format: 'text' | 'json';
}

const usage = (message: string, hint: string): Diagnostic => makeDiagnostic('FG703', { message, location: { file: '<command line>' }, hint });

/** `NAME=URL` pairs. */
export function parseConnectors(values: readonly string[] | undefined, problems: Diagnostic[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const value of values ?? []) {
    const at = value.indexOf('=');
    if (at <= 0) problems.push(usage(`--connector "${value.replace(/\/\/[^@/]*@/, '//…@')}" is not NAME=URL.`, 'Write --connector "Zendesk=http://127.0.0.1:8080".'));
    else out[value.slice(0, at)] = value.slice(at + 1);
  }
  return out;
}

function seconds(value: string | undefined, option: string, problems: Diagnostic[]): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) problems.push(usage(`${option} ${JSON.stringify(value)} is not a number of seconds.`, `Write ${option} 20.`));
  return n;
}

export function parseAt(value: string | undefined, problems: Diagnostic[]): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value) || Number.isNaN(date.getTime())) problems.push(usage(`--at ${JSON.stringify(value)} is not an ISO time.`, 'Write --at 2026-03-10T14:00:00Z (or with an offset, +01:00).'));
  return date;
}

function scenarioFrom(flags: SimulateFlags, problems: Diagnostic[]): CallScenario {
  const answers = seconds(flags.agentAnswersAfter, '--agent-answers-after', problems);
  const hangup = seconds(flags.hangupAfter, '--hangup-after', problems);
  const at = parseAt(flags.at, problems);
  if (answers !== undefined && flags.agent === false) problems.push(usage('--agent-answers-after and --no-agent contradict each other.', 'Give one of them.'));
  return callScenario({
    ...(flags.ani !== undefined ? { ani: flags.ani } : {}),
    ...(flags.dnis !== undefined ? { dnis: flags.dnis } : {}),
    digits: flags.digits === undefined ? [] : flags.digits.split(',').map((d) => d.trim()),
    agent: flags.agent === false ? 'none' : answers !== undefined ? { ...DEFAULT_AGENT, answersAfterSeconds: answers } : 'available',
    ...(hangup !== undefined ? { hangupAfterSeconds: hangup } : {}),
    ...(at ? { at } : {}),
  });
}

export function registerSimulate(program: Command, setExit: (code: number) => void): void {
  program
    .command('simulate')
    .description('run one call through a flow (a definition or a Flow Designer export) offline and print what the caller hears')
    .argument('<flow>', 'a flow definition (*.flow.ts, *.flow.yaml) or a Flow Designer export (*.json)')
    .option('--ani <number>', 'the caller\'s number (NewPhoneContact.ANI)', '+14085551234')
    .option('--dnis <number>', 'the number called (NewPhoneContact.DNIS)', '+18005550100')
    .option('--digits <keys>', 'the caller\'s answers to each menu or digit collection, comma-separated (1,1234#,timeout)')
    .option('--fixtures <file...>', 'HTTP fixtures (YAML or JSON)')
    .option('--connector <NAME=URL...>', 'send a connector\'s requests to a live base URL (e.g. a sandbox or a fake on 127.0.0.1)')
    .option('--agent-answers-after <seconds>', 'an agent answers this many seconds after the call is queued')
    .option('--no-agent', 'no agent is available')
    .option('--hangup-after <seconds>', 'the caller hangs up this many seconds into the call')
    .option('--at <iso-time>', 'when the call starts (the clock of now()); default 2026-01-05T09:00:00Z')
    .option('--tenant <name>', 'build the definition with this tenant\'s values and forks, as build --tenant does')
    .option('--record <file>', 'save the live connectors\' answers as a fixture file')
    .option('--business-hours <file>', 'Business Hours schedules (YAML: entity name → time zone, shifts, holidays, overrides)')
    .option('--seed <n>', 'seed for percentage allocation', '1')
    .addOption(formatOption(['text', 'json'], 'output format'))
    .action(async (flow: string, flags: SimulateFlags) => {
      const problems: Diagnostic[] = [];
      const scenario = scenarioFrom(flags, problems);
      const connectors = parseConnectors(flags.connector, problems);
      if (flags.record !== undefined && Object.keys(connectors).length === 0) problems.push(usage('--record saves live answers, but no --connector is given.', 'Add --connector "NAME=URL".'));
      const seed = Number(flags.seed ?? '1');
      if (!Number.isInteger(seed)) problems.push(usage(`--seed ${JSON.stringify(flags.seed)} is not an integer.`, 'Write --seed 7.'));
      if (problems.length) {
        reportToStderr(problems);
        return setExit(2);
      }
      const hours = flags.businessHours === undefined ? undefined : readBusinessHoursFile(flags.businessHours, process.cwd());
      if (hours && !hours.schedules) {
        reportToStderr(hours.diagnostics);
        return setExit(Math.max(exitCodeFor(hours.diagnostics), 1));
      }
      scenario.businessHours = hours?.schedules ?? {};
      scenario.seed = seed;
      const simulated = await simulateFile({ flow, cwd: process.cwd(), scenario, fixtureFiles: flags.fixtures ?? [], connectors, ...(flags.tenant ? { tenant: flags.tenant } : {}) });
      reportToStderr(simulated.diagnostics);
      const result = simulated.result;
      if (!result) {
        // Nothing ran: in JSON, stdout is the diagnostics, as validate prints them.
        if (flags.format === 'json') process.stdout.write(renderDiagnostics(simulated.diagnostics, 'json', process.stdout));
        return setExit(Math.max(exitCodeFor(simulated.diagnostics), 1));
      }
      if (flags.format === 'json') process.stdout.write(`${JSON.stringify(callDocument(result), null, 2)}\n`);
      else process.stdout.write(formatTranscript(simulated.flowName ?? flow, result));
      if (flags.record !== undefined && !writeOutputs([{ path: flags.record, contents: fixtureFileText(result.recorded) }], flags.format === 'json')) return setExit(1);
      return setExit(result.diagnostics.length ? 1 : 0);
    });
}
