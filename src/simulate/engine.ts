/**
 * The call simulator: runs one call through a flow's IR (read from the compiled Webex document by
 * the importer, so a flow drawn by hand runs like one written in flowgen), activity by activity,
 * with each kind's own semantics (its module's `simulate`). The engine owns what no kind does:
 * the clock, the caller and agents, event flows, error routing, HTTP sources and the limits.
 *
 * Webex behaviour it follows (docs/webex-activities-and-api.md §1.1, §3):
 * - an activity that fails leaves by its `error` port when wired, else the call goes to the
 *   OnGlobalError event flow when one is handled, else the flow ends (outcome `error`);
 * - Queue Contact queues the call and the flow goes on with the treatment; an agent answering
 *   interrupts it (AgentAnswered), the agent leaving fires AgentDisconnected, and the contact's
 *   end (caller hang-up, Disconnect Contact, a transfer) fires PhoneContactEnded;
 * - event flows run when their event happens; an error there ends that event flow.
 * A kind without semantics, an HTTP request no fixture or connector answers, or a runaway loop
 * stops the run with a diagnostic (FG700, FG701, FG704) and outcome `error`: never a guess.
 */
import { activityDefinition } from '../activities/index.js';
import type { HttpAnswer, HttpCall, SimulatedCall, SimulatedValue, SimulationStep, SubflowCall } from '../activities/shared/simulation.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import { renderText } from '../ir/template.js';
import type { ActivityIR, FlowIR, Template } from '../ir/types.js';
import { seededRandom } from '../util/seeded-random.js';
import { businessHoursAt } from './business-hours.js';
import { selectJson } from './json-path.js';
import { fixtureExchange, FixtureSet, prepareRequest, type Fixture, type HttpExchange, type LiveTransport, type PreparedRequest } from './http.js';
import { renderPebble } from './pebble/evaluate.js';
import { PebbleError } from './pebble/parse.js';
import { DEFAULT_AGENT, type AgentScenario, type CallScenario } from './scenario.js';
import { ConversionError, FlowScope } from './state.js';

export type OutcomeType = 'queued' | 'disconnected' | 'transferred' | 'ended' | 'error';

export interface SimulationOutcome {
  type: OutcomeType;
  queue?: string;
}

export interface PathStep {
  activity: string;
  kind: string;
  /** The port taken; null for an activity that ends the call or its flow. */
  port: string | null;
}

export interface SimulatedRequest {
  method: string;
  url: string;
  status: number;
  body?: string;
}

export interface TranscriptLine {
  /** Milliseconds since the call started. */
  atMs: number;
  text: string;
}

export interface SimulationResult {
  outcome: SimulationOutcome;
  path: PathStep[];
  prompts: string[];
  requests: SimulatedRequest[];
  events: string[];
  variables: Record<string, SimulatedValue>;
  transcript: TranscriptLine[];
  /** Links taken in the flow under test, as `activity\u0000port`. */
  linksTaken: Set<string>;
  /** Live answers, as fixtures (for --record). */
  recorded: Fixture[];
  diagnostics: Diagnostic[];
  /** Simulated duration of the call in milliseconds. */
  durationMs: number;
}

export interface SimulationOptions {
  flow: FlowIR;
  scenario: CallScenario;
  /** A scenario case's own fixtures: tried first, even for a live connector (faults, edge cases). */
  caseFixtures?: readonly Fixture[];
  /** Shared fixtures: used for requests no live connector takes. */
  fixtures?: readonly Fixture[];
  /** Connector name or id → live base URL, and the transport that calls it. */
  live?: { connectors: Readonly<Record<string, string>>; transport: LiveTransport };
  /** Finds a subflow by name (flow files beside the flow). */
  loadSubflow?: (name: string) => Promise<FlowIR | undefined>;
  /** The file the flow came from, for diagnostics. */
  file?: string;
}

const MAX_STEPS = 5000;

