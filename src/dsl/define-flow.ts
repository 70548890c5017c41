/**
 * The typed builder a flow author uses (house style §5). `defineFlow` captures a build function;
 * the compiler calls it with the flow's typed parameters and a `FlowBuilder`, which records plain
 * IR and collects mistakes as diagnostics instead of throwing.
 *
 * Typing: each factory returns a handle whose ports are a union of literal types, so wiring a port
 * the kind does not have is a compile error; `routes({…})` requires one key per required port. The
 * activity kinds' factories are declared in their modules and derived here from the registry
 * (`KindFactories`, dsl/kind-factories.ts); this module keeps the members that are not a kind's.
 */
import type { z } from 'zod';
import { START_ACTIVITY_NAME, type StartEvent } from '../activities/start.js';
import { defaultEventNodes, eventActivityName, type EventName } from '../activities/event.js';
import type { BodyValue, ConnectorRef } from '../activities/http-request.js';
import type { Region } from '../activities/shared/regions.js';
import { DESCRIBED_KEYS, type Chain, type Described, type GenericHandle, type OutputRef, type TextTemplate, type ValueOf, type Variable } from '../activities/shared/factory.js';
import { isTextTemplate } from '../activities/shared/factory-input.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import type { ActivityIR, ConnectorIR, FlowIR, VariableIR, VariableType, Suppression, WebexShape } from '../ir/types.js';
import { connectorIR, variableIR } from '../ir/constructors.js';
import { thrownText } from '../util/scalar-text.js';
import { appendAll } from '../util/append-all.js';
import { callSite, firstAuthorFrame } from './call-site.js';
import { renderTemplate, type RenderInput, type TemplateLibrary } from './build-template.js';
import type { ForkSet } from './forks.js';
import { createRecorder, type Recorder } from './recorder.js';
import { kindFactories, mainPortOf, type KindFactories } from './kind-factories.js';

// The public names of the DSL's types, where flows and tests import them from.
export type { Chain, Described, GenericHandle, Routable, Target, TerminalHandle, Text, Wirable, ValueOf } from '../activities/shared/factory.js';
export type { OutputMapping } from '../activities/shared/factory-input.js';
export type { PromptInput } from '../activities/shared/prompt.js';
export type { MessagingInput } from '../activities/shared/messaging.js';
export type { TransferInput } from '../activities/shared/transfer-destination.js';
export { unknownOptions } from './recorder.js';
export type { KindFactories } from './kind-factories.js';
export type { BreRequestHandle, BreRequestInput } from '../activities/bre-request.js';
export type { BridgedTransferHandle, BridgedTransferInput } from '../activities/bridged-transfer.js';
export type { BusinessHoursHandle, BusinessHoursInput } from '../activities/business-hours.js';
export type { CaseHandle, CaseInput } from '../activities/case.js';
export type { ConditionHandle, ConditionInput } from '../activities/condition.js';
export type { FeedbackHandle, FeedbackInput } from '../activities/feedback.js';
export type { FlowVersion, GoToHandle, GoToInput } from '../activities/hand-off.js';
export type { BodyValue, ConnectorRef, HttpRequestHandle, HttpRequestInput } from '../activities/http-request.js';
export type { DigitKey, MenuHandle, MenuInput } from '../activities/menu.js';
export type { PercentAllocationHandle, PercentAllocationInput } from '../activities/percent-allocation.js';
export type { PlayMessageHandle, PlayMessageInput } from '../activities/play-message.js';
export type { PlayMusicHandle, PlayMusicInput } from '../activities/play-music.js';
export type { QueueContactHandle, QueueContactInput } from '../activities/queue-contact.js';
export type { ReceiveMessageHandle, ReceiveMessageInput } from '../activities/receive-message.js';
export type { RecordHandle, RecordInput } from '../activities/record.js';
export type { RecordingControlHandle, RecordingControlInput } from '../activities/recording-control.js';
export type { ScheduledCallbackHandle, ScheduledCallbackInput } from '../activities/scheduled-callback.js';
export type { ScreenPopHandle, ScreenPopInput } from '../activities/screen-pop.js';
export type { SendCustomMessageHandle, SendCustomMessageInput } from '../activities/send-custom-message.js';
export type { SetCallerIdInput } from '../activities/set-caller-id.js';
export type { SetVariableHandle, SetVariableInput } from '../activities/set-variable.js';
export type { UploadAudioHandle, UploadAudioInput } from '../activities/upload-audio.js';
export type { WaitHandle, WaitInput } from '../activities/wait.js';

