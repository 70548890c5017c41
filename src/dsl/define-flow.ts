/**
 * The typed builder a flow author uses (house style §5). `defineFlow` captures a build function;
 * the compiler calls it with the flow's typed parameters and a `FlowBuilder`, which records plain
 * IR and collects mistakes as diagnostics instead of throwing.
 *
 * Typing: each factory returns a handle whose ports are a union of literal types, so wiring a port
 * the kind does not have is a compile error; `routes({…})` requires one key per required port.
 */
import type { z } from 'zod';
import { START_ACTIVITY_NAME } from '../activities/start.js';
import { defaultEventNodes, eventActivityName, type EventName } from '../activities/event.js';
import type { MenuDigit } from '../activities/menu.js';
import type { JsonBody } from '../activities/http-request.js';
import type { Region } from '../activities/shared/regions.js';
import type { StartEvent } from '../activities/start.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import type { ActivityIR, ConnectorIR, FlowIR, Template, VariableIR, VariableType, Suppression, WebexShape } from '../ir/types.js';
import { callSite, firstAuthorFrame } from './call-site.js';
import { toTemplate, type OutputRef, type TextTemplate, type Variable } from './refs.js';
import { renderTemplate, type RenderInput, type TemplateLibrary } from './build-template.js';
import type { ForkSet } from './forks.js';
import { connectorIR, variableIR } from '../ir/constructors.js';
import { thrownText } from '../util/scalar-text.js';
import { appendAll } from '../util/append-all.js';
import { didYouMean } from '../util/did-you-mean.js';

const inbound: unique symbol = Symbol('inbound');

/** Anything a link may point at: every activity except the start and event nodes. */
export interface Target {
  readonly [inbound]: true;
  readonly name: string;
}

interface Wirable<Port extends string> {
  readonly name: string;
  /** Links one output port to the next activity. */
  on(port: Port, target: Target): this;
}

/** Kinds with one main exit: `.then(next)` wires it and returns `next`, so steps chain. */
interface Chain<Port extends string> extends Wirable<Port> {
  then<T extends Target>(next: T): T;
}

type RouteMap<Required extends string, Optional extends string> = { [P in Required]: Target } & { [P in Optional]?: Target };

interface Routable<Required extends string, Optional extends string> extends Wirable<Required | Optional> {
  /** Wires every branch at once; a missing required branch is a type error. */
  routes(routes: RouteMap<Required, Optional>): this;
}

export type StartHandle = Chain<'out'>;
export type EventHandle = Chain<'out'>;
export type PlayMessageHandle = Target & Chain<'default' | 'error'>;
export type MenuHandle<D extends string> = Target & Routable<D | 'timeout' | 'invalid', 'error'>;
export type ConditionHandle = Target & Routable<'true' | 'false', 'error'>;
export type CaseHandle<C extends string> = Target & Routable<C | 'default', 'error'>;
export type SetVariableHandle = Target & Chain<'out' | 'error'>;
export type QueueContactHandle = Target & Chain<'default' | 'failure'> & Routable<'default', 'failure'>;
export type PlayMusicHandle = Target & Chain<'default' | 'error'> & {
  /** Links `default` back to this activity: the standard "music while queued" loop. */
  loop(): PlayMusicHandle;
};
export type ScreenPopHandle = Target & Chain<'default'>;
export interface HttpRequestHandle extends Target, Chain<'default'> {
  /** `<name>.httpStatusCode`: 200 on success; test it in a condition, HTTP Request has no error exit. */
  readonly statusCode: OutputRef<'integer'>;
  /** `<name>.httpResponseBody`. */
  readonly responseBody: OutputRef<'string'>;
}
export type TerminalHandle = Target;
/** A handle whose ports are only known at run time (generic and raw activities). */
export type GenericHandle = Target & Chain<string> & Routable<never, string>;

export interface RawInput {
  activityName?: string;
  activityId: string;
  group: string;
  properties: Record<string, unknown>;
  ports: string[];
}

type Text = string | TextTemplate;

interface Described {
  /** Shown in Flow Designer's activity settings. @default "" */
  description?: string;
  /** Top-left corner on the canvas; without it, flowgen lays the flow out. */
  position?: { x: number; y: number };
}

interface PromptInput extends Described {
  /** Text-to-speech prompt(s), spoken with Cisco Cloud TTS. */
  say?: Text | readonly Text[];
  /** Audio files from the prompt store (e.g. `welcome.wav`) instead of TTS. */
  audio?: readonly Text[];
  /** TTS voice, e.g. `en-US-Standard-C`. @default the tenant's default voice */
  voice?: string;
  /** TTS connector name. @default "Cisco Cloud Text-to-Speech" */
  ttsConnector?: string;
  /** 0.25 to 4.0. @default 1.0 */
  speakingRate?: number;
  /** −96 to 16 dB. @default 0 */
  volumeGainDb?: number;
}

export type PlayMessageInput = PromptInput;

/** A menu key: a digit written as a number (`1`) or a string (`'1'`), or `'#'` or `'*'`. */
export type DigitKey = MenuDigit | 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export interface MenuInput<D extends DigitKey> extends PromptInput {
  /** Key → what the choice means (shown in Flow Designer). One to twelve keys: 0-9, `#`, `*`. */
  choices: { readonly [K in D]: string };
  /** Seconds to wait for a digit. @default 3 */
  entryTimeoutSeconds?: number;
  /** Whether a digit may interrupt the prompt. @default true */
  interruptible?: boolean;
}

export interface ConnectorRef {
  /** The connector's id in Control Hub. */
  id: string;
  /** Its display name in Control Hub. */
  name: string;
}

export interface ConnectorInput extends ConnectorRef {
  /** @default "Custom Connector" */
  type?: string;
  /** How Webex authenticates to the service; the credentials live in Control Hub. @default "Basic Authentication" */
  authentication?: 'Basic Authentication' | 'OAuth 2.0';
  /** Resource Domain URL (https). */
  baseUrl: string;
  /** What an admin must set up before the flow works (listed in `<Flow>.connectors.json`). */
  setup?: readonly string[];
}

export type BodyValue = string | number | boolean | null | TextTemplate | readonly BodyValue[] | { readonly [key: string]: BodyValue };

export interface HttpRequestInput extends Described {
  connector: ConnectorRef;
  /** @default "GET" */
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path relative to the connector's base URL. */
  path: Text;
  query?: Readonly<Record<string, Text>>;
  headers?: Readonly<Record<string, Text>>;
  /** JSON body; strings made with `text` are escaped for JSON at run time. */
  body?: BodyValue;
  /** @default 2000 */
  timeoutMs?: number;
  /** Retries on a 5xx answer. @default 1 */
  retries?: number;
  /** JSONPath on the response body → variable. */
  outputs?: readonly { variable: Variable; path: string }[];
}

