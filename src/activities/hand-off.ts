/**
 * GoTo (`hand-off`): leaves this flow for an entry point or another published flow (terminating;
 * its only output is `error`). Webex facts (docs/webex-activities-and-api.md §1.4 "GoTo"): the
 * target is static or a variable (its id at run time); for a static flow target the variables to
 * carry are mapped explicitly; outputs FailureCode/FailureDescription. Real shapes: seven in the
 * corpus (VariableFlow_Template `GoTo_*` 2024, outbound IVR campaign `IVRFlow_Campaign` 2025):
 * group `end`, slug id `hand-off`, widget ports `in` and `error`, everything in one `handOffFlow`
 * object: `handOffToName` (the target's name, or the variable's when dynamic), `isEntryPoint`,
 * `flowTagId`/`flowTagName` (the flow version: "Latest", "Live", or a variable; "" for an entry
 * point), `isDynamic`, `handOffTo` (the id, or `{{variable}}`) and, for a mapped static flow,
 * `mappedVariableArray`: a JSON text of `{src, target, type}` rows, written instead of `isDynamic`.
 */
import { z } from 'zod';
import { renderText } from '../ir/template.js';
import { VARIABLE_TYPES, type Template, type VariableType } from '../ir/types.js';
import { defineActivity } from './define-activity.js';
import { DESCRIBED_KEYS, defineFactory, type Described, type Target, type Variable } from './shared/factory.js';
import { compact, isVariable, toTemplate, variableRef } from './shared/factory-input.js';
import type { Wirable } from './shared/factory.js';
import { listValue, literal, plainText, recordValue, referencedName, variableValue, type PrintedInput, type PrintedValue } from './shared/print-input.js';
import { textTemplate } from './shared/from-webex.js';
import { templateSchema, variableNameSchema } from './shared/schemas.js';

/** The variable types as Webex writes them here (upper-case). */
const WEBEX_VARIABLE_TYPES = VARIABLE_TYPES.map((type) => type.toUpperCase()) as [Uppercase<VariableType>, ...Uppercase<VariableType>[]];

const mappingSchema = z.strictObject({
  /** The variable of this flow whose value is carried. */
  from: variableNameSchema,
  /** The target flow's variable that receives it. */
  to: variableNameSchema,
  type: z.enum(WEBEX_VARIABLE_TYPES),
});

const options = z
  .strictObject({
    /** An entry point rather than a flow. @default false */
    entryPoint: z.boolean().default(false),
    /** The target's id, or a template that yields it at run time (with `dynamic`). */
    target: templateSchema,
    /** The target's name as Flow Designer shows it (for a dynamic target, the variable's name). */
    targetName: z.string(),
    /** The target is read from a variable at run time. @default false */
    dynamic: z.boolean().default(false),
    /** A flow target's version: its tag id ("Latest", "Live", or a template) and display name. */
    version: z.strictObject({ id: templateSchema, name: z.string() }).optional(),
    /** Variables carried to a static flow target. */
    variables: z.array(mappingSchema).min(1).optional(),
  })
  .superRefine((o, ctx) => {
    if (o.entryPoint && o.version) ctx.addIssue({ code: 'custom', path: ['version'], message: 'an entry point has no version' });
    if (!o.entryPoint && !o.version) ctx.addIssue({ code: 'custom', path: ['version'], message: 'a flow target needs a version, e.g. { id: "Latest", name: "Latest" }' });
    if (o.variables && (o.entryPoint || o.dynamic)) ctx.addIssue({ code: 'custom', path: ['variables'], message: 'variables are mapped only to a static flow target' });
  });
export type HandOffOptions = z.infer<typeof options>;

const mappingText = (rows: readonly z.infer<typeof mappingSchema>[]): string => JSON.stringify(rows.map((r) => ({ src: r.from, target: r.to, type: r.type })));

function mappingFromText(text: unknown): unknown[] | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    const rows: unknown = JSON.parse(text);
    if (!Array.isArray(rows)) return undefined;
    const mapped = rows.map((r) => (typeof r === 'object' && r !== null ? { from: (r as Record<string, unknown>)['src'], to: (r as Record<string, unknown>)['target'], type: (r as Record<string, unknown>)['type'] } : undefined));
    // Only a text flowgen writes back byte for byte is read; anything else stays raw.
    return mapped.every(Boolean) && JSON.stringify(rows) === text && mappingText(mapped as never) === text ? mapped : undefined;
  } catch {
    return undefined;
  }
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
/** GoTo leaves the flow; only a failure to hand off comes back, by `error`. */
export type GoToHandle = Target & Wirable<'error'>;

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

/** GoTo's `version`: "Latest" (left out), "Live", or the String variable holding a tag. */
function printVersion(version: { id: Template; name: string }): PrintedValue | undefined | null {
  const id = plainText(version.id);
  if (id === 'Latest' && version.name === id) return undefined;
  if (id === 'Live' && version.name === id) return literal(id);
  return referencedName(version.id) === version.name ? variableValue(version.name, 'string') : null;
}

