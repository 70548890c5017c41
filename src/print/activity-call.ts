/**
 * One activity as the call that makes it in a printed definition: its typed factory
 * (`f.menu('Main', { … })`) when its module can print the factory input, else the generic
 * `f.activity(kind, name, options)`, which builds any options exactly.
 */
import { activityDefinition } from '../activities/index.js';
import { recordValue, type PrintedEntry } from '../activities/shared/print-input.js';
import type { ActivityIR } from '../ir/types.js';
import type { GenericHandle, OutputRef } from '../activities/shared/factory.js';
import { renderValue, type RenderContext } from './render-input.js';
import { literal } from './source.js';

/** A printed activity: its source, and the port `.then(…)` wires (undefined: every link is `.on(port, …)`). */
export interface PrintedCall {
  source: string;
  mainPort: string | undefined;
  /** The runtime outputs its handle carries: `Activity.Output` → the handle's member. */
  outputs: ReadonlyMap<string, string>;
}

const NO_OUTPUTS: ReadonlyMap<string, string> = new Map();

const isOutputRef = (value: unknown): value is OutputRef => typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'output';

/** The output references a factory's handle carries (`statusCode`, `metaData`), by what they refer to. */
function handleOutputs(a: ActivityIR): ReadonlyMap<string, string> {
  const members = activityDefinition(a.kind)?.factory?.handle?.(a.name, {} as GenericHandle) ?? {};
  return new Map(Object.entries(members).flatMap(([member, value]) => (isOutputRef(value) ? [[value.ref, member] as const] : [])));
}

/** `description` and `position`, which every factory takes. */
function describedEntries(a: ActivityIR): PrintedEntry[] {
  return [
    ['description', a.description ? { kind: 'literal', value: a.description } : undefined],
    ['position', a.position ? { kind: 'literal', value: { x: a.position.x, y: a.position.y } } : undefined],
  ];
}

function describedInput(a: ActivityIR): string | undefined {
  return describedEntries(a).some(([, v]) => v !== undefined) ? renderValue(recordValue(describedEntries(a)), { variables: new Map(), outputs: NO_OUTPUTS }) : undefined;
}

const call = (callee: string, args: readonly (string | undefined)[]): string => `${callee}(${args.filter((x) => x !== undefined).join(', ')})`;

/** The typed factory call, or undefined when the kind has none or its module cannot print these options. */
function typedCall(a: ActivityIR, context: RenderContext): PrintedCall | undefined {
  const definition = activityDefinition(a.kind);
  const factory = definition?.factory;
  if (!factory || !definition.printInput) return undefined;
  // A module prints its options as its schema gives them; options the schema refuses (a
  // hand-written YAML flow's, say) print generically, where validation reports them.
  const parsed = definition.options.safeParse(a.options);
  const input = parsed.success ? definition.printInput(parsed.data) : undefined;
  if (!input) return undefined;
  const entries = [...input.entries, ...describedEntries(a)];
  const source = entries.some(([, v]) => v !== undefined) ? renderValue(recordValue(entries), context) : '';
  if (source === undefined) return undefined;
  return { source: call(`f.${factory.method}`, [JSON.stringify(a.name), source || undefined]), mainPort: factory.mainPort, outputs: handleOutputs(a) };
}

export function activityCall(a: ActivityIR, context: RenderContext): PrintedCall {
  const common = describedInput(a);
  if (a.kind === 'event') return { source: call('f.onEvent', [JSON.stringify((a.options as { event: string }).event), common]), mainPort: 'out', outputs: NO_OUTPUTS };
  if (a.kind === 'raw') return { source: call('f.raw', [JSON.stringify(a.name), literal(a.options), common]), mainPort: undefined, outputs: NO_OUTPUTS };
  const generic = call('f.activity', [JSON.stringify(a.kind), JSON.stringify(a.name), literal(a.options, context.variables), common]);
  return typedCall(a, context) ?? { source: generic, mainPort: undefined, outputs: NO_OUTPUTS };
}