export interface ConditionInput extends Described {
  /** A boolean Pebble expression made with `expr`. */
  when: TextTemplate;
}

export interface CaseInput<C extends string> extends Described {
  /** The value to switch on. */
  value: Variable | OutputRef | TextTemplate;
  /** The values with a branch of their own (at most 20). */
  cases: readonly C[];
}

type ValueOf<T extends VariableType> = T extends 'integer' | 'decimal' ? number : T extends 'boolean' ? boolean : string;

export interface SetVariableInput<T extends VariableType> extends Described {
  variable: Variable<T>;
  /** A literal of the variable's type, or a runtime template. */
  value: ValueOf<T> | TextTemplate;
}

interface QueueContactSettings extends Described {
  /** @default "LONGEST_AVAILABLE_AGENT" */
  routingType?: 'LONGEST_AVAILABLE_AGENT' | 'SKILLS_BASED';
  /** 1 (highest) to 9, or an integer variable. @default none (Webex uses 10) */
  priority?: number | Variable<'integer'>;
  /** Take `failure` at once when no agent is available. @default false */
  checkAgentAvailability?: boolean;
}

/** A static queue, or a Variable Queue (its id read at run time) with the fallback queue it needs. */
export type QueueContactInput = QueueContactSettings &
  (
    | { /** `{ id, name }`, or `{ name }` alone for plan/deploy to resolve in each org. */ queue: { id?: string | undefined; name: string }; queueVariable?: never; fallbackQueue?: never }
    | { /** A String variable (or template) holding the queue's id. */ queueVariable: Variable<'string'> | TextTemplate; fallbackQueue: { id: string; name: string }; queue?: never }
  );

export interface PlayMusicInput extends Described {
  /** @default "defaultmusic_on_hold.wav" */
  file?: string;
  /** @default 30 */
  durationSeconds?: number;
  /** @default 0 */
  startOffsetSeconds?: number;
}

export interface ScreenPopInput extends Described {
  url: Text;
  label: string;
  /** @default "newBrowserTab" */
  target?: 'newBrowserTab' | 'sameBrowserTab' | 'insideDesktop';
  query?: Readonly<Record<string, Text>>;
}

export interface VariableInput<T extends VariableType> {
  /** Initial value. @default "" for strings, 0, false, "{}" */
  initial?: ValueOf<T> | null;
  /** The initial value exactly as Webex stores it (a string), overriding `initial` (written by import). */
  initialValue?: string | null;
  description?: string;
  /** Show on the agent desktop under this label. */
  desktopLabel?: string;
  agentEditable?: boolean;
  reportable?: boolean;
  secure?: boolean;
}

/** The call's own data (outputs of the NewPhoneContact start event). */
export interface CallData {
  /** The caller's number as Webex gives it (often E.164, `+14085551234`). */
  readonly ani: OutputRef<'string'>;
  readonly dnis: OutputRef<'string'>;
  readonly interactionId: OutputRef<'string'>;
}

// ── Voice and routing kinds of issue 9: business hours, allocation, transfers, GoTo, callbacks ──

/** Working hours, holidays, overrides and the rest: every branch but `error` must be wired. */
export type BusinessHoursHandle = Target & Routable<'workingHours' | 'holidays' | 'override' | 'default', 'error'>;
/** One branch per path (by its name), plus an optional `error`. */
export type PercentAllocationHandle<P extends string> = Target & Routable<P, 'error'>;
export interface BridgedTransferHandle extends Target, Chain<'default' | 'failure'>, Routable<'default' | 'failure', never> {
  /** `<name>.FailureCode` when the far end could not be reached. */
  readonly failureCode: OutputRef<'string'>;
  readonly failureDescription: OutputRef<'string'>;
}
/** GoTo leaves the flow; only a failure to hand off comes back, by `error`. */
export type GoToHandle = Target & Wirable<'error'>;
export type ScheduledCallbackHandle = Target & Chain<'default' | 'failure'> & Routable<'default' | 'failure', never>;
export type FeedbackHandle = Target & Chain<'default' | 'error'>;

export type BusinessHoursInput = Described &
  (
    | { /** The Business Hours entity in Control Hub. */ schedule: { id: string; name: string }; scheduleVariable?: never }
    | { /** A variable (or template) holding the entity's id at run time. */ scheduleVariable: Variable<'string'> | TextTemplate; schedule?: never }
  );

export interface PercentAllocationInput<P extends string> extends Described {
  /** The paths in order (at most 10); `percent` 0-100, totalling 100. Each name is a port. */
  paths: readonly { readonly name: P; readonly percent: number }[];
}

export interface TransferInput extends Described {
  /** A dial number (`'4001'`, `'+15551234567'`) or a String variable holding one. */
  to: string | Variable<'string'>;
}

export interface BridgedTransferInput extends TransferInput {
  /** Seconds to wait for an answer, 1 to 120. @default 10 */
  timeoutSeconds?: number;
}

/** A flow version: "Latest", "Live", or a String variable holding a version tag. @default "Latest" */
export type FlowVersion = 'Latest' | 'Live' | Variable<'string'>;

export type GoToInput = Described &
  (
    | { /** An entry point, or a String variable holding its id. */ entryPoint: { id: string; name: string } | Variable<'string'>; flow?: never }
    | {
        /** A published flow, or a String variable holding its id. */
        flow: { id: string; name: string } | Variable<'string'>;
        version?: FlowVersion;
        /** Variables carried to a static flow target: this flow's variable → the target's variable name. */
        variables?: readonly { readonly from: Variable; readonly to: string }[];
        entryPoint?: never;
      }
  );

export interface ScheduledCallbackInput extends Described {
  /** The number to call back. */
  dialNumber: Text;
  customerName: Text;
  /** `YYYY-MM-DD`, within 31 days. */
  date: Text;
  /** The window's start and end (`HH:mm`): 30 min to 8 h, starting at least 30 min ahead. */
  startTime: Text;
  endTime: Text;
  /** A String variable holding the callback queue's id. */
  queue: Variable<'string'>;
  /** A String variable holding the IANA time zone. */
  timezone: Variable<'string'>;
}

export interface FeedbackInput extends Described {
  /** The survey as Flow Designer stores it (`inline:<survey id>:<uuid>`). */
  survey: string;
  /** @default "voiceBasedSurvey" */
  method?: 'voiceBasedSurvey' | 'emailBasedSurvey' | 'smsBasedSurvey';
  /** Who answers, e.g. `f.call.ani`. */
  customerId?: Text | Variable<'string'> | OutputRef<'string'>;
  phoneNumber?: Text | Variable<'string'> | OutputRef<'string'>;
  email?: Text | Variable<'string'> | OutputRef<'string'>;
  /** Survey language, when overriding the default. */
  language?: string;
  /** @default 3 */
  timeoutSeconds?: number;
  /** Answers filled in ahead (email and SMS surveys). */
  preFills?: Readonly<Record<string, Text>>;
}

