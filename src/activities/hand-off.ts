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
import { VARIABLE_TYPES, type VariableType } from '../ir/types.js';
import { renderText } from '../ir/template.js';
import { defineActivity } from './define-activity.js';
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

export const handOff = defineActivity({
  kind: 'hand-off',
  options,
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
