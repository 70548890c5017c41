/**
 * Scenario files (`flows/<flow>.test.yaml`): a flow, shared HTTP fixtures and cases, each a call
 * (caller, keys, agent, hang-up, clock, faults) and what must happen (outcome, queue, prompts
 * heard, requests, events, variables, activities passed). The zod schema here is the one the
 * runner checks files with and the one `schemas/flow-test.schema.json` is generated from.
 */
import { z } from 'zod';
import { WEEKDAYS } from './business-hours.js';

const seconds = z.number().min(0);
const fixtureList = z.array(z.unknown()).describe('HTTP fixtures: [{ request: { method, url }, response: { status, headers?, body?, delayMs?, refused? }, times? }]');
const fixtures = z.union([z.string().min(1).describe('A fixture file (YAML or JSON), relative to this file'), fixtureList]);

const agent = z.union([
  z.enum(['available', 'none']).describe('"available": agents are free but none answers in the simulation; "none": no agent is available'),
  z.strictObject({
    answersAfter: seconds.describe('Seconds after queueing until an agent answers'),
    disconnectsAfter: seconds.optional().describe('Seconds after answering until the agent leaves (AgentDisconnected)'),
    name: z.string().min(1).optional(),
    id: z.string().min(1).optional(),
    email: z.string().min(1).optional(),
    team: z.string().min(1).optional(),
  }),
]);

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time HH:mm');
const isoDate = z.string().regex(/^\d{4}-\d\d-\d\d$/, 'a date YYYY-MM-DD');
const period = z.strictObject({ name: z.string().min(1), date: isoDate, until: isoDate.optional(), from: hhmm.optional(), to: hhmm.optional() });

/** A Business Hours entity as Control Hub defines it: what the flow cannot say, the scenario does. */
export const businessHoursSchema = z.strictObject({
  timeZone: z.string().min(1).describe('IANA time zone, e.g. America/New_York'),
  workingHours: z.array(z.strictObject({ name: z.string().min(1), days: z.array(z.enum(WEEKDAYS)).min(1), from: hhmm, to: hhmm })).default([]),
  holidays: z.array(period).default([]),
  overrides: z.array(period).default([]),
});
export const businessHoursMapSchema = z.record(z.string(), businessHoursSchema).describe('Business Hours entity (name or id) → its schedule');

const requestExpectation = z.strictObject({
  method: z.string().min(1),
  url: z.string().min(1).describe('A glob on path and query (* matches anything), as in fixtures'),
  status: z.number().int().optional(),
  /** Texts the request body must contain. */
  bodyContains: z.array(z.string()).optional(),
  /** How many matching requests (default: at least one). */
  times: z.number().int().min(0).optional(),
});

export const OUTCOMES = ['queued', 'disconnected', 'transferred', 'ended', 'error'] as const;

const expectation = z.strictObject({
  outcome: z.enum(OUTCOMES).optional(),
  queue: z.string().min(1).optional().describe('The queue the call ends in (outcome queued)'),
  heard: z.array(z.string()).optional().describe('Texts the caller hears, each within a prompt, in this order'),
  notHeard: z.array(z.string()).optional().describe('Texts no prompt contains'),
  requests: z.array(requestExpectation).optional(),
  events: z.array(z.string()).optional().describe('The events that happened, exactly and in order'),
  variables: z.record(z.string(), z.unknown()).optional().describe('Variable values at the end of the call'),
  path: z.array(z.string()).optional().describe('Activities the call passes, in this order (others may come between)'),
  notVisited: z.array(z.string()).optional().describe('Activities the call never reaches'),
});

export const scenarioCaseSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  caller: z.strictObject({ ani: z.string().optional(), dnis: z.string().optional() }).optional(),
  digits: z.array(z.union([z.string(), z.number()])).optional().describe('Answers to each menu or digit collection in order: keys ("1", "1234#") or "timeout"'),
  agent: agent.optional(),
  hangupAfter: seconds.optional().describe('Seconds into the call when the caller hangs up'),
  at: z.string().optional().describe('When the call starts, ISO-8601 (the clock of now())'),
  faults: z.record(z.string(), z.string()).optional().describe('Activity → port it leaves by as a platform fault ("error", or "failure" for a queue)'),
  answers: z.record(z.string(), z.strictObject({ port: z.string().optional(), outputs: z.record(z.string(), z.unknown()).optional() })).optional().describe('Activity → how it ends, for activities no setting decides (virtual agents, queue information)'),
  businessHours: businessHoursMapSchema.optional(),
  seed: z.number().int().optional().describe('Seed for percentage allocation (default 1)'),
  fixtures: fixtures.optional().describe("This case's own fixtures, tried first (also when a connector is live)"),
  expect: expectation,
});

export const scenarioFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    flow: z.string().min(1).describe('The flow: a definition (*.flow.ts, *.flow.yaml) or an export (*.json), relative to this file'),
    tenant: z.string().min(1).optional().describe('Build the definition with this tenant, as build --tenant does'),
    fixtures: fixtures.optional().describe('Fixtures every case uses (unless a connector is live)'),
    businessHours: businessHoursMapSchema.optional().describe('Schedules every case uses (a case may add its own)'),
    cases: z.array(scenarioCaseSchema).min(1),
  })
  .describe('flowgen scenarios: calls through one flow and what must happen (README "flowgen test")');

export type ScenarioFile = z.infer<typeof scenarioFileSchema>;
export type ScenarioCase = z.infer<typeof scenarioCaseSchema>;
export type Expectation = z.infer<typeof expectation>;
export type RequestExpectation = z.infer<typeof requestExpectation>;

/** The JSON Schema editors read (draft-07, for yaml-language-server). */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioFileSchema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