// ── end of the issue-9 voice/routing block ──
// Recording, business rules and digital channels (issue 9).

export type RecordHandle = Target & Chain<'default' | 'timeout' | 'error'> & Routable<'default' | 'timeout', 'error'> & {
  /** `<name>.audioFileData`: the recording's file info (JSON), e.g. for an HTTP upload. */
  readonly recording: OutputRef<'json'>;
};
export type RecordingControlHandle = Target & Chain<'default' | 'failure'> & Routable<'default', 'failure'>;
export interface BreRequestHandle extends Target, Chain<'default'> {
  /** `<name>.httpStatusCode`. */
  readonly statusCode: OutputRef<'integer'>;
  /** `<name>.httpResponseBody`: the rule's answer. */
  readonly responseBody: OutputRef<'string'>;
}
export type WaitHandle = Target & Chain<'default' | 'error'>;
export type SendCustomMessageHandle = Target & Chain<'default' | 'error'>;
export type ReceiveMessageHandle = Target & Chain<'default' | 'timeout' | 'error'> & Routable<'default', 'timeout' | 'error'>;
export type UploadAudioHandle = Target & Chain<'default' | 'error'> & Routable<'default', 'error'>;

/** A value a template field takes: literal text, a `text`/`expr` template, a variable or an output. */
type TextOrVariable = Text | Variable | OutputRef;

export interface RecordInput extends Described {
  /** Seconds of silence that end the recording, 1 to 120. @default 4 */
  silenceTimeoutSeconds?: number;
  /** Longest recording in seconds, 1 to 120. @default 30 */
  maxRecordingSeconds?: number;
  /** Play a tone before recording. @default true */
  playStartTone?: boolean;
  /** The key that ends the recording. @default "#" */
  terminator?: '#' | '*';
  /** A JSON variable Flow Designer's debug mode uses in place of a real recording. */
  testRecording?: Variable<'json'> | Text;
}

export interface RecordingControlInput extends Described {
  /**
   * A boolean variable: true resumes the call recording, false pauses it. Flow Designer offers a
   * variable picker here (no literal), so set the variable with Set Variable first.
   */
  enabled: Variable<'boolean'>;
}

export interface OutputMapping {
  variable: Variable;
  /** JSONPath, e.g. `$.customerType`. */
  path: string;
}

export interface BreRequestInput extends Described {
  /** The Business Rules Engine table ("context") to look in. */
  context: TextOrVariable;
  /** Key columns and the values to look up, e.g. `{ ani: lookupKey }`. @default {} */
  keys?: Readonly<Record<string, TextOrVariable>>;
  /** @default 2000 */
  timeoutMs?: number;
  /** @default 1 */
  retries?: number;
  /** JSONPath on the answer → variable. */
  outputs?: readonly OutputMapping[];
}

export interface WaitInput extends Described {
  /** 5 seconds to 72 hours. Cisco advises against waiting during a voice call. */
  durationSeconds: number;
}

export interface MessagingInput extends Described {
  /** The bring-your-own messaging channel (Control Hub id + display name). */
  channel: { id: string; name: string };
  /** Add the message to the transcript the agent sees. @default true */
  appendToTranscript?: boolean;
  /** JSONPath on the message (`$.message.text`) → variable. */
  outputs?: readonly OutputMapping[];
}

export interface SendCustomMessageInput extends MessagingInput {
  text: TextOrVariable;
  /** Files sent with the text. @default [] */
  attachments?: readonly { fileName: string; mimeType: string; url: TextOrVariable }[];
}

export interface UploadAudioInput extends Described {
  /** The agent (id or email) whose personal greeting this becomes. */
  agentId: TextOrVariable;
  /** The greeting's purpose tag. */
  greetingPurpose: TextOrVariable;
  /** The recording: a Record activity's `recording` (or a JSON variable holding one), passed as JSON. */
  recording: OutputRef<'json'> | Variable<'json'> | Text;
  /** @default "agent_greeting" */
  audioFileType?: 'agent_greeting';
}

export interface ReceiveMessageInput extends MessagingInput {
  /** Seconds to wait for the customer's message before `timeout`. */
  timeoutSeconds: number;
  /** @default "CUSTOM_MESSAGING" */
  channelType?: 'CUSTOM_MESSAGING';
}

