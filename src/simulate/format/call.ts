/**
 * A simulated call for people and for programs: the transcript (what the caller hears, the keys,
 * the requests, where the call ends) and the JSON document `flowgen simulate --format json`
 * prints, exactly `{ outcome, path, prompts, requests, events, variables }`.
 */
import type { SimulationOutcome, SimulationResult } from '../engine.js';

const clock = (ms: number): string => {
  const seconds = ms / 1000;
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, '0')}:${(seconds - minutes * 60).toFixed(1).padStart(4, '0')}`;
};

export function describeOutcome(outcome: SimulationOutcome): string {
  switch (outcome.type) {
    case 'queued':
      return `queued in ${outcome.queue}`;
    case 'disconnected':
      return 'disconnected';
    case 'transferred':
      return 'transferred';
    case 'ended':
      return 'the flow ended (End Flow)';
    case 'error':
      return 'error (the flow ended on an error)';
  }
}

export function formatTranscript(flowName: string, result: SimulationResult): string {
  const lines = [`${flowName}: simulated call`];
  for (const line of result.transcript) lines.push(`  ${clock(line.atMs)}  ${line.text}`);
  lines.push(`outcome: ${describeOutcome(result.outcome)} after ${clock(result.durationMs)}${result.events.length ? `; events: ${result.events.join(', ')}` : ''}`);
  return `${lines.join('\n')}\n`;
}

/** The JSON document of one call, in the documented key order. */
export function callDocument(result: SimulationResult): Record<string, unknown> {
  return {
    outcome: result.outcome,
    path: result.path,
    prompts: result.prompts,
    requests: result.requests,
    events: result.events,
    variables: result.variables,
  };
}