/** An activity failed (Webex's "Undefined Error"). */
class ActivityFault extends Error {}
/** The run stops with a diagnostic. */
class SimulationStop extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}
/** Something the caller or an agent did interrupts the running activity. */
class CallInterrupt extends Error {
  constructor(readonly what: 'agent-answered' | 'hangup') {
    super(what);
  }
}
/** An unhandled error in the main flow, to be routed to OnGlobalError. */
class UnhandledError extends Error {
  constructor(readonly activity: string, readonly reason: string) {
    super(reason);
  }
}

const speechMs = (text: string): number => Math.max(500, text.split(/\s+/).filter(Boolean).length * 400);

type FlowEnd = { end: 'disconnected' | 'ended' | 'transferred' } | { dangling: string };

export class CallSimulation {
  private clockMs = 0;
  private steps = 0;
  private inEventFlow = false;
  private queued: { name: string; atMs: number; visited: Set<string> } | undefined;
  private answeredAtMs: number | undefined;
  private digitIndex = 0;
  private randomSource: (() => number) | undefined;
  private readonly top: FlowScope;
  private readonly caseFixtures: FixtureSet;
  private readonly fixtures: FixtureSet;
  private readonly result: SimulationResult;

  constructor(private readonly options: SimulationOptions) {
    this.top = new FlowScope(options.flow, '');
    this.caseFixtures = new FixtureSet(options.caseFixtures ?? []);
    this.fixtures = new FixtureSet(options.fixtures ?? []);
    this.result = { outcome: { type: 'error' }, path: [], prompts: [], requests: [], events: [], variables: {}, transcript: [], linksTaken: new Set(), recorded: [], diagnostics: [], durationMs: 0 };
  }

  private get scenario(): CallScenario {
    return this.options.scenario;
  }

  private log(text: string): void {
    this.result.transcript.push({ atMs: this.clockMs, text });
  }

  private stop(code: 'FG700' | 'FG701' | 'FG704' | 'FG705', activity: string, message: string, hint: string): never {
    throw new SimulationStop(makeDiagnostic(code, { message, hint, location: { ...(this.options.file ? { file: this.options.file } : {}), activity } }));
  }

  async run(): Promise<SimulationResult> {
    const start = this.options.flow.activities.find((a) => a.kind === 'start');
    this.log(`call from ${this.scenario.ani} to ${this.scenario.dnis} at ${this.scenario.at.toISOString()}`);
    try {
      if (!start) this.stop('FG700', this.options.flow.name, `Flow "${this.options.flow.name}" has no start (NewPhoneContact) to simulate a call from.`, 'Simulate a main flow; subflows run from the flows that call them.');
      await this.runCall(start);
    } catch (error) {
      if (!(error instanceof SimulationStop)) throw error;
      this.result.diagnostics.push(error.diagnostic);
      this.result.outcome = { type: 'error' };
      this.log(`simulation stopped: ${error.diagnostic.message}`);
    }
    this.result.variables = this.top.snapshot();
    this.result.durationMs = this.clockMs;
    return this.result;
  }

  /** The main flow, then whatever ends the call: its end, a hang-up, an agent, an unhandled error. */
  private async runCall(start: ActivityIR): Promise<void> {
    let from: ActivityIR = start;
    let inGlobalError = false;
    for (;;) {
      try {
        const end = await this.runFrom(from, this.top, true);
        return await this.finish(end);
      } catch (error) {
        if (error instanceof CallInterrupt) return await this.interrupted(error.what);
        if (!(error instanceof UnhandledError)) throw error;
        const handler = this.eventHandler('OnGlobalError');
        this.result.events.push('OnGlobalError');
        if (!handler || inGlobalError) {
          this.log(`"${error.activity}" failed (${error.reason}) and nothing handles it: the flow ends`);
          this.result.outcome = { type: 'error' };
          return;
        }
        this.log(`"${error.activity}" failed (${error.reason}): OnGlobalError event flow`);
        inGlobalError = true;
        from = handler;
      }
    }
  }

