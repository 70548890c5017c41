/**
 * Checks a simulated call against a scenario case's expectations. Each failure names what was
 * expected and what happened, in the author's words (`outcome: expected queued in
 * Support_Priority, got disconnected`).
 */
import type { SimulationResult } from './engine.js';
import { describeOutcome } from './format/call.js';
import { fixtureMatches, type PreparedRequest } from './http.js';
import type { Expectation, RequestExpectation } from './scenario-file.js';
import { equal } from './pebble/evaluate.js';
import type { PebbleValue } from './pebble/values.js';

export interface ExpectationFailure {
  what: string;
  expected: string;
  actual: string;
}

const list = (items: readonly string[]): string => (items.length ? items.map((i) => JSON.stringify(i)).join(', ') : '(none)');

function checkHeard(heard: readonly string[], prompts: readonly string[], failures: ExpectationFailure[]): void {
  let at = 0;
  for (const text of heard) {
    const index = prompts.findIndex((p, i) => i >= at && p.includes(text));
    if (index === -1) {
      failures.push({ what: 'heard', expected: `a prompt containing ${JSON.stringify(text)}${at > 0 ? ' (after the ones before it)' : ''}`, actual: `prompts ${list(prompts)}` });
      return;
    }
    at = index + 1;
  }
}

function asRequest(method: string, url: string): PreparedRequest {
  let decoded = url;
  try {
    decoded = decodeURIComponent(url.replace(/\+/g, ' '));
  } catch {
    decoded = url;
  }
  return { method, url, decodedUrl: decoded, headers: {}, timeoutMs: 0 };
}

function checkRequest(expected: RequestExpectation, result: SimulationResult, failures: ExpectationFailure[]): void {
  const matching = result.requests.filter((r) => {
    if (!fixtureMatches({ request: { method: expected.method, url: expected.url }, response: { status: 0 } }, asRequest(r.method, r.url))) return false;
    if (expected.status !== undefined && r.status !== expected.status) return false;
    return (expected.bodyContains ?? []).every((text) => (r.body ?? '').includes(text));
  });
  const label = `${expected.method} ${expected.url}${expected.status === undefined ? '' : ` → ${expected.status}`}${expected.bodyContains ? ` with body containing ${list(expected.bodyContains)}` : ''}`;
  const ok = expected.times === undefined ? matching.length > 0 : matching.length === expected.times;
  if (!ok) {
    const sent = result.requests.map((r) => `${r.method} ${asRequest(r.method, r.url).decodedUrl} → ${r.status}`);
    failures.push({ what: 'requests', expected: `${expected.times === undefined ? 'a request' : `${expected.times} request(s)`} ${label}`, actual: `${matching.length} matching; sent ${list(sent)}` });
  }
}

function checkPath(path: readonly string[], visited: readonly string[], failures: ExpectationFailure[]): void {
  let at = 0;
  for (const name of path) {
    const index = visited.indexOf(name, at);
    if (index === -1) {
      failures.push({ what: 'path', expected: `the call passes ${JSON.stringify(name)}${at > 0 ? ` after ${JSON.stringify(visited[at - 1])}` : ''}`, actual: `path ${visited.join(' → ')}` });
      return;
    }
    at = index + 1;
  }
}

export function checkExpectations(expect: Expectation, result: SimulationResult): ExpectationFailure[] {
  const failures: ExpectationFailure[] = [];
  const outcome = result.outcome;
  if (expect.outcome !== undefined && (outcome.type !== expect.outcome || (expect.queue !== undefined && outcome.queue !== expect.queue))) {
    failures.push({ what: 'outcome', expected: describeOutcome({ type: expect.outcome, ...(expect.queue ? { queue: expect.queue } : {}) }), actual: describeOutcome(outcome) });
  } else if (expect.outcome === undefined && expect.queue !== undefined && outcome.queue !== expect.queue) {
    failures.push({ what: 'queue', expected: expect.queue, actual: outcome.queue ?? '(not queued)' });
  }
  if (expect.heard) checkHeard(expect.heard, result.prompts, failures);
  for (const text of expect.notHeard ?? []) {
    const prompt = result.prompts.find((p) => p.includes(text));
    if (prompt !== undefined) failures.push({ what: 'notHeard', expected: `no prompt containing ${JSON.stringify(text)}`, actual: JSON.stringify(prompt) });
  }
  for (const request of expect.requests ?? []) checkRequest(request, result, failures);
  if (expect.events && JSON.stringify(expect.events) !== JSON.stringify(result.events)) failures.push({ what: 'events', expected: list(expect.events), actual: list(result.events) });
  for (const [name, value] of Object.entries(expect.variables ?? {})) {
    const actual = result.variables[name];
    if (actual === undefined) failures.push({ what: `variable ${name}`, expected: JSON.stringify(value), actual: 'no such variable' });
    else if (!equal(actual as PebbleValue, value as PebbleValue)) failures.push({ what: `variable ${name}`, expected: JSON.stringify(value), actual: JSON.stringify(actual) });
  }
  const visited = result.path.map((p) => p.activity);
  if (expect.path) checkPath(expect.path, visited, failures);
  for (const name of expect.notVisited ?? []) if (visited.includes(name)) failures.push({ what: 'notVisited', expected: `the call never reaches ${JSON.stringify(name)}`, actual: `path ${visited.join(' → ')}` });
  return failures;
}
