/**
 * The activity module contract (house style §3): one kind = one module that knows everything about
 * it — its options schema, its output ports, which of them must be wired, and how it is written
 * into a Webex flow. Nothing outside `src/activities/` knows a Webex property key of a kind.
 */
import type { z } from 'zod';
import type { Template } from '../ir/types.js';
import type { FactoryDefinition } from './shared/factory.js';
import type { ActivitySummary } from './shared/graph.js';
import type { PrintedInput } from './shared/print-input.js';
import type { ResourceRef } from './shared/resources.js';
import type { SettingFacts } from './shared/setting-facts.js';
import type { ActivitySimulation } from './shared/simulation.js';

/** How the kind appears in an export: `activityName`, catalogue `activityId`, `group` (= widget type). */
export interface WebexIdentity {
  /** `properties.activityName`; `undefined` for kinds whose exports carry none (event nodes). */
  activityName: string | undefined;
  /** `properties.activityId`: a slug or the US/EU catalogue id (docs/webex-flow-format.md §7). */
  activityId: string;
  group: string;
  /** Whether exports carry `properties.description` for this kind. */
  description: boolean;
}

export interface ActivityDefinition<Kind extends string = string, Options = unknown> {
  /** The DSL name of the kind, in Flow Designer's vocabulary. */
  kind: Kind;
  /** Runtime check of the options; the same rules the TypeScript option types enforce. */
  options: z.ZodType<Options>;
  /**
   * The kind's typed DSL factory (`f.<method>(name, input)`), made with `defineFactory`: the
   * builder method, the input's option names, input → options, the port `.then()` wires and the
   * handle's extra members. `FlowBuilder` is derived from the registry's factories. Absent for kinds
   * written with `f.activity(kind, …)` only.
   */
  factory?: FactoryDefinition<any, string>;
  /**
   * The org resources the options name (queue, entry point, audio file, business hours, connector,
   * flow), each with a way to write in the id `plan`/`deploy` resolve from its name. Absent for
   * kinds that name none.
   */
  resources?(options: Options): readonly ResourceRef<Options>[];
  /**
   * The kind's typed factory input for these options, as `flowgen import` prints it
   * (shared/print-input.ts); undefined when the factory cannot build exactly these options, and
   * the activity is printed with the generic `f.activity(kind, name, options)`.
   */
  printInput?(options: Options): PrintedInput | undefined;
  /** Whether the widget has an `in` port (start and event nodes do not). */
  hasInPort: boolean;
  /** Output ports in widget order, in flowgen's vocabulary (a case's ports are its values). */
  ports(options: Options): readonly string[];
  /** Ports that must be wired for the flow to be complete. */
  requiredPorts(options: Options): readonly string[];
  /**
   * The part of `requiredPorts` Flow Designer itself refuses to publish unwired (FC1006); the rest
   * are flowgen's own safety rules, errors in flows written in flowgen and warnings in imported
   * ones. Error paths (Undefined Error, No-Input Timeout, Unmatched Entry) are optional in Flow
   * Designer (docs/webex-activities-and-api.md §1.1). @default requiredPorts
   */
  designerRequiredPorts?(options: Options): readonly string[];
  /** The port name written into `conditionExpr` and the widget (identity unless a kind renames). */
  webexPort(port: string, options: Options): string;
  /** Every runtime template the options hold, for reference checks. */
  templates(options: Options): readonly Template[];
  /** Variables the activity writes (HTTP output mapping, set-variable). */
  writes(options: Options): readonly string[];
  /** Names of runtime outputs other activities may reference as `<name>.<output>`. */
  outputs: readonly string[];
  webex: WebexIdentity;
  /**
   * The activity's one telling setting for a drawing of the flow (`flowgen graph`): a prompt's
   * text, a menu's choices, a queue's name, an HTTP method and path, a condition's expression.
   * Absent, or undefined for an activity, and the graph shows the name and kind alone.
   */
  summary?(options: Options): ActivitySummary;
  /** The identity of one activity, for kinds whose identity varies (the raw escape hatch). */
  identity?(options: Options): WebexIdentity;
  /**
   * Run-time semantics for `flowgen simulate` and `flowgen test` (contract in
   * shared/simulation.ts): what the activity does to the call and which port it leaves by. A kind
   * without it stops a simulation with a diagnostic naming the activity.
   */
  simulate?: ActivitySimulation<Options>;
  /**
   * The kind-specific `properties`, in the key order of real exports, shadow keys included.
   * `exported` is the activity as it was exported when it was imported and has since been edited:
   * a kind whose keys changed between eras writes the same era's keys (the emitter then lays the
   * result over that shape; see `overlayShape`). Absent for flows written in flowgen.
   */
  toWebex(options: Options, exported?: Readonly<Record<string, unknown>>): Record<string, unknown>;
  /** Webex `activityName`s this kind reads on import. @default [webex.activityName] */
  importNames: readonly string[];
  /**
   * Options (before zod parsing) from an exported activity's properties, or undefined when this
   * kind cannot represent them: the activity is then imported as a raw activity, losing nothing.
   */
  fromWebex?(properties: Readonly<Record<string, unknown>>): unknown;
  /** The port a Webex `conditionExpr` names (inverse of `webexPort`). */
  portFromWebex(webexPort: string, options: Options): string;
  /**
   * What the settings rules ask of the kind (shared/setting-facts.ts): Flow Designer's ranges for
   * exported numbers, whether the caller hears it, whether it queues the call, how to read an
   * export's prompt or digits. Absent: the kind has none of these settings.
   */
  settings?: SettingFacts<Options>;
}

type Defaults = 'webexPort' | 'templates' | 'writes' | 'outputs' | 'requiredPorts' | 'hasInPort' | 'importNames' | 'portFromWebex';

/** An activity definition with its factory's own type (from which `FlowBuilder` is derived). */
export type KindDefinition<Kind extends string, Options, Factory> = Omit<ActivityDefinition<Kind, Options>, 'factory'> & { factory: Factory };

/** Declares an activity kind; fills the contract's defaults. The factory keeps its own type. */
export function defineActivity<const Kind extends string, Options, const Factory extends FactoryDefinition<any, string> | undefined = undefined>(
  definition: Omit<ActivityDefinition<Kind, Options>, Defaults | 'factory'> &
    Partial<Pick<ActivityDefinition<Kind, Options>, Defaults>> & { factory?: Factory },
): KindDefinition<Kind, Options, Factory> {
  return {
    hasInPort: true,
    webexPort: (port) => port,
    portFromWebex: (port) => port,
    importNames: definition.webex.activityName === undefined ? [] : [definition.webex.activityName],
    templates: () => [],
    writes: () => [],
    outputs: [],
    requiredPorts: (options) => definition.ports(options).filter((p) => p !== 'error'),
    ...definition,
  } as KindDefinition<Kind, Options, Factory>;
}