  private async finish(end: FlowEnd): Promise<void> {
    if ('dangling' in end) {
      this.log(`no link from ${end.dangling}: the flow ends`);
      this.result.outcome = this.queued ? { type: 'queued', queue: this.queued.name } : { type: 'ended' };
      return;
    }
    if (end.end === 'ended') {
      this.result.outcome = this.queued ? { type: 'queued', queue: this.queued.name } : { type: 'ended' };
      return;
    }
    if (end.end === 'transferred') this.result.outcome = { type: 'transferred' };
    else this.result.outcome = { type: 'disconnected' };
    this.log(end.end === 'transferred' ? 'the call leaves Webex (transfer)' : 'the flow disconnects the call');
    await this.fireEvent('PhoneContactEnded', {});
  }

  private async interrupted(what: 'agent-answered' | 'hangup'): Promise<void> {
    if (what === 'hangup') {
      this.log('the caller hangs up');
      this.result.outcome = this.queued ? { type: 'queued', queue: this.queued.name } : { type: 'disconnected' };
      await this.fireEvent('PhoneContactEnded', {});
      return;
    }
    const agent = this.scenario.agent as AgentScenario;
    const queue = this.queued!;
    this.answeredAtMs = this.clockMs;
    this.result.outcome = { type: 'queued', queue: queue.name };
    this.log(`agent ${agent.name} answers (after ${((this.clockMs - queue.atMs) / 1000).toFixed(0)} s in ${queue.name})`);
    await this.fireEvent('AgentAnswered', agentData(agent, queue.name));
    const hangupAt = this.scenario.hangupAfterSeconds === undefined ? undefined : this.scenario.hangupAfterSeconds * 1000;
    const goneAt = agent.disconnectsAfterSeconds === undefined ? undefined : this.answeredAtMs + agent.disconnectsAfterSeconds * 1000;
    if (goneAt !== undefined && (hangupAt === undefined || goneAt < hangupAt)) {
      this.clockMs = Math.max(this.clockMs, goneAt);
      this.log(`agent ${agent.name} leaves the call`);
      await this.fireEvent('AgentDisconnected', { AgentId: agent.id, AgentEmailId: agent.email, QueueId: queue.name, TeamId: agent.team, InboundChannel: 'telephony', RoutingStrategyId: null });
      this.log('the call ends');
      await this.fireEvent('PhoneContactEnded', { AgentID: agent.id, AgentEmailID: agent.email, TeamID: agent.team, QueueID: queue.name, InboundChannel: 'telephony', RoutingStrategyID: null });
    } else if (hangupAt !== undefined) {
      this.clockMs = Math.max(this.clockMs, hangupAt);
      this.log('the caller hangs up');
      await this.fireEvent('PhoneContactEnded', { AgentID: agent.id, AgentEmailID: agent.email, TeamID: agent.team, QueueID: queue.name, InboundChannel: 'telephony', RoutingStrategyID: null });
    }
  }

  private eventHandler(event: string): ActivityIR | undefined {
    return this.options.flow.activities.find((a) => a.kind === 'event' && (a.options as { event?: string }).event === event && a.links['out'] !== undefined);
  }

  /** Runs an event's flow to its end; interrupts wait (an event flow is not a caller's IVR). */
  private async fireEvent(event: string, data: Record<string, SimulatedValue>): Promise<void> {
    this.result.events.push(event);
    const handler = this.eventHandler(event);
    if (!handler) return;
    const wasInEvent = this.inEventFlow;
    this.inEventFlow = true;
    this.eventData = data;
    try {
      await this.runFrom(handler, this.top, false);
    } catch (error) {
      if (!(error instanceof UnhandledError)) throw error;
      this.log(`"${error.activity}" failed in the ${event} event flow (${error.reason}): that event flow ends`);
    } finally {
      this.inEventFlow = wasInEvent;
      this.eventData = {};
    }
  }