export interface FlowBuilder {
  /** The NewPhoneContact start node: wire the first step with `start.then(…)`. */
  readonly start: StartHandle;
  readonly call: CallData;
  variable<T extends VariableType>(name: string, type: T, input?: VariableInput<T>): Variable<T>;
  /** Declares a Control Hub connector the flow calls through; pass the result to `httpRequest`. */
  connector(input: ConnectorInput): ConnectorRef;
  playMessage(name: string, input: PlayMessageInput): PlayMessageHandle;
  menu<const D extends DigitKey>(name: string, input: MenuInput<D>): MenuHandle<`${D}`>;
  httpRequest(name: string, input: HttpRequestInput): HttpRequestHandle;
  condition(name: string, input: ConditionInput): ConditionHandle;
  case<const C extends string>(name: string, input: CaseInput<C>): CaseHandle<C>;
  setVariable<T extends VariableType>(name: string, input: SetVariableInput<T>): SetVariableHandle;
  queueContact(name: string, input: QueueContactInput): QueueContactHandle;
  playMusic(name: string, input?: PlayMusicInput): PlayMusicHandle;
  screenPop(name: string, input: ScreenPopInput): ScreenPopHandle;
  disconnect(name: string, input?: Described): TerminalHandle;
  /** End Flow: the end of an event flow (never of the voice main flow). */
  end(name: string, input?: Described): TerminalHandle;
  /** An event flow's start node, e.g. `onEvent('AgentAnswered').then(…)`. */
  onEvent(event: EventName, input?: Described): EventHandle;
  /**
   * An activity of any kind flowgen knows, with its options as the kind's schema takes them (what
   * `flowgen import` writes for kinds without a factory of their own). Ports are not typed here.
   */
  activity(kind: string, name: string, options: Record<string, unknown>, input?: Described): GenericHandle;
  /** An activity kept verbatim from an export (a kind flowgen does not model). */
  raw(name: string, options: RawInput, input?: Described): GenericHandle;
  /**
   * Renders the build-time template `templates/<name>.txt.hbs` into prompt text: `[[value]]` from
   * `values`, `[[@slot]]` from `runtime` (typed references). See README "Templates".
   * @example f.playMessage('Greeting', { say: f.renderText('greeting', { values: { company: p.companyName } }) })
   */
  renderText(name: string, input?: RenderInput): TextTemplate;
  /**
   * Renders `templates/<name>.json.hbs` into an HTTP body: string values JSON-escaped, runtime
   * slots inside strings escaped by Pebble at call time.
   */
  renderBody(name: string, input?: RenderInput): BodyValue;
  // Voice and routing kinds of issue 9.
  /** Business Hours: routes by the entity's working hours, holidays and overrides. */
  businessHours(name: string, input: BusinessHoursInput): BusinessHoursHandle;
  /** Percentage Allocation: weighted round robin over named paths. */
  percentAllocation<const P extends string>(name: string, input: PercentAllocationInput<P>): PercentAllocationHandle<P>;
  /** Blind Transfer: hands the call to a number and leaves the flow. */
  blindTransfer(name: string, input: TransferInput): TerminalHandle;
  /** Bridged Transfer: calls a number; the flow continues when that call ends (`default`) or fails. */
  bridgedTransfer(name: string, input: BridgedTransferInput): BridgedTransferHandle;
  /** GoTo: hands the call to an entry point or another flow. */
  goTo(name: string, input: GoToInput): GoToHandle;
  /** Schedule Callback: books a callback in a time window. */
  scheduledCallback(name: string, input: ScheduledCallbackInput): ScheduledCallbackHandle;
  /** Set Caller ID: the number an outbound call shows (the end of a PreDial event flow). */
  setCallerId(name: string, input: { callerId: string } & Described): TerminalHandle;
  /** Feedback: a post-call survey (in the AgentDisconnected or PhoneContactEnded event flow). */
  feedback(name: string, input: FeedbackInput): FeedbackHandle;
  // Recording, business rules and digital channels (issue 9).
  /** Record: records the caller's message into `<handle>.recording`. */
  record(name: string, input?: RecordInput): RecordHandle;
  /** Recording Control: resumes the call recording when the boolean variable `enabled` is true, pauses it when false. */
  recordingControl(name: string, input: RecordingControlInput): RecordingControlHandle;
  /** BRE Request: a Business Rules Engine lookup; map the answer with `outputs`. */
  breRequest(name: string, input: BreRequestInput): BreRequestHandle;
  /** Wait: pauses the flow for 5 s to 72 h. */
  wait(name: string, input: WaitInput): WaitHandle;
  /** Send Message on a bring-your-own messaging channel. */
  sendCustomMessage(name: string, input: SendCustomMessageInput): SendCustomMessageHandle;
  /** Receive Message on a bring-your-own messaging channel: waits for the customer's next message. */
  receiveMessage(name: string, input: ReceiveMessageInput): ReceiveMessageHandle;
  /** Upload Audio: stores a recording as an agent's personal greeting. */
  uploadAudio(name: string, input: UploadAudioInput): UploadAudioHandle;
}

/** What a build receives besides parameters: selected fork hooks and the project's templates. */
export interface BuildExtras {
  /** Hooks of the forks a tenant selected (bound to their options). */
  hooks?: object;
  /** Build-time templates by name (`greeting.txt`), from `templates/`. */
  templates?: TemplateLibrary;
}

export interface FlowSettings<P extends z.ZodType, H = {}> {
  /** Flow name: letters, digits and `_` (Flow Designer allows no spaces), at most 80 characters. */
  name: string;
  description?: string;
  /** The flow's parameters as a zod schema with defaults; tenants supply values. */
  params: P;
  /** A subflow has no NewPhoneContact start and no event flows. @default "FLOW" */
  flowType?: 'FLOW' | 'SUBFLOW';
  /** Where the start node sits on the canvas. */
  startPosition?: { x: number; y: number };
  /**
   * The Webex region of the tenants the flow is for: new activities get that region's catalogue
   * ids (README "Regions"); a tenant file's `region` overrides it. @default "us-eu"
   */
  region?: Region;
  /**
   * The exported shape of an imported flow (written by `flowgen import` next to the definition),
   * so that it builds back exactly as it was exported. Leave it out to emit the current shape.
   */
  webexShape?: FlowShape;
  /**
   * Findings accepted for now: `flowgen import` records those the export already had, so the
   * flow builds as it was published. Each entry suppresses one finding (validate lists it as
   * suppressed; security findings stay warnings on every build); delete an entry once it is fixed.
   */
  baseline?: readonly Suppression[];
  /**
   * The forks tenants may select (`flows/<flow>.forks.ts`, made with `forkSet`): named sets of
   * implementations of the flow's hooks `H`. The build function receives the selected hooks.
   */
  forks?: ForkSet<H>;
  /**
   * The start event: `NewPhoneContact` (a voice call) or `NewContact` (a contact on a digital
   * channel, as Cisco's BYO messaging template starts). The start node is named after it, so call
   * data reads `{{NewContact.…}}` in a digital flow. @default "NewPhoneContact"
   */
  startEvent?: StartEvent;
}

/** What `flowgen import` keeps of an export besides the definition: era, ids, exported shapes. */
export interface FlowShape {
  envelope: Record<string, unknown>;
  diagramProperties: unknown;
  eventFlowsProperties: unknown;
  eventDiagramProperties: unknown;
  hasEventFlows: boolean;
  /** Activity name → its exported shape. */
  activities: Record<string, WebexShape>;
  /** Variable name → the variable as exported. */
  variables: Record<string, Record<string, unknown>>;
}

export interface FlowDefinition<P extends z.ZodType = z.ZodType, H = any> {
  readonly kind: 'flowgen.flow';
  readonly settings: FlowSettings<P, H>;
  /** `hooks` holds the hooks of the forks a tenant selected; call each with `?.` and fall back. */
  readonly build: (f: FlowBuilder, params: z.output<P>, hooks: Partial<H>) => void;
  readonly at: SourceLocation | undefined;
}

/**
 * Declares a flow. The build function runs at compile time with typed parameters.
 * @example
 * export default defineFlow({ name: 'Hello', params: z.object({}) }, (f) => {
 *   f.start.then(f.playMessage('Welcome', { say: 'Hello!' })).then(f.disconnect('Bye'));
 * });
 */
export function defineFlow<P extends z.ZodType, H = {}>(
  settings: FlowSettings<P, H>,
  build: (f: FlowBuilder, params: z.output<P>, hooks: Partial<H>) => void,
): FlowDefinition<P, H> {
  return { kind: 'flowgen.flow', settings, build, at: callSite() };
}

export function isFlowDefinition(value: unknown): value is FlowDefinition {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'flowgen.flow';
}

/** What building a definition produced: IR plus the mistakes recorded on the way. */
export interface BuiltFlow {
  ir: FlowIR;
  diagnostics: Diagnostic[];
}

