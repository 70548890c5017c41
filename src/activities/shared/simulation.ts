/**
 * The run-time contract between an activity kind and the simulator (`flowgen simulate`, `flowgen
 * test`): what a kind may ask of the running call. Each kind's module implements its own
 * semantics against this interface (its `simulate` member, house style §3: what a kind does lives
 * in its module); the engine in src/simulate/ implements the interface (clock, caller, agents,
 * HTTP fixtures or live connectors, variables, event flows). Types only, no implementation.
 *
 * Rules every implementation keeps: time passes only through the call (prompts, digits, music,
 * waits, HTTP), so a caller hanging up or an agent answering interrupts whatever is running;
 * `fail` is Webex's "Undefined Error" (the activity's error path, else OnGlobalError);
 * `unsupported` stops the simulation with a diagnostic naming the activity, for something the
 * simulator cannot know, never a guess.
 */
import type { Template } from '../../ir/types.js';

/** A run-time value: what variables, activity outputs and event data hold. */
export type SimulatedValue = null | string | number | boolean | SimulatedValue[] | { [key: string]: SimulatedValue };

/** What running an activity leads to. */
export type SimulationStep =
  /** Leave by this output port (flowgen's port name). */
  | { port: string }
  /** The contact, or the flow running this activity, ends here. */
  | { end: 'disconnected' | 'ended' | 'transferred' };

/** The call's start data (NewPhoneContact outputs, docs/webex-activities-and-api.md §2.3). */
export interface ContactData {
  ani: string;
  dnis: string;
  interactionId: string;
  orgId: string;
  entryPointId: string;
  flowId: string;
}

export interface DigitRequest {
  /** What is said (already rendered) before and while waiting. */
  prompts: readonly string[];
  /** Audio files played instead of, or besides, text. */
  audio?: readonly string[];
  timeoutSeconds: number;
  interDigitTimeoutSeconds?: number;
  /** 1 for a menu. */
  maxDigits: number;
  minDigits?: number;
  /** The key that ends an entry (`#`), for Collect Digits. */
  terminator?: string;
  interruptible: boolean;
}

/** The caller's answer: the keys pressed (terminator removed), or nothing before the timeout. */
export type DigitAnswer = { digits: string } | { timeout: true };

export interface HttpCall {
  method: string;
  /** The connector's id and name, for a request through a Control Hub connector. */
  connector?: { id?: string; name: string };
  /** Path (with a connector) or full URL (without), rendered, without the query. */
  target: string;
  /** Rendered query parameters, in order. */
  query: readonly [string, string][];
  headers: Readonly<Record<string, string>>;
  body?: string;
  /** Request content type as sent (`application/json`). */
  contentType?: string;
  timeoutMs: number;
}

export interface HttpAnswer {
  /** The HTTP status, or 0 when no answer came (timeout, connection refused). */
  status: number;
  body: string;
  headers: Readonly<Record<string, string>>;
  timedOut: boolean;
}

export interface QueueRequest {
  /** Absent when the flow names the queue only (deploy resolves the id per org). */
  queueId?: string;
  queueName: string;
  checkAgentAvailability: boolean;
  priority?: number;
}

export type QueueAnswer = { queued: true } | { failed: true; code: number | null; description: string };

export interface AgentRequest {
  agent: string;
  reportingQueueId: string;
  park: boolean;
}

export type AgentAnswer = { queued: true; agentId: string } | { failed: true; code: number | null; description: string };

export interface SubflowCall {
  name: string;
  /** Subflow input variable → value. */
  inputs: Readonly<Record<string, SimulatedValue>>;
}

/** Which branch of a Business Hours entity the call's time falls in, and the names Webex outputs. */
export interface BusinessHoursAnswer {
  port: 'workingHours' | 'holidays' | 'override' | 'default';
  shift?: string;
  holiday?: string;
  override?: string;
}

/** Scenario-supplied results of activities whose outcome no flow setting decides. */
export interface ScenarioAnswer {
  /** Virtual agents: which port the conversation leaves by, and its outputs. */
  port?: string;
  outputs?: Readonly<Record<string, SimulatedValue>>;
}

/** What a kind's `simulate` may ask of the running call. */
export interface SimulatedCall {
  /** The running activity's name (its outputs are `<name>.<output>`). */
  readonly activity: string;
  readonly contact: ContactData;
  /** Data of the event whose flow is running (`AgentAnswered.AgentName`), keyed by output name. */
  readonly eventData: Readonly<Record<string, SimulatedValue>>;

  /** A runtime template rendered to text (Pebble); an evaluation error fails the activity. */
  render(template: Template): string;
  /** Pebble text (as a kind writes it into an export) rendered. */
  renderText(pebble: string): string;
  /** A variable's value, or an activity/event output by its dotted name. */
  read(reference: string): SimulatedValue;
  /** Writes a flow variable, converted to its declared type (fails when it does not fit). */
  write(variable: string, value: SimulatedValue): void;
  /** Sets an output of the running activity. */
  output(name: string, value: SimulatedValue): void;
  /** The value a JSONPath selects in a parsed JSON document (first match), if any. */
  selectJson(document: unknown, path: string): { value: SimulatedValue } | undefined;

  /** The caller hears text-to-speech prompts (time passes). */
  say(texts: readonly string[]): void;
  /** The caller hears audio files (time passes). */
  playAudio(files: readonly string[]): void;
  /** Music for this many seconds (null: once through). */
  playMusic(file: string, seconds: number | null): void;
  /** Waits for the caller's keys. */
  collectDigits(request: DigitRequest): DigitAnswer;
  /** Time passes without a sound. */
  wait(seconds: number): void;
  /** One HTTP attempt (fixtures or a live connector), honouring `timeoutMs`. */
  http(request: HttpCall): Promise<HttpAnswer>;

  queue(request: QueueRequest): QueueAnswer;
  queueToAgent(request: AgentRequest): AgentAnswer;
  /** The call leaves Webex to a number. */
  transfer(number: string, kind: 'blind' | 'bridged' | 'hand-off'): void;
  screenPop(url: string, label: string): void;
  callback(number: string, queueId: string | undefined): void;
  /** A line in the transcript for what has no other trace (a survey offered, a media stream). */
  note(text: string): void;
  /** Runs a subflow found beside the flow; its outputs by subflow variable name. */
  subflow(call: SubflowCall): Promise<Record<string, SimulatedValue>>;
  /** The call's time against a Business Hours entity (by id or name), undefined when the scenario has no schedule for it. */
  businessHours(entity: { id: string; name: string }): BusinessHoursAnswer | undefined;
  /** A number in [0, 1) from the scenario's seeded generator (percentage allocation). */
  random(): number;
  /** What the scenario says an activity without a deciding setting does (virtual agents). */
  scenarioAnswer(): ScenarioAnswer | undefined;

  /** Webex's "Undefined Error": the activity's error path, else the OnGlobalError event flow. */
  fail(reason: string): never;
  /** The simulator cannot run this (stops the run with a diagnostic naming the activity). */
  unsupported(reason: string): never;
}

/** A kind's run-time semantics: run one activity with its options. */
export type ActivitySimulation<Options> = (options: Options, call: SimulatedCall) => SimulationStep | Promise<SimulationStep>;