  private eventData: Record<string, SimulatedValue> = {};

  /** Follows links from `activity` until the flow ends; failures without an error link go up. */
  private async runFrom(first: ActivityIR, scope: FlowScope, isMain: boolean): Promise<FlowEnd> {
    let activity = first;
    for (;;) {
      if (++this.steps > MAX_STEPS) {
        this.stop('FG704', activity.name, `The call ran more than ${MAX_STEPS} activities without ending (last "${activity.name}").`, 'Check for a loop that never waits for the caller, or give the scenario a hang-up time.');
      }
      if (isMain && this.queued && this.isIdleInQueue(activity)) {
        this.log(`waiting in ${this.queued.name}: the treatment repeats and no agent answers in this simulation`);
        return { end: 'ended' };
      }
      let step: SimulationStep;
      try {
        step = await this.step(activity, scope);
      } catch (error) {
        // An activity a hang-up or an agent cut short was still run: it is on the path, without a port.
        if (error instanceof CallInterrupt) this.result.path.push({ activity: scope.prefix + activity.name, kind: activity.kind, port: null });
        throw error;
      }
      const port = 'port' in step ? step.port : null;
      this.result.path.push({ activity: scope.prefix + activity.name, kind: activity.kind, port });
      if (port === null) return step as { end: 'disconnected' | 'ended' | 'transferred' };
      if (scope === this.top) this.result.linksTaken.add(`${activity.name}\u0000${port}`);
      const target = activity.links[port];
      if (target === undefined) return { dangling: `"${activity.name}" port "${port}"` };
      const next = scope.byName.get(target);
      if (!next) this.stop('FG700', activity.name, `"${activity.name}" links to "${target}", which the flow does not contain.`, 'Re-draw the link in Flow Designer (a broken link, FC1011).');
      activity = next;
    }
  }

  /** Queued with nothing left to happen: the treatment came back round. */
  private isIdleInQueue(activity: ActivityIR): boolean {
    const queue = this.queued!;
    const agent = this.scenario.agent;
    const pending = (typeof agent === 'object' && this.answeredAtMs === undefined) || this.scenario.hangupAfterSeconds !== undefined;
    if (pending) return false;
    if (queue.visited.has(activity.name)) return true;
    queue.visited.add(activity.name);
    return false;
  }

  /** One activity: its fault if injected, else its kind's semantics; a failure takes `error`. */
  private async step(activity: ActivityIR, scope: FlowScope): Promise<SimulationStep> {
    const definition = activityDefinition(activity.kind);
    const fault = scope === this.top ? this.scenario.faults[activity.name] : undefined;
    try {
      if (fault !== undefined && fault !== 'error') {
        this.log(`"${activity.name}" fails (injected fault): port "${fault}"`);
        return { port: fault };
      }
      if (fault === 'error') throw new ActivityFault('injected fault');
      if (!definition?.simulate) {
        const what = activity.kind === 'raw' ? `a ${String((activity.options as { activityName?: string }).activityName ?? (activity.options as { group?: string }).group)} activity flowgen keeps verbatim` : `a ${activity.kind} activity`;
        this.stop('FG700', activity.name, `"${activity.name}" is ${what}, which the simulator cannot run.`, 'The run stops here rather than guess; give this kind run-time semantics in its activity module (simulate).');
      }
      return await definition.simulate(activity.options, this.callFor(activity, scope));
    } catch (error) {
      if (!(error instanceof ActivityFault)) throw error;
      if (activity.links['error'] !== undefined) {
        this.log(`"${activity.name}" fails (${error.message}): its error path`);
        return { port: 'error' };
      }
      throw new UnhandledError(activity.name, error.message);
    }
  }