const templateOf = (value: Text): Template => toTemplate(value);
const textList = (value: Text | readonly Text[] | undefined): Template[] | undefined =>
  value === undefined ? undefined : (Array.isArray(value) ? (value as readonly Text[]) : [value as Text]).map(templateOf);
const mapRecord = (record: Readonly<Record<string, Text>> | undefined): Record<string, Template> | undefined =>
  record === undefined ? undefined : Object.fromEntries(Object.entries(record).map(([k, v]) => [k, templateOf(v)]));

function isTextTemplate(value: unknown): value is TextTemplate {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'template';
}

function bodyToIr(value: BodyValue): JsonBody {
  if (isTextTemplate(value)) return { template: value.template };
  if (Array.isArray(value)) return { array: value.map(bodyToIr) };
  if (value !== null && typeof value === 'object') {
    return { object: Object.fromEntries(Object.entries(value as Record<string, BodyValue>).map(([k, v]) => [k, bodyToIr(v)])) };
  }
  return { literal: value as string | number | boolean | null };
}

/** Options may hold `text`/`expr` templates anywhere; IR holds their plain template data. */
function unwrapTemplates(value: unknown): unknown {
  if (isTextTemplate(value)) return value.template;
  if (Array.isArray(value)) return value.map(unwrapTemplates);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unwrapTemplates(v)]));
  return value;
}

function valueToTemplate(value: unknown): Template {
  if (isTextTemplate(value)) return value.template;
  return { parts: [{ text: String(value) }] };
}


/** Drops keys whose value is undefined, so zod defaults apply and IR stays minimal. */
function compact(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
}

/**
 * The option names of a factory's input type, as a set for the run-time check of plain JavaScript
 * (and of casts): the compiler checks that the list names every option of `T` and nothing else.
 */
function optionNames<T>() {
  return <const K extends readonly (keyof T & string)[]>(
    ...names: K & (Exclude<keyof T, K[number]> extends never ? unknown : { missing: Exclude<keyof T, K[number]> })
  ): ReadonlySet<string> => new Set<string>(names);
}

const described = ['description', 'position'] as const;
const prompt = [...described, 'say', 'audio', 'voice', 'ttsConnector', 'speakingRate', 'volumeGainDb'] as const;
/** Factory → the options it takes (issue 17 item 3: a typo is a diagnostic, not silently dropped). */
const factoryOptions = {
  variable: optionNames<VariableInput<VariableType>>()('initial', 'initialValue', 'description', 'desktopLabel', 'agentEditable', 'reportable', 'secure'),
  connector: optionNames<ConnectorInput>()('id', 'name', 'type', 'authentication', 'baseUrl', 'setup'),
  playMessage: optionNames<PlayMessageInput>()(...prompt),
  menu: optionNames<MenuInput<DigitKey>>()(...prompt, 'choices', 'entryTimeoutSeconds', 'interruptible'),
  httpRequest: optionNames<HttpRequestInput>()(...described, 'connector', 'method', 'path', 'query', 'headers', 'body', 'timeoutMs', 'retries', 'outputs'),
  condition: optionNames<ConditionInput>()(...described, 'when'),
  case: optionNames<CaseInput<string>>()(...described, 'value', 'cases'),
  setVariable: optionNames<SetVariableInput<VariableType>>()(...described, 'variable', 'value'),
  queueContact: optionNames<QueueContactInput>()(...described, 'queue', 'queueVariable', 'fallbackQueue', 'routingType', 'priority', 'checkAgentAvailability'),
  playMusic: optionNames<PlayMusicInput>()(...described, 'file', 'durationSeconds', 'startOffsetSeconds'),
  screenPop: optionNames<ScreenPopInput>()(...described, 'url', 'label', 'target', 'query'),
  raw: optionNames<RawInput>()('activityName', 'activityId', 'group', 'properties', 'ports'),
  described: optionNames<Described>()(...described),
  render: optionNames<RenderInput>()('values', 'runtime'),
} as const;

/**
 * FG016 for each option `input` has that `factory` does not take, at the author's call, with the
 * closest names as a did-you-mean. For factories added later: call it with their option names.
 */
export function unknownOptions(factory: keyof typeof factoryOptions | string, subject: string, input: unknown, known: ReadonlySet<string>, at: SourceLocation | undefined, file?: string): Diagnostic[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return [];
  return Object.keys(input)
    .filter((key) => !known.has(key))
    .map((key) =>
      makeDiagnostic('FG016', {
        message: `${factory} ${subject}: unknown option "${key}".`,
        location: at ?? { file: file ?? '<flow>' },
        hint: didYouMean(key, known) ?? `Its options: ${[...known].join(', ')}.`,
        data: { factory, option: key },
      }),
    );
}