/** `f.goTo` input: an entry point or a flow, static or a String variable (named after it), with version and carried variables. */
function printGoTo(o: HandOffOptions): PrintedInput | undefined {
  const targetText = plainText(o.target);
  if (targetText === undefined) return undefined;
  // A dynamic target's name is its variable's, which the factory writes itself.
  if (o.dynamic && referencedName(o.target) !== o.targetName) return undefined;
  const target = o.dynamic ? variableValue(o.targetName, 'string') : literal({ id: targetText, name: o.targetName });
  if (o.entryPoint) return recordValue([['entryPoint', target]]);
  const version = o.version === undefined ? null : printVersion(o.version);
  if (version === null) return undefined;
  const variables = o.variables?.map((m) => recordValue([['from', variableValue(m.from, m.type.toLowerCase() as VariableType)], ['to', literal(m.to)]]));
  return recordValue([['flow', target], ['version', version], ['variables', variables && listValue(variables)]]);
}

export const handOff = defineActivity({
  kind: 'hand-off',
  options,
  factory: defineFactory<{
    /** GoTo: hands the call to an entry point or another flow. */
    goTo(name: string, input: GoToInput): GoToHandle;
  }>()({ method: 'goTo', inputKeys: [...DESCRIBED_KEYS, 'entryPoint', 'flow', 'version', 'variables'], options: goToOptions }),
  printInput: (o) => printGoTo(o),
  // A static target is an entry point or a flow by id; with an empty target, plan/deploy find it by `targetName`.
  resources: (o) => {
    if (o.dynamic) return [];
    const id = o.target.parts.every((p) => 'text' in p) ? o.target.parts.map((p) => ('text' in p ? p.text : '')).join('') : undefined;
    return [{ kind: o.entryPoint ? 'entry-point' : 'flow', path: ['target'], name: o.targetName, id: id || undefined, withId: (options, resolved) => ({ ...options, target: { parts: [{ text: resolved }] } }) }];
  },
  ports: () => ['error'],
  requiredPorts: () => [],
  templates: (o) => [o.target, ...(o.version ? [o.version.id] : [])],
  outputs: ['FailureCode', 'FailureDescription'],
  webex: { activityName: 'hand-off', activityId: 'hand-off', group: 'end', description: true },
  summary: (o) => ['to', o.targetName],
  // GoTo is terminating: the call continues in another flow or entry point, outside this simulation.
  simulate: (o, call) => {
    call.transfer(`${o.entryPoint ? 'entry point' : 'flow'} ${o.dynamic ? call.render(o.target) : o.targetName}`, 'hand-off');
    return { end: 'transferred' };
  },
  toWebex: (o) => ({
    handOffFlow: {
      handOffToName: o.targetName,
      isEntryPoint: o.entryPoint,
      flowTagId: o.version ? renderText(o.version.id) : '',
      ...(o.variables ? {} : { isDynamic: o.dynamic }),
      handOffTo: renderText(o.target),
      ...(o.variables ? { mappedVariableArray: mappingText(o.variables) } : {}),
      flowTagName: o.version?.name ?? '',
    },
  }),
  fromWebex: (p) => {
    const h = p['handOffFlow'];
    if (typeof h !== 'object' || h === null || Array.isArray(h)) return undefined;
    const f = h as Record<string, unknown>;
    const known = new Set(['handOffToName', 'isEntryPoint', 'flowTagId', 'isDynamic', 'handOffTo', 'mappedVariableArray', 'flowTagName']);
    if (Object.keys(f).some((k) => !known.has(k)) || typeof f['isEntryPoint'] !== 'boolean') return undefined;
    const variables = 'mappedVariableArray' in f ? mappingFromText(f['mappedVariableArray']) : undefined;
    if ('mappedVariableArray' in f && (!variables || 'isDynamic' in f)) return undefined;
    if (!('mappedVariableArray' in f) && typeof f['isDynamic'] !== 'boolean') return undefined;
    const target = textTemplate(f['handOffTo']);
    const versionId = textTemplate(f['flowTagId']);
    if (!target || typeof f['handOffToName'] !== 'string' || !versionId || typeof f['flowTagName'] !== 'string') return undefined;
    const entryPoint = f['isEntryPoint'];
    // An entry point writes an empty version; a flow always has one.
    if (entryPoint && (f['flowTagId'] !== '' || f['flowTagName'] !== '')) return undefined;
    return {
      entryPoint,
      target,
      targetName: f['handOffToName'],
      dynamic: f['isDynamic'] === true,
      ...(entryPoint ? {} : { version: { id: versionId, name: f['flowTagName'] } }),
      ...(variables ? { variables } : {}),
    };
  },
});
