/**
 * Runs a scenario file's cases against one flow and checks each: the pure part of `flowgen test`
 * (files are read by src/api/test-flows.ts). Cases run one after another, each a fresh call.
 */
import type { SimulatedValue } from '../activities/shared/simulation.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FlowIR } from '../ir/types.js';
import { simulateCall, type SimulationOptions, type SimulationResult } from './engine.js';
import { checkExpectations, type ExpectationFailure } from './expectations.js';
import type { Fixture } from './http.js';
import { callScenario, DEFAULT_AGENT, type CallScenario } from './scenario.js';
import type { ScenarioCase } from './scenario-file.js';

export interface CaseResult {
  name: string;
  passed: boolean;
  failures: ExpectationFailure[];
  /** Diagnostics that stopped the call (an unmatched request, a kind not simulated). */
  diagnostics: Diagnostic[];
  result: SimulationResult;
}

/** A case's call, as the engine takes it. */
export function caseScenario(item: ScenarioCase, shared: CallScenario['businessHours'] = {}): CallScenario {
  const agent = item.agent;
  return callScenario({
    ...(item.caller?.ani !== undefined ? { ani: item.caller.ani } : {}),
    ...(item.caller?.dnis !== undefined ? { dnis: item.caller.dnis } : {}),
    digits: (item.digits ?? []).map(String),
    agent:
      agent === undefined || typeof agent === 'string'
        ? (agent ?? 'available')
        : {
            answersAfterSeconds: agent.answersAfter,
            ...(agent.disconnectsAfter !== undefined ? { disconnectsAfterSeconds: agent.disconnectsAfter } : {}),
            name: agent.name ?? DEFAULT_AGENT.name,
            id: agent.id ?? DEFAULT_AGENT.id,
            email: agent.email ?? DEFAULT_AGENT.email,
            team: agent.team ?? DEFAULT_AGENT.team,
          },
    ...(item.hangupAfter !== undefined ? { hangupAfterSeconds: item.hangupAfter } : {}),
    ...(item.at !== undefined ? { at: new Date(item.at) } : {}),
    faults: item.faults ?? {},
    answers: (item.answers ?? {}) as CallScenario['answers'],
    businessHours: { ...shared, ...(item.businessHours ?? {}) },
    ...(item.seed !== undefined ? { seed: item.seed } : {}),
  });
}

export interface RunCaseOptions extends Omit<SimulationOptions, 'scenario' | 'caseFixtures'> {
  flow: FlowIR;
  businessHours?: CallScenario['businessHours'];
}

export async function runCase(item: ScenarioCase, caseFixtures: readonly Fixture[], options: RunCaseOptions): Promise<CaseResult> {
  const { businessHours, ...simulation } = options;
  const result = await simulateCall({ ...simulation, scenario: caseScenario(item, businessHours), caseFixtures });
  const failures = checkExpectations(item.expect, result);
  return { name: item.name, passed: failures.length === 0 && result.diagnostics.length === 0, failures, diagnostics: result.diagnostics, result };
}

export type { SimulatedValue };
