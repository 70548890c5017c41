/**
 * Forks: how a tenant changes a flow itself without copying it. A base flow declares its extension
 * points as a TypeScript interface of hooks (`beforeGreeting`, `severityRule`, …), and calls each
 * hook where it applies, falling back to its own behaviour when no fork implements it:
 *
 * ```ts
 * const first = hooks.beforeGreeting?.({ f, greeting, voice }) ?? greeting;
 * ```
 *
 * A fork is a named, described set of hook implementations with optional zod-typed options, kept
 * in a module next to the flow (`flows/<flow>.forks.ts`); the flow lists its forks in
 * `defineFlow({ forks })`, and a tenant file selects them by name
 * (`forks: { language-menu: { … options } , vip-only-severity: true }`). A review of a fork is a
 * review of one function per hook. Two selected forks implementing the same hook are an error
 * (FG509): forks never silently override each other.
 */
import type { z } from 'zod';

/** Hook implementations of a fork: the base flow's hook signature plus the fork's options. */
export type ForkHooks<H, O> = {
  [K in keyof H]?: H[K] extends (context: infer C) => infer R ? (context: C, options: O) => R : never;
};

/** One fork: what it changes (shown in docs and diagnostics), its options and its hooks. */
export interface ForkDefinition<H, O extends z.ZodType | undefined = undefined> {
  /** One sentence: what a tenant gets by selecting this fork. */
  description: string;
  /** Options the tenant file gives under `forks.<name>`; without a schema the value is `true`. */
  options?: O;
  hooks: ForkHooks<H, O extends z.ZodType ? z.output<O> : undefined>;
}

/** The forks a flow offers, by the name tenant files select them with. */
export interface ForkSet<H> {
  readonly kind: 'flowgen.forks';
  // Options are typed per fork where the fork is defined; here they are only carried.
  readonly forks: Readonly<Record<string, ForkDefinition<H, any>>>;
}

/**
 * Declares one fork of a flow whose hooks are `H`. Curried so the options type is inferred.
 * @example
 * export const vipOnly = defineFork<ZendeskHooks>()({
 *   description: 'Only urgent tickets reach the priority queue',
 *   hooks: { severityRule: ({ f, priority, standard, value }) => { … } },
 * });
 */
export function defineFork<H>() {
  return <O extends z.ZodType | undefined = undefined>(fork: ForkDefinition<H, O>): ForkDefinition<H, O> => fork;
}

/** The forks a flow offers; pass the result to `defineFlow({ forks })`. */
export function forkSet<H>(forks: Record<string, ForkDefinition<H, any>>): ForkSet<H> {
  return { kind: 'flowgen.forks', forks };
}

/** The hooks of one selected fork with its (already validated) options bound. */
export function bindFork<H>(fork: ForkDefinition<H, z.ZodType | undefined>, options: unknown): Partial<H> {
  const bound: Record<string, unknown> = {};
  for (const [name, hook] of Object.entries(fork.hooks as Record<string, ((context: unknown, options: unknown) => unknown) | undefined>)) {
    if (hook) bound[name] = (context: unknown) => hook(context, options);
  }
  return bound as Partial<H>;
}
