/**
 * The DSL factory contract (issue 10): what an activity module tells `defineFlow`'s builder about
 * its typed factory — the FlowBuilder method, the input it takes, how that input becomes the kind's
 * options, which port `.then()` wires and what else the handle carries. `src/dsl/define-flow.ts`
 * builds every typed factory from these, and derives the `FlowBuilder` type from the registry.
 *
 * Also the value and handle types of the DSL, which activity input types are written in: typed
 * runtime references and templates (authors never type `{{name}}`; the emitter alone writes the
 * braces) and the wiring interfaces of handles.
 */
import type { Template, VariableType } from '../../ir/types.js';

/** A declared flow variable. `T` is its type, so a wrong use is a compile-time error. */
export interface Variable<T extends VariableType = VariableType> {
  readonly kind: 'variable';
  readonly name: string;
  readonly type: T;
}

/** A runtime output of an activity or event, e.g. `LookupUser.httpStatusCode` or `NewPhoneContact.ANI`. */
export interface OutputRef<T extends VariableType = VariableType> {
  readonly kind: 'output';
  readonly ref: string;
  readonly type: T;
}

/** A Pebble expression made by a library helper (never by hand), e.g. the current time. */
export interface RuntimeExpression {
  readonly kind: 'expression';
  readonly pebble: string;
}

/** A reference piped through Pebble filters, made with `filter(ref, "replace(…)")`. */
export interface FilteredRef {
  readonly kind: 'filtered';
  readonly ref: string;
  readonly filters: string;
}

export type RuntimeValue = Variable | OutputRef | RuntimeExpression | FilteredRef;

/** What may fill a template hole: a runtime value, or a build-time string or number. */
export type Hole = RuntimeValue | string | number;

/** A runtime template made with `text` or `expr`. */
export interface TextTemplate {
  readonly kind: 'template';
  readonly template: Template;
}

/** Literal text or a runtime template. */
export type Text = string | TextTemplate;

/** A value a template field takes: literal text, a `text`/`expr` template, a variable or an output. */
export type TextOrVariable = Text | Variable | OutputRef;

/** The literal a variable of type `T` takes. */
export type ValueOf<T extends VariableType> = T extends 'integer' | 'decimal' ? number : T extends 'boolean' ? boolean : string;

/** A typed reference to a runtime output, e.g. `outputRef(`${name}.httpStatusCode`, 'integer')`. */
export function outputRef<T extends VariableType = 'string'>(ref: string, type: T = 'string' as T): OutputRef<T> {
  return { kind: 'output', ref, type };
}

// ── Handles ──

/** Marks a handle as a link target (the start and event nodes are not). */
export const inbound: unique symbol = Symbol('inbound');

/** Anything a link may point at: every activity except the start and event nodes. */
export interface Target {
  readonly [inbound]: true;
  readonly name: string;
}

export interface Wirable<Port extends string> {
  readonly name: string;
  /** Links one output port to the next activity. */
  on(port: Port, target: Target): this;
}

/** Kinds with one main exit: `.then(next)` wires it and returns `next`, so steps chain. */
export interface Chain<Port extends string> extends Wirable<Port> {
  then<T extends Target>(next: T): T;
}

export type RouteMap<Required extends string, Optional extends string> = { [P in Required]: Target } & { [P in Optional]?: Target };

export interface Routable<Required extends string, Optional extends string> extends Wirable<Required | Optional> {
  /** Wires every branch at once; a missing required branch is a type error. */
  routes(routes: RouteMap<Required, Optional>): this;
}

/** An activity that ends the call or the flow: nothing to wire. */
export type TerminalHandle = Target;

/** A handle whose ports are only known at run time (generic and raw activities). */
export type GenericHandle = Target & Chain<string> & Routable<never, string>;

/** What every factory input may carry. */
export interface Described {
  /** Shown in Flow Designer's activity settings. @default "" */
  description?: string;
  /** Top-left corner on the canvas; without it, flowgen lays the flow out. */
  position?: { x: number; y: number };
}

/** The option names of {@link Described}, for a factory's `inputKeys`. */
export const DESCRIBED_KEYS = ['description', 'position'] as const;

// ── The factory contract ──

/**
 * A FlowBuilder method's signature, written as a one-method object type so the method keeps its
 * JSDoc and its type parameters on `f.` (e.g. `{ /** Wait… *\/ wait(name: string, input: WaitInput): WaitHandle }`).
 * A bare function type is accepted too.
 */
export type FactorySignature = object;

/** The method name a signature declares (the object form's one key). */
type MethodOf<S> = S extends (...args: never[]) => unknown ? string : keyof S & string;
type MethodFunction<S> = S extends (...args: never[]) => unknown ? S : S[keyof S];

/** The factory's input type: the method's second parameter (generic ones at their constraint). */
export type FactoryInput<S> = MethodFunction<S> extends (name: string, ...rest: infer R) => unknown ? Exclude<R[0], undefined> : never;

/** Every key of every member of a union (an input that is `A | B` may take the keys of both). */
type AllKeys<T> = T extends unknown ? keyof T & string : never;

/** What the builder needs of a kind's factory; `defineFactory` makes one. */
export interface FactoryDefinition<S = FactorySignature, M extends string = string> {
  /** The FlowBuilder method, e.g. `playMessage`. */
  readonly method: M;
  /** The option names the input takes: any other key is reported as FG016 (plain JS, casts). */
  readonly inputKeys: readonly string[];
  /** The DSL input → the kind's options (before zod parses them); `name` is the activity's name. */
  options(input: FactoryInput<S>, name: string): Record<string, unknown>;
  /** The port `.then()` wires; absent for kinds whose handle has no `then`. */
  readonly mainPort?: string;
  /** Members the handle carries besides its wiring (output references, `loop`), from the activity's name. */
  handle?(name: string, self: GenericHandle): Record<string, unknown>;
  /** Phantom: never set at run time; the method's type, from which `FlowBuilder` is derived. */
  readonly signature?: S;
}

/** The methods a factory adds to `FlowBuilder`. */
export type FactoryMethods<F> =
  F extends FactoryDefinition<infer S, infer M> ? (S extends (...args: never[]) => unknown ? { [K in M]: S } : S) : never;

type MissingKeys<S, K extends readonly string[]> = Exclude<AllKeys<FactoryInput<S>>, K[number]>;

/**
 * Declares a kind's typed factory. `S` is the FlowBuilder method's signature; `inputKeys` must name
 * every option of its input and nothing else (a missing one is a compile error naming it).
 * @example
 * factory: defineFactory<{ wait(name: string, input: WaitInput): WaitHandle }>()({
 *   method: 'wait', inputKeys: [...DESCRIBED_KEYS, 'durationSeconds'],
 *   options: (input) => ({ durationSeconds: input.durationSeconds }), mainPort: 'default',
 * }),
 */
export function defineFactory<S extends FactorySignature>() {
  return <const M extends MethodOf<S>, const K extends readonly AllKeys<FactoryInput<S>>[]>(
    factory: {
      method: M;
      inputKeys: K & (MissingKeys<S, K> extends never ? unknown : { missingInputKeys: MissingKeys<S, K> });
      options(input: FactoryInput<S>, name: string): Record<string, unknown>;
      mainPort?: string;
      handle?(name: string, self: GenericHandle): Record<string, unknown>;
    },
  ): FactoryDefinition<S, M> => factory;
}