/** Runs a definition's build function and returns its IR; never throws for an author's mistake. */
export function buildFlow<P extends z.ZodType, H>(definition: FlowDefinition<P, H>, params: z.output<P>, file?: string, extras: BuildExtras = {}): BuiltFlow {
  const diagnostics: Diagnostic[] = [];
  const activities: ActivityIR[] = [];
  const variables: VariableIR[] = [];
  const connectors: ConnectorIR[] = [];
  const byName = new Map<string, ActivityIR>();

  const addActivity = (name: string, kind: string, common: Described, options: Record<string, unknown>): ActivityIR => {
    const at = callSite();
    const activity: ActivityIR = {
      name,
      kind,
      description: common.description ?? '',
      options,
      links: {},
      ...(common.position ? { position: { x: common.position.x, y: common.position.y } } : {}),
      ...(at ? { at } : {}),
    };
    activities.push(activity);
    if (!byName.has(name)) byName.set(name, activity);
    return activity;
  };

  const checkOptions = (factory: keyof typeof factoryOptions, label: string, subject: string, input: unknown): void => {
    diagnostics.push(...unknownOptions(label, subject, input, factoryOptions[factory], callSite(), file));
  };

  const handle = (activity: ActivityIR) => {
    const self: Record<string | symbol, unknown> = {
      [inbound]: true,
      name: activity.name,
      on(port: string, target: Target) {
        const at = callSite();
        const existing = activity.links[port];
        if (existing !== undefined && existing !== target.name) {
          diagnostics.push(
            makeDiagnostic('FG107', {
              message: `Port "${port}" of "${activity.name}" is wired to "${existing}" and again to "${target.name}".`,
              location: at ?? activity.at ?? { file, activity: activity.name },
              related: activity.linkSites?.[port] ? [{ message: 'first wired here', location: activity.linkSites[port] }] : [],
              hint: 'Each output port leads to one activity; remove one of the two links.',
              data: { activity: activity.name, port },
            }),
          );
          return self;
        }
        activity.links[port] = target.name;
        if (at) (activity.linkSites ??= {})[port] = at;
        return self;
      },
      routes(routes: Record<string, Target | undefined>) {
        for (const [port, target] of Object.entries(routes)) if (target) (self.on as (p: string, t: Target) => unknown)(port, target);
        return self;
      },
    };
    return self;
  };

  const chain = (activity: ActivityIR, mainPort: string) => {
    const self = handle(activity);
    self.then = (next: Target) => {
      (self.on as (p: string, t: Target) => unknown)(mainPort, next);
      return next;
    };
    return self;
  };

  const subflow = definition.settings.flowType === 'SUBFLOW';
  const startEvent = definition.settings.startEvent ?? START_ACTIVITY_NAME;
  const startActivity = addActivity(startEvent, 'start', { ...(definition.settings.startPosition ? { position: definition.settings.startPosition } : {}) }, startEvent === START_ACTIVITY_NAME ? {} : { event: startEvent });
  delete startActivity.at;
  if (subflow) activities.splice(activities.indexOf(startActivity), 1);

  const output = (ref: string): OutputRef<'string'> => ({ kind: 'output', ref, type: 'string' });

  const f: FlowBuilder = {
    start: chain(startActivity, 'out') as unknown as StartHandle,
    call: {
      ani: output(`${startEvent}.ANI`),
      dnis: output(`${startEvent}.DNIS`),
      interactionId: output(`${startEvent}.InteractionId`),
    },
    variable(name, type, input = {}) {
      checkOptions('variable', 'variable', `"${name}"`, input);
      const initialValue = input.initialValue !== undefined ? input.initialValue : input.initial === undefined || input.initial === null ? input.initial : String(input.initial);
      variables.push(variableIR(name, type, { ...input, initialValue, at: callSite() }));
      return { kind: 'variable', name, type };
    },
    connector(input) {
      checkOptions('connector', 'connector', `"${input.name}"`, input);
      connectors.push(connectorIR({ ...input, at: callSite() }));
      return { id: input.id, name: input.name };
    },
    playMessage(name, input) {
      checkOptions('playMessage', 'playMessage', `"${name}"`, input);
      const a = addActivity(name, 'play-message', input, promptOptions(input));
      return chain(a, 'default') as unknown as PlayMessageHandle;
    },
    menu(name, input) {
      checkOptions('menu', 'menu', `"${name}"`, input);
      const a = addActivity(name, 'menu', input, {
        ...promptOptions(input),
        ...compact({ choices: { ...input.choices }, entryTimeoutSeconds: input.entryTimeoutSeconds, interruptible: input.interruptible }),
      });
      return handle(a) as unknown as MenuHandle<never>;
    },
    httpRequest(name, input) {
      checkOptions('httpRequest', 'httpRequest', `"${name}"`, input);
      const a = addActivity(name, 'http-request', input,
        compact({
          connector: { id: input.connector.id, name: input.connector.name },
          method: input.method,
          path: templateOf(input.path),
          query: mapRecord(input.query),
          headers: mapRecord(input.headers),
          body: input.body === undefined ? undefined : bodyToIr(input.body),
          timeoutMs: input.timeoutMs,
          retries: input.retries,
          outputs: input.outputs?.map((o) => ({ variable: o.variable.name, path: o.path })),
        }),
      );
      const self = chain(a, 'default');
      self.statusCode = { kind: 'output', ref: `${name}.httpStatusCode`, type: 'integer' };
      self.responseBody = output(`${name}.httpResponseBody`);
      return self as unknown as HttpRequestHandle;
    },
    condition(name, input) {
      checkOptions('condition', 'condition', `"${name}"`, input);
      const a = addActivity(name, 'condition', input, { expression: input.when.template });
      return handle(a) as unknown as ConditionHandle;
    },
    case(name, input) {
      checkOptions('case', 'case', `"${name}"`, input);
      const value = input.value;
      const template: Template =
        value.kind === 'template' ? value.template : { parts: [{ ref: value.kind === 'variable' ? value.name : value.ref }] };
      const a = addActivity(name, 'case', input, { value: template, cases: [...input.cases] });
      return handle(a) as unknown as CaseHandle<never>;
    },
    setVariable(name, input) {
      checkOptions('setVariable', 'setVariable', `"${name}"`, input);
      const a = addActivity(name, 'set-variable', input, {
        variable: input.variable.name,
        variableType: input.variable.type,
        value: valueToTemplate(input.value),
      });
      return chain(a, 'out') as unknown as SetVariableHandle;
    },
    queueContact(name, input) {
      checkOptions('queueContact', 'queueContact', `"${name}"`, input);
      const priority = typeof input.priority === 'object' ? { variable: input.priority.name } : input.priority;
      const queue = input.queue
        ? { queue: { ...input.queue } }
        : { queueVariable: runtimeTemplate(input.queueVariable!), fallbackQueue: { ...input.fallbackQueue! } };
      const a = addActivity(name, 'queue-contact', input,
        compact({ ...queue, routingType: input.routingType, priority, checkAgentAvailability: input.checkAgentAvailability }),
      );
      return chain(a, 'default') as unknown as QueueContactHandle;
    },
    playMusic(name, input = {}) {
      checkOptions('playMusic', 'playMusic', `"${name}"`, input);
      const a = addActivity(name, 'play-music', input,
        compact({ file: input.file, durationSeconds: input.durationSeconds, startOffsetSeconds: input.startOffsetSeconds }),
      );
      const self = chain(a, 'default');
      self.loop = () => (self.then as (t: unknown) => unknown)(self);
      return self as unknown as PlayMusicHandle;
    },
    screenPop(name, input) {
      checkOptions('screenPop', 'screenPop', `"${name}"`, input);
      const a = addActivity(name, 'screen-pop', input,
        compact({ url: templateOf(input.url), label: input.label, target: input.target, query: mapRecord(input.query) }),
      );
      return chain(a, 'default') as unknown as ScreenPopHandle;
    },
    disconnect(name, input = {}) {
      checkOptions('described', 'disconnect', `"${name}"`, input);
      return handle(addActivity(name, 'disconnect-contact', input, {})) as unknown as TerminalHandle;
    },
    end(name, input = {}) {
      checkOptions('described', 'end', `"${name}"`, input);
      return handle(addActivity(name, 'end', input, {})) as unknown as TerminalHandle;
    },
    activity(kind, name, options, common = {}) {
      checkOptions('described', 'activity', `"${name}"`, common);
      const a = addActivity(name, kind, common, unwrapTemplates(options) as Record<string, unknown>);
      return chain(a, 'default') as unknown as GenericHandle;
    },
    raw(name, options, common = {}) {
      checkOptions('raw', 'raw', `"${name}"`, options);
      checkOptions('described', 'raw', `"${name}"`, common);
      const a = addActivity(name, 'raw', common, { ...options });
      return chain(a, 'default') as unknown as GenericHandle;
    },
    onEvent(event, common) {
      checkOptions('described', 'onEvent', `"${event}"`, common);
      const a = addActivity(eventActivityName(event), 'event', common ?? {}, { event });
      return chain(a, 'out') as unknown as EventHandle;
    },
    renderText(name, input = {}) {
      checkOptions('render', 'renderText', `"${name}"`, input);
      return render(name, 'txt', input, callSite()) as TextTemplate;
    },
    renderBody(name, input = {}) {
      checkOptions('render', 'renderBody', `"${name}"`, input);
      return render(name, 'json', input, callSite()) as BodyValue;
    },
    // Voice and routing kinds of issue 9.
    businessHours(name, input) {
      const scheduleVariable = input.scheduleVariable === undefined ? undefined : runtimeTemplate(input.scheduleVariable);
      const a = addActivity(name, 'business-hours', input, compact({ schedule: input.schedule ? { ...input.schedule } : undefined, scheduleVariable }));
      return handle(a) as unknown as BusinessHoursHandle;
    },
    percentAllocation(name, input) {
      const a = addActivity(name, 'percent-allocation', input, { paths: input.paths.map((p) => ({ name: p.name, percent: p.percent })) });
      return handle(a) as unknown as PercentAllocationHandle<never>;
    },
    blindTransfer(name, input) {
      return handle(addActivity(name, 'blind-transfer', input, transferOptions(input.to))) as unknown as TerminalHandle;
    },
    bridgedTransfer(name, input) {
      const a = addActivity(name, 'bridged-transfer', input, compact({ ...transferOptions(input.to), timeoutSeconds: input.timeoutSeconds }));
      const self = chain(a, 'default');
      self.failureCode = output(`${name}.FailureCode`);
      self.failureDescription = output(`${name}.FailureDescription`);
      return self as unknown as BridgedTransferHandle;
    },
    goTo(name, input) {
      return handle(addActivity(name, 'hand-off', input, goToOptions(input))) as unknown as GoToHandle;
    },
    scheduledCallback(name, input) {
      const a = addActivity(name, 'scheduled-callback', input, {
        dialNumber: templateOf(input.dialNumber),
        customerName: templateOf(input.customerName),
        date: templateOf(input.date),
        startTime: templateOf(input.startTime),
        endTime: templateOf(input.endTime),
        queueVariable: input.queue.name,
        timezoneVariable: input.timezone.name,
      });
      return chain(a, 'default') as unknown as ScheduledCallbackHandle;
    },
    setCallerId(name, input) {
      return handle(addActivity(name, 'set-caller-id', input, { callerId: input.callerId })) as unknown as TerminalHandle;
    },
    feedback(name, input) {
      const text = (t: Text | Variable | OutputRef | undefined): Template | undefined =>
        t === undefined ? undefined : typeof t === 'string' || t.kind === 'template' ? templateOf(t as Text) : { parts: [{ ref: t.kind === 'variable' ? t.name : t.ref }] };
      const a = addActivity(name, 'feedback', input,
        compact({
          survey: input.survey,
          method: input.method,
          customerId: text(input.customerId),
          phoneNumber: text(input.phoneNumber),
          email: text(input.email),
          language: input.language,
          timeoutSeconds: input.timeoutSeconds,
          preFills: mapRecord(input.preFills),
        }),
      );
      return chain(a, 'default') as unknown as FeedbackHandle;
    },
    // Recording, business rules and digital channels (issue 9).
    record(name, input = {}) {
      const a = addActivity(name, 'record', input,
        compact({
          silenceTimeoutSeconds: input.silenceTimeoutSeconds,
          maxRecordingSeconds: input.maxRecordingSeconds,
          playStartTone: input.playStartTone,
          terminator: input.terminator,
          testRecording: input.testRecording === undefined ? undefined : fieldTemplate(input.testRecording),
        }),
      );
      const self = chain(a, 'default');
      self.recording = { kind: 'output', ref: `${name}.audioFileData`, type: 'json' };
      return self as unknown as RecordHandle;
    },
    recordingControl(name, input) {
      return chain(addActivity(name, 'recording-control', input, { enabled: fieldTemplate(input.enabled) }), 'default') as unknown as RecordingControlHandle;
    },
    breRequest(name, input) {
      const a = addActivity(name, 'bre-request', input,
        compact({
          context: fieldTemplate(input.context),
          keys: input.keys === undefined ? undefined : Object.fromEntries(Object.entries(input.keys).map(([k, v]) => [k, fieldTemplate(v)])),
          timeoutMs: input.timeoutMs,
          retries: input.retries,
          outputs: outputMappings(input.outputs),
        }),
      );
      const self = chain(a, 'default');
      self.statusCode = { kind: 'output', ref: `${name}.httpStatusCode`, type: 'integer' };
      self.responseBody = output(`${name}.httpResponseBody`);
      return self as unknown as BreRequestHandle;
    },
    wait(name, input) {
      return chain(addActivity(name, 'wait', input, { durationSeconds: input.durationSeconds }), 'default') as unknown as WaitHandle;
    },
    sendCustomMessage(name, input) {
      const a = addActivity(name, 'send-custom-message', input,
        compact({
          ...messagingOptions(input),
          text: fieldTemplate(input.text),
          attachments: input.attachments?.map((f) => ({ fileName: f.fileName, mimeType: f.mimeType, url: fieldTemplate(f.url) })),
        }),
      );
      return chain(a, 'default') as unknown as SendCustomMessageHandle;
    },
    receiveMessage(name, input) {
      const a = addActivity(name, 'receive-message', input,
        compact({ ...messagingOptions(input), timeoutSeconds: input.timeoutSeconds, channelType: input.channelType }),
      );
      return chain(a, 'default') as unknown as ReceiveMessageHandle;
    },
    uploadAudio(name, input) {
      // A reference is passed through Pebble's json filter, as Cisco's template writes it.
      const recording = typeof input.recording === 'object' && input.recording.kind !== 'template'
        ? { parts: [{ ref: input.recording.kind === 'variable' ? input.recording.name : input.recording.ref, filters: 'json' }] }
        : fieldTemplate(input.recording);
      const a = addActivity(name, 'upload-audio', input,
        compact({ audioFileType: input.audioFileType, agentId: fieldTemplate(input.agentId), greetingPurpose: fieldTemplate(input.greetingPurpose), recording }),
      );
      return chain(a, 'default') as unknown as UploadAudioHandle;
    },
  };

  const render = (name: string, kind: 'txt' | 'json', input: RenderInput, at: SourceLocation | undefined): unknown => {
    const location = at ?? { file: file ?? '<flow>' };
    const source = extras.templates?.[`${name}.${kind}`];
    if (!source) {
      const known = Object.keys(extras.templates ?? {}).filter((k) => k.endsWith(`.${kind}`)).map((k) => k.slice(0, -kind.length - 1));
      diagnostics.push(
        makeDiagnostic('FG520', {
          message: `There is no template "templates/${name}.${kind}.hbs".`,
          location,
          hint: known.length ? `Templates of this kind: ${known.join(', ')}.` : `Create templates/${name}.${kind}.hbs.`,
          data: { template: name },
        }),
      );
      return kind === 'txt' ? { kind: 'template', template: { parts: [] } } : {};
    }
    const rendered = renderTemplate(name, kind, source, input, location);
    appendAll(diagnostics, rendered.diagnostics);
    return rendered.value ?? (kind === 'txt' ? { kind: 'template', template: { parts: [] } } : {});
  };

  try {
    definition.build(f, params, (extras.hooks ?? {}) as Partial<H>);
  } catch (error) {
    diagnostics.push(definitionThrew(error, definition.at?.file ?? file));
  }

  // Flow Designer exports its default event nodes whether a flow handles them or not; an imported
  // flow keeps the event nodes of its own era, and a subflow has none.
  const shape = definition.settings.webexShape;
  const handled = new Set(activities.filter((a) => a.kind === 'event').map((a) => (a.options as { event: EventName }).event));
  if (!shape && !subflow) activities.push(...defaultEventNodes(handled));
  if (shape) {
    const renamed = renamedShapes(activities, shape);
    for (const activity of activities) {
      const exported = shape.activities[activity.name] ?? renamed.get(activity);
      if (exported) activity.webex = exported;
    }
    for (const variable of variables) {
      const exported = shape.variables[variable.name];
      if (exported) variable.webex = exported;
    }
  }

  const ir: FlowIR = {
    name: definition.settings.name,
    description: definition.settings.description ?? '',
    variables,
    connectors,
    activities,
    ...(file ? { file } : {}),
    ...(definition.at ? { at: definition.at } : {}),
    ...(definition.settings.region !== undefined ? { region: definition.settings.region } : {}),
    ...(shape
      ? {
          webex: {
            envelope: shape.envelope,
            diagramProperties: shape.diagramProperties,
            eventFlowsProperties: shape.eventFlowsProperties,
            eventDiagramProperties: shape.eventDiagramProperties,
            hasEventFlows: shape.hasEventFlows,
          },
        }
      : {}),
    ...(definition.settings.baseline ? { baseline: definition.settings.baseline } : {}),
  };
  return { ir, diagnostics };
}