export type StartHandle = Chain<'out'>;
export type EventHandle = Chain<'out'>;

export interface RawInput {
  activityName?: string;
  activityId: string;
  group: string;
  properties: Record<string, unknown>;
  ports: string[];
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

/** The builder's members that are not an activity kind's factory. */
export interface CoreBuilder {
  /** The NewPhoneContact start node: wire the first step with `start.then(…)`. */
  readonly start: StartHandle;
  readonly call: CallData;
  variable<T extends VariableType>(name: string, type: T, input?: VariableInput<T>): Variable<T>;
  /** Declares a Control Hub connector the flow calls through; pass the result to `httpRequest`. */
  connector(input: ConnectorInput): ConnectorRef;
  /** An event flow's start node, e.g. `onEvent('AgentAnswered').then(…)`. */
  onEvent(event: EventName, input?: Described): EventHandle;
  /**
   * An activity of any kind flowgen knows, with its options as the kind's schema takes them (what
   * `flowgen import` writes for kinds without a factory of their own). Ports are not typed here;
   * `.then()` wires the kind's main port.
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
}

/** What a build function receives: the core members and every activity kind's typed factory. */
export interface FlowBuilder extends CoreBuilder, KindFactories {}

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

/**
 * The option names of an input type, as a set for the run-time check of plain JavaScript (and of
 * casts): the compiler checks that the list names every option of `T` and nothing else.
 */
function optionNames<T>() {
  return <const K extends readonly (keyof T & string)[]>(
    ...names: K & (Exclude<keyof T, K[number]> extends never ? unknown : { missing: Exclude<keyof T, K[number]> })
  ): ReadonlySet<string> => new Set<string>(names);
}

/** The core members → the options they take (issue 17 item 3: a typo is a diagnostic, not silently dropped). */
const coreOptions = {
  variable: optionNames<VariableInput<VariableType>>()('initial', 'initialValue', 'description', 'desktopLabel', 'agentEditable', 'reportable', 'secure'),
  connector: optionNames<ConnectorInput>()('id', 'name', 'type', 'authentication', 'baseUrl', 'setup'),
  raw: optionNames<RawInput>()('activityName', 'activityId', 'group', 'properties', 'ports'),
  described: optionNames<Described>()(...DESCRIBED_KEYS),
  render: optionNames<RenderInput>()('values', 'runtime'),
} as const;

/** Runs a definition's build function and returns its IR; never throws for an author's mistake. */
export function buildFlow<P extends z.ZodType, H>(definition: FlowDefinition<P, H>, params: z.output<P>, file?: string, extras: BuildExtras = {}): BuiltFlow {
  const recorder = createRecorder(file);
  const { diagnostics, activities } = recorder;
  const variables: VariableIR[] = [];
  const connectors: ConnectorIR[] = [];
  const subflow = definition.settings.flowType === 'SUBFLOW';
  const startEvent = definition.settings.startEvent ?? START_ACTIVITY_NAME;
  const startActivity = recorder.addActivity(startEvent, 'start', { ...(definition.settings.startPosition ? { position: definition.settings.startPosition } : {}) }, startEvent === START_ACTIVITY_NAME ? {} : { event: startEvent });
  delete startActivity.at;
  if (subflow) activities.splice(activities.indexOf(startActivity), 1);

  const f: FlowBuilder = {
    ...kindFactories(recorder),
    start: recorder.chain(startActivity, 'out') as unknown as StartHandle,
    call: {
      ani: outputOf(`${startEvent}.ANI`),
      dnis: outputOf(`${startEvent}.DNIS`),
      interactionId: outputOf(`${startEvent}.InteractionId`),
    },
    ...declarations(recorder, variables, connectors),
    ...genericMembers(recorder),
    ...renderMembers(recorder, extras.templates),
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
  if (shape) applyShape(shape, activities, variables);
  return { ir: flowIr(definition, { variables, connectors, activities }, file, shape), diagnostics };
}

const outputOf = (ref: string): OutputRef<'string'> => ({ kind: 'output', ref, type: 'string' });

/** `f.variable` and `f.connector`: declarations the flow document lists besides its activities. */
function declarations(recorder: Recorder, variables: VariableIR[], connectors: ConnectorIR[]): Pick<CoreBuilder, 'variable' | 'connector'> {
  return {
    variable(name, type, input = {}) {
      recorder.checkOptions('variable', `"${name}"`, input, coreOptions.variable);
      const initialValue = input.initialValue !== undefined ? input.initialValue : input.initial === undefined || input.initial === null ? input.initial : String(input.initial);
      variables.push(variableIR(name, type, { ...input, initialValue, at: callSite() }));
      return { kind: 'variable', name, type };
    },
    connector(input) {
      recorder.checkOptions('connector', `"${input.name}"`, input, coreOptions.connector);
      connectors.push(connectorIR({ ...input, at: callSite() }));
      return { id: input.id, name: input.name };
    },
  };
}

/** `f.activity`, `f.raw` and `f.onEvent`: activities written by kind, with untyped ports. */
function genericMembers(recorder: Recorder): Pick<CoreBuilder, 'activity' | 'raw' | 'onEvent'> {
  return {
    activity(kind, name, options, common = {}) {
      recorder.checkOptions('activity', `"${name}"`, common, coreOptions.described);
      const a = recorder.addActivity(name, kind, common, unwrapTemplates(options) as Record<string, unknown>);
      return recorder.chain(a, () => mainPortOf(kind, a.options)) as unknown as GenericHandle;
    },
    raw(name, options, common = {}) {
      recorder.checkOptions('raw', `"${name}"`, options, coreOptions.raw);
      recorder.checkOptions('raw', `"${name}"`, common, coreOptions.described);
      const a = recorder.addActivity(name, 'raw', common, { ...options });
      return recorder.chain(a, 'default') as unknown as GenericHandle;
    },
    onEvent(event, common) {
      recorder.checkOptions('onEvent', `"${event}"`, common, coreOptions.described);
      const a = recorder.addActivity(eventActivityName(event), 'event', common ?? {}, { event });
      return recorder.chain(a, 'out') as unknown as EventHandle;
    },
  };
}

/** `f.renderText` and `f.renderBody`: the project's build-time templates (FG520 for a missing one). */
function renderMembers(recorder: Recorder, templates: TemplateLibrary | undefined): Pick<CoreBuilder, 'renderText' | 'renderBody'> {
  const render = (name: string, kind: 'txt' | 'json', input: RenderInput, at: SourceLocation | undefined): unknown => {
    const location = at ?? { file: recorder.file ?? '<flow>' };
    const source = templates?.[`${name}.${kind}`];
    if (!source) {
      const known = Object.keys(templates ?? {}).filter((k) => k.endsWith(`.${kind}`)).map((k) => k.slice(0, -kind.length - 1));
      recorder.diagnostics.push(
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
    appendAll(recorder.diagnostics, rendered.diagnostics);
    return rendered.value ?? (kind === 'txt' ? { kind: 'template', template: { parts: [] } } : {});
  };
  return {
    renderText(name, input = {}) {
      recorder.checkOptions('renderText', `"${name}"`, input, coreOptions.render);
      return render(name, 'txt', input, callSite()) as TextTemplate;
    },
    renderBody(name, input = {}) {
      recorder.checkOptions('renderBody', `"${name}"`, input, coreOptions.render);
      return render(name, 'json', input, callSite()) as BodyValue;
    },
  };
}

/** Options may hold `text`/`expr` templates anywhere; IR holds their plain template data. */
function unwrapTemplates(value: unknown): unknown {
  if (isTextTemplate(value)) return value.template;
  if (Array.isArray(value)) return value.map(unwrapTemplates);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unwrapTemplates(v)]));
  return value;
}

/** An imported flow builds back in its exported shape: each activity and variable takes its own. */
function applyShape(shape: FlowShape, activities: ActivityIR[], variables: VariableIR[]): void {
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

/** The flow's IR: what was recorded, with the definition's settings. */
function flowIr(definition: FlowDefinition<z.ZodType, any>, recorded: Pick<FlowIR, 'variables' | 'connectors' | 'activities'>, file: string | undefined, shape: FlowShape | undefined): FlowIR {
  return {
    name: definition.settings.name,
    description: definition.settings.description ?? '',
    ...recorded,
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