  /** Advances the clock; a hang-up or an answering agent due meanwhile interrupts (not in event flows). */
  private wait(ms: number): void {
    const target = this.clockMs + ms;
    if (!this.inEventFlow) {
      const hangupAt = this.scenario.hangupAfterSeconds === undefined ? Infinity : this.scenario.hangupAfterSeconds * 1000;
      const agent = this.scenario.agent;
      const answerAt = this.queued && typeof agent === 'object' && this.answeredAtMs === undefined ? this.queued.atMs + agent.answersAfterSeconds * 1000 : Infinity;
      const next = Math.min(hangupAt, answerAt);
      if (next <= target) {
        this.clockMs = Math.max(this.clockMs, next);
        throw new CallInterrupt(next === hangupAt ? 'hangup' : 'agent-answered');
      }
    }
    this.clockMs = target;
    if (this.clockMs > this.scenario.maxSeconds * 1000) {
      this.stop('FG704', '', `The call lasted more than ${this.scenario.maxSeconds} simulated seconds without ending.`, 'Check for a loop (a menu that repeats on timeout), or give the scenario a hang-up time.');
    }
  }

  private render(text: string, scope: FlowScope): string {
    try {
      return renderPebble(text, { lookup: (name) => scope.lookup(name), now: new Date(this.scenario.at.getTime() + this.clockMs) });
    } catch (error) {
      if (error instanceof PebbleError) throw new ActivityFault(`Pebble: ${error.message} in ${JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text)}`);
      throw error;
    }
  }

  private callFor(activity: ActivityIR, scope: FlowScope): SimulatedCall {
    const engine = this;
    const namespace = activity.kind === 'event' ? String((activity.options as { event?: string }).event) : activity.name;
    const contact = { ani: this.scenario.ani, dnis: this.scenario.dnis, interactionId: 'simulated-interaction-0001', orgId: 'simulated-org', entryPointId: 'simulated-entry-point', flowId: 'simulated-flow' };
    const convert = (fn: () => void): void => {
      try {
        fn();
      } catch (error) {
        if (error instanceof ConversionError) throw new ActivityFault(error.message);
        throw error;
      }
    };
    return {
      activity: activity.name,
      contact,
      eventData: this.eventData,
      render: (template: Template) => engine.render(renderText(template), scope),
      renderText: (pebble: string) => engine.render(pebble, scope),
      read: (reference) => scope.read(reference),
      write: (variable, value) => convert(() => scope.write(variable, value)),
      output: (name, value) => scope.setOutput(namespace, name, value),
      selectJson: (document, path) => selectJson(document, path),
      say: (texts) => engine.say(texts),
      playAudio: (files) => {
        for (const file of files) {
          engine.result.prompts.push(`[audio ${file}]`);
          engine.log(`plays ${file}`);
          engine.wait(3000);
        }
      },
      playMusic: (file, seconds) => {
        engine.log(`music ${file} for ${seconds ?? 30} s`);
        engine.wait((seconds ?? 30) * 1000);
      },
      collectDigits: (request) => engine.collectDigits(request),
      wait: (seconds) => engine.wait(seconds * 1000),
      http: (request) => engine.http(request, activity.name),
      queue: (request) => engine.queue(request),
      queueToAgent: (request) => {
        if (engine.scenario.agent === 'none') return { failed: true, code: null, description: `agent ${request.agent} is not available (simulated)` };
        engine.queued = { name: request.reportingQueueId, atMs: engine.clockMs, visited: new Set() };
        engine.log(`queued for agent ${request.agent}`);
        return { queued: true, agentId: request.agent };
      },
      transfer: (number, how) => engine.log(`${how} transfer to ${number}`),
      screenPop: (url, label) => engine.log(`agent desktop opens "${label}": ${url}`),
      callback: (number, queueId) => engine.log(`callback to ${number} registered${queueId ? ` in queue ${queueId}` : ''}`),
      note: (text) => engine.log(text),
      subflow: (call) => engine.subflow(call, activity.name),
      scenarioAnswer: () => engine.scenario.answers[activity.name],
      businessHours: (entity) => {
        const schedule = engine.scenario.businessHours[entity.name] ?? (entity.id === undefined ? undefined : engine.scenario.businessHours[entity.id]);
        if (!schedule) return undefined;
        const answer = businessHoursAt(schedule, new Date(engine.scenario.at.getTime() + engine.clockMs));
        engine.log(`business hours "${entity.name || entity.id || "?"}": ${answer.port}${answer.shift ?? answer.holiday ?? answer.override ? ` (${answer.shift ?? answer.holiday ?? answer.override})` : ''}`);
        return answer;
      },
      random: () => engine.random(),
      fail: (reason) => {
        throw new ActivityFault(reason);
      },
      unsupported: (reason) => engine.stop('FG700', activity.name, `"${activity.name}" cannot be simulated: ${reason}.`, 'The run stops here rather than guess.'),
    };
  }

