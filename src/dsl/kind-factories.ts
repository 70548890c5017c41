/**
 * The typed factories of the activity kinds, derived from the registry: each kind's module declares
 * its factory (`factory: defineFactory<…>()({…})`, src/activities/shared/factory.ts) and this module
 * turns every one into a `FlowBuilder` method — the FG016 check of its input, the recorded
 * activity, the handle with `then` on the kind's main port, and the kind's extra handle members.
 */
import { activityDefinition, activityKinds } from '../activities/index.js';
import type { Described, FactoryDefinition, FactoryMethods } from '../activities/shared/factory.js';
import type { Recorder } from './recorder.js';

type Registry = (typeof activityKinds)[number];
type UnionToIntersection<U> = (U extends unknown ? (member: U) => void : never) extends (member: infer I) => void ? I : never;

/** The FlowBuilder methods of the registry's kinds, generics and JSDoc kept. */
export type KindFactories = UnionToIntersection<FactoryMethods<Registry['factory']>>;

/** The FlowBuilder method names the registry's kinds declare. */
export type KindFactoryName = keyof KindFactories;

/** Each factory with the kind it makes. */
export const kindFactoryList: readonly { kind: string; factory: FactoryDefinition<any, string> }[] = activityKinds.flatMap((definition) =>
  definition.factory ? [{ kind: definition.kind, factory: definition.factory as FactoryDefinition<any, string> }] : [],
);

/** The registry's factories as the methods of one build's builder. */
export function kindFactories(recorder: Recorder): KindFactories {
  const methods: Record<string, unknown> = {};
  for (const { kind, factory } of kindFactoryList) {
    const known: ReadonlySet<string> = new Set(factory.inputKeys);
    methods[factory.method] = (name: string, input?: Described) => {
      recorder.checkOptions(factory.method, `"${name}"`, input, known);
      const given = input ?? {};
      const activity = recorder.addActivity(name, kind, given, factory.options(given as never, name));
      const self = factory.mainPort === undefined ? recorder.handle(activity) : recorder.chain(activity, factory.mainPort);
      return factory.handle ? Object.assign(self, factory.handle(name, self)) : self;
    };
  }
  return methods as KindFactories;
}

/**
 * The port `.then()` of `f.activity(kind, …)` wires: the factory's main port, else the first of
 * the kind's ports for these options (`default` when the kind is unknown or the options invalid:
 * the build reports those).
 */
export function mainPortOf(kind: string, options: Record<string, unknown>): string {
  const definition = activityDefinition(kind);
  if (definition === undefined) return 'default';
  if (definition.factory?.mainPort !== undefined) return definition.factory.mainPort;
  const parsed = definition.options.safeParse(options);
  return (parsed.success ? definition.ports(parsed.data)[0] : undefined) ?? 'default';
}