/**
 * Imported activities the author renamed: an activity with no exported shape under its name takes
 * the one shape no activity claims whose imported options equal its options, when exactly one
 * does. So a rename changes the name and nothing else in the output (issue 17 item 8).
 */
function renamedShapes(activities: readonly ActivityIR[], shape: FlowShape): Map<ActivityIR, WebexShape> {
  const names = new Set(activities.map((a) => a.name));
  const unclaimed = Object.entries(shape.activities).filter(([name]) => !names.has(name));
  const found = new Map<ActivityIR, WebexShape>();
  if (unclaimed.length === 0) return found;
  const taken = new Set<string>();
  for (const activity of activities) {
    if (shape.activities[activity.name]) continue;
    const options = JSON.stringify(activity.options);
    const matches = unclaimed.filter(([name, exported]) => !taken.has(name) && JSON.stringify(exported.importedOptions) === options);
    if (matches.length !== 1) continue;
    taken.add(matches[0]![0]);
    found.set(activity, matches[0]![1]);
  }
  return found;
}

// Helpers of the issue-9 voice/routing factories.
const isVariable = (value: unknown): value is Variable => typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'variable';
const variableRef = (v: Variable): Template => ({ parts: [{ ref: v.name }] });
const runtimeTemplate = (value: Variable | TextTemplate): Template => (isVariable(value) ? variableRef(value) : value.template);