  private random(): number {
    this.randomSource ??= seededRandom(this.scenario.seed);
    return this.randomSource();
  }

  private say(texts: readonly string[]): void {
    for (const text of texts) {
      this.result.prompts.push(text);
      this.log(`says "${text}"`);
      this.wait(speechMs(text));
    }
  }

  private collectDigits(request: Parameters<SimulatedCall['collectDigits']>[0]): ReturnType<SimulatedCall['collectDigits']> {
    this.say(request.prompts);
    for (const file of request.audio ?? []) {
      this.result.prompts.push(`[audio ${file}]`);
      this.log(`plays ${file}`);
      this.wait(3000);
    }
    const entry = this.scenario.digits[this.digitIndex++];
    if (entry === undefined || entry === '' || entry === 'timeout') {
      this.log(`no key within ${request.timeoutSeconds} s`);
      this.wait(request.timeoutSeconds * 1000);
      return { timeout: true };
    }
    const cut = request.terminator ? entry.indexOf(request.terminator) : -1;
    const digits = cut >= 0 ? entry.slice(0, cut) : entry;
    this.log(`caller presses ${entry}`);
    this.wait(500 * Math.max(1, entry.length));
    if (digits === '') return { timeout: true };
    return { digits };
  }

  private queue(request: Parameters<SimulatedCall['queue']>[0]): ReturnType<SimulatedCall['queue']> {
    if (request.checkAgentAvailability && this.scenario.agent === 'none') {
      this.log(`no agent available in ${request.queueName}`);
      return { failed: true, code: null, description: `No agent is available in ${request.queueName} (simulated)` };
    }
    this.queued = { name: request.queueName, atMs: this.clockMs, visited: new Set() };
    this.log(`queued in ${request.queueName}${request.priority === undefined ? '' : ` with priority ${request.priority}`}`);
    return { queued: true };
  }

  private async exchange(request: PreparedRequest, activity: string): Promise<HttpExchange> {
    const own = this.caseFixtures.take(request);
    if (own) return fixtureExchange(own);
    const live = this.options.live;
    const base = request.connector && live ? (live.connectors[request.connector.name] ?? (request.connector.id === undefined ? undefined : live.connectors[request.connector.id])) : undefined;
    if (base !== undefined && live) {
      const exchange = await live.transport(request, base);
      this.result.recorded.push(recordedFixture(request, exchange));
      return exchange;
    }
    const shared = this.fixtures.take(request);
    if (shared) return fixtureExchange(shared);
    const via = request.connector ? ` through connector "${request.connector.name}"` : '';
    return this.stop('FG701', activity, `"${activity}" requests ${request.method} ${request.decodedUrl}${via}, which no fixture matches.`, request.connector ? `Add a fixture for it, or run with --connector "${request.connector.name}=http://127.0.0.1:PORT".` : 'Add a fixture for it.');
  }

  private async http(call: HttpCall, activity: string): Promise<HttpAnswer> {
    const request = prepareRequest(call);
    const exchange = await this.exchange(request, activity);
    let answer: HttpAnswer;
    if ('timedOut' in exchange || ('elapsedMs' in exchange && exchange.elapsedMs > request.timeoutMs)) {
      this.log(`${request.method} ${request.decodedUrl}: no answer within ${request.timeoutMs} ms`);
      answer = { status: 0, body: '', headers: {}, timedOut: true };
      this.result.requests.push({ method: request.method, url: request.url, status: 0, ...(request.body === undefined ? {} : { body: request.body }) });
      this.wait(request.timeoutMs);
      return answer;
    }
    if ('refused' in exchange) {
      answer = { status: 0, body: '', headers: {}, timedOut: false };
      this.log(`${request.method} ${request.decodedUrl}: connection refused`);
    } else {
      const headers = Object.fromEntries(Object.entries(exchange.headers).map(([k, v]) => [k.toLowerCase(), v]));
      answer = { status: exchange.status, body: exchange.body, headers, timedOut: false };
      this.log(`${request.method} ${request.decodedUrl} → ${exchange.status}`);
    }
    this.result.requests.push({ method: request.method, url: request.url, status: answer.status, ...(request.body === undefined ? {} : { body: request.body }) });
    this.wait(exchange.elapsedMs);
    return answer;
  }

  private async subflow(call: SubflowCall, activity: string): Promise<Record<string, SimulatedValue>> {
    const flow = await this.options.loadSubflow?.(call.name);
    if (!flow) this.stop('FG705', activity, `"${activity}" calls subflow "${call.name}", which is not beside the flow.`, `Put its export (${call.name}.json) or its definition next to the flow file.`);
    const scope = new FlowScope(flow, `${call.name}/`);
    for (const [name, value] of Object.entries(call.inputs)) {
      try {
        scope.write(name, value);
      } catch (error) {
        if (error instanceof ConversionError) throw new ActivityFault(error.message);
        throw error;
      }
    }
    const start = flow.activities.find((a) => a.kind === 'subflow-start');
    if (!start) this.stop('FG705', activity, `Subflow "${call.name}" has no start.`, 'Export the subflow again from Flow Designer.');
    this.log(`subflow ${call.name} starts`);
    try {
      await this.runFrom(start, scope, false);
    } catch (error) {
      if (error instanceof UnhandledError) throw new ActivityFault(`subflow ${call.name}: "${error.activity}" failed (${error.reason})`);
      throw error;
    }
    this.log(`subflow ${call.name} returns`);
    return scope.snapshot();
  }
}

function agentData(agent: AgentScenario, queue: string): Record<string, SimulatedValue> {
  return { AgentID: agent.id, AgentName: agent.name, AgentEmailId: agent.email, AgentSessionID: 'simulated-session', QueueID: queue, QueueName: queue, TeamID: agent.team, TeamName: agent.team, TenantID: 'simulated-org', CAD: {} };
}

function recordedFixture(request: PreparedRequest, exchange: HttpExchange): Fixture {
  const url = request.decodedUrl;
  if ('timedOut' in exchange) return { request: { method: request.method, url }, response: { status: 200, delayMs: request.timeoutMs + 1000 } };
  if ('refused' in exchange) return { request: { method: request.method, url }, response: { status: 0, refused: true } };
  let body: unknown = exchange.body;
  try {
    body = exchange.body === '' ? undefined : JSON.parse(exchange.body);
  } catch {
    body = exchange.body;
  }
  const type = Object.entries(exchange.headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1];
  // The answer's delay is kept, so a replay runs on the same clock as the live call.
  return { request: { method: request.method, url }, response: { status: exchange.status, ...(type && typeof body === 'string' ? { headers: { 'Content-Type': type } } : {}), ...(body === undefined ? {} : { body }), ...(exchange.elapsedMs > 0 ? { delayMs: exchange.elapsedMs } : {}) } };
}

/** Runs one call. */
export function simulateCall(options: SimulationOptions): Promise<SimulationResult> {
  return new CallSimulation(options).run();
}

export { DEFAULT_AGENT };