function transferOptions(to: string | Variable<'string'>): Record<string, unknown> {
  return typeof to === 'string' ? { dialNumber: toTemplate(to) } : { dialNumberVariable: to.name };
}

function goToOptions(input: GoToInput): Record<string, unknown> {
  const target = input.entryPoint ?? input.flow!;
  const dynamic = isVariable(target);
  const common = { target: dynamic ? variableRef(target) : toTemplate(target.id), targetName: target.name, dynamic };
  if (input.entryPoint !== undefined) return { entryPoint: true, ...common };
  const version = input.version ?? 'Latest';
  return compact({
    ...common,
    version: isVariable(version) ? { id: variableRef(version), name: version.name } : { id: toTemplate(version), name: version },
    variables: input.variables?.map((v) => ({ from: v.from.name, to: v.to, type: v.from.type.toUpperCase() })),
  });
}

function promptOptions(input: PromptInput): Record<string, unknown> {
  return compact({
    tts: textList(input.say),
    audio: input.audio?.map((a) => (typeof a === 'string' ? a : a.template)),
    voice: input.voice,
    ttsConnector: input.ttsConnector,
    speakingRate: input.speakingRate,
    volumeGainDb: input.volumeGainDb,
  });
}

/** A definition that throws is the author's problem: report it at their frame (FG001). */
export function definitionThrew(error: unknown, file: string | undefined): Diagnostic {
  const message = thrownText(error);
  let location: Diagnostic['location'] = { file: file ?? '<flow>' };
  if (error instanceof Error && error.stack && file) {
    const frame = firstAuthorFrame(error.stack, (frameFile) => frameFile === file);
    if (frame) location = frame;
  }
  return makeDiagnostic('FG001', {
    message: `The flow definition threw an error: ${message}`,
    location,
    hint: 'Fix the error in the definition module; flowgen reports mistakes in flows as diagnostics, but cannot recover from an exception.',
  });
}

// Recording, business rules and digital channels (issue 9).

/** A template field's IR: a variable or an output becomes a reference to it. */
function fieldTemplate(value: TextOrVariable): Template {
  if (typeof value === 'object' && value.kind === 'variable') return { parts: [{ ref: value.name }] };
  if (typeof value === 'object' && value.kind === 'output') return { parts: [{ ref: value.ref }] };
  return templateOf(value);
}

function outputMappings(outputs: readonly OutputMapping[] | undefined): { variable: string; path: string }[] | undefined {
  return outputs?.map((o) => ({ variable: o.variable.name, path: o.path }));
}

function messagingOptions(input: MessagingInput): Record<string, unknown> {
  return compact({ channel: { id: input.channel.id, name: input.channel.name }, appendToTranscript: input.appendToTranscript, outputs: outputMappings(input.outputs) });
}
