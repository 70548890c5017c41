/**
 * Names → ids in one org. For each flow, the references its activities make (flow-resources.ts)
 * are looked up with one filtered, paged list call per kind (`name=in=(…),id=in=(…)`), and the
 * answers kept for the rest of the run (an in-memory cache per org; no lock file, see README
 * "Names instead of ids"). A name must match exactly one resource (FG801 none, FG802 several), an
 * id given must exist (FG804); connectors have no list endpoint, so a connector needs its id
 * (FG803). Flows and subflows (subflow, hand-off) are found in the flow store by name.
 */
import type { ResourceKind } from '../activities/shared/resources.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import type { FlowIR } from '../ir/types.js';
import type { ApiClient, ApiFailure, ApiResult } from './client.js';
import { failureDiagnostic } from './failures.js';
import { findResources, listFlows, RESOURCE_LISTS, type OrgResource } from './flow-api.js';
import { _resourceLocation, flowResources, label, resourceKey, withResolvedIds, type FlowResource } from './flow-resources.js';

export interface ResolverContext {
  tenant: string;
  orgId: string;
  tokenVariable: string;
  /** Subflows this run imports before the flows that call them (plan: not there yet). */
  pendingSubflows?: ReadonlySet<string>;
}

export interface Resolver {
  resolve(ir: FlowIR): Promise<{ ir: FlowIR; diagnostics: Diagnostic[] }>;
  /** The first API failure met, if any (the org's run stops there). */
  readonly failure: ApiFailure | undefined;
}

/** Marks an id plan cannot know yet (a subflow this run creates): never imported. */
export const PENDING_ID = 'pending-subflow';

const idKey = (kind: ResourceKind, id: string): string => resourceKey(kind, `#${id}`);

export function createResolver(client: ApiClient, context: ResolverContext): Resolver {
  // kind + name (or kind + "#id") → the matches in the org; one lookup per key per run.
  const known = new Map<string, OrgResource[]>();
  let failure: ApiFailure | undefined;

  const lookUp = async (kind: ResourceKind, names: string[], ids: string[]): Promise<void> => {
    const todo = { names: names.filter((n) => !known.has(resourceKey(kind, n))), ids: ids.filter((i) => !known.has(idKey(kind, i))) };
    if (todo.names.length === 0 && todo.ids.length === 0) return;
    let found: ApiResult<OrgResource[]>;
    if (kind === 'flow') {
      // Flow and subflow names are unique together (an import of a taken name is a 409): look in both.
      const lists = await Promise.all(todo.names.flatMap((name) => [listFlows(client, context.orgId, 'SUBFLOW', name), listFlows(client, context.orgId, 'FLOW', name)]));
      const failed = lists.find((l) => !l.ok);
      found = failed ?? { ok: true, status: 200, body: lists.flatMap((l) => (l.ok ? l.body.map((f) => ({ id: f.id, name: f.name })) : [])) };
      todo.ids = [];
    } else found = await findResources(client, context.orgId, kind, todo.names, todo.ids);
    if (!found.ok) {
      failure ??= found.failure;
      return;
    }
    for (const name of todo.names) known.set(resourceKey(kind, name), found.body.filter((r) => r.name === name));
    for (const id of todo.ids) known.set(idKey(kind, id), found.body.filter((r) => r.id === id));
  };

  return {
    get failure() {
      return failure;
    },
    async resolve(ir) {
      const resources = flowResources(ir).filter(({ ref }) => ref.kind === 'flow' || ref.kind === 'connector' || RESOURCE_LISTS[ref.kind]);
      const byKind = new Map<ResourceKind, { names: Set<string>; ids: Set<string> }>();
      for (const { ref } of resources) {
        if (ref.kind === 'connector' || (ref.kind === 'flow' && ref.name !== undefined && context.pendingSubflows?.has(ref.name))) continue;
        const entry = byKind.get(ref.kind) ?? { names: new Set(), ids: new Set() };
        if (ref.id !== undefined) entry.ids.add(ref.id);
        else if (ref.name !== undefined) entry.names.add(ref.name);
        byKind.set(ref.kind, entry);
      }
      for (const [kind, { names, ids }] of [...byKind].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) await lookUp(kind, [...names].sort(), [...ids].sort());
      if (failure) {
        return { ir, diagnostics: [failureDiagnostic(failure, { ...context, location: { file: ir.file ?? '<flow>' } })] };
      }
      const ids = new Map<string, string>();
      const diagnostics = resources.map((r) => checkResource(known, context, ir, r, ids)).filter((d): d is Diagnostic => d !== undefined);
      return { ir: withResolvedIds(ir, ids), diagnostics };
    },
  };
}

/**
 * One reference against what the org holds: FG804 an unknown id, FG803 a connector by name only,
 * FG801/FG802 a name matching none or several; a name matching one records its id in `ids`.
 */
function checkResource(known: ReadonlyMap<string, OrgResource[]>, context: ResolverContext, ir: FlowIR, resource: FlowResource, ids: Map<string, string>): Diagnostic | undefined {
  const { kind, name, id } = resource.ref;
  const location = _resourceLocation(ir, resource);
  const data = { tenant: context.tenant, orgId: context.orgId, kind, name: name ?? id ?? '' };
  if (id !== undefined) {
    const matches = known.get(idKey(kind, id));
    if (matches === undefined || matches.length > 0) return undefined;
    return makeDiagnostic('FG804', { message: `${label(kind)} id "${id}" of activity "${resource.activity}" does not exist in org ${context.orgId} (tenant "${context.tenant}").`, location, hint: 'Give the name instead (it is looked up in each org), or the id from this org.', data });
  }
  if (name === undefined) return undefined;
  if (kind === 'connector') {
    return makeDiagnostic('FG803', { message: `Connector "${name}" of activity "${resource.activity}" is given by name only, and the Flow API lists no connectors to look it up.`, location, hint: 'Give the connector\'s id (Control Hub › Connectors) as well as its name.', data });
  }
  if (kind === 'flow' && context.pendingSubflows?.has(name)) {
    ids.set(resourceKey(kind, name), PENDING_ID);
    return undefined;
  }
  const matches = known.get(resourceKey(kind, name)) ?? [];
  if (matches.length === 1) {
    ids.set(resourceKey(kind, name), matches[0]!.id);
    return undefined;
  }
  if (matches.length === 0) {
    return makeDiagnostic('FG801', { message: `${label(kind)} "${name}" of activity "${resource.activity}" matches no ${words(kind)} in org ${context.orgId} (tenant "${context.tenant}").`, location, hint: 'Names are matched exactly (case and spaces included); check the name in Control Hub or create it there first.', data });
  }
  return makeDiagnostic('FG802', {
    message: `${label(kind)} "${name}" of activity "${resource.activity}" matches ${matches.length} ${words(kind)} in org ${context.orgId} (tenant "${context.tenant}"): ${matches.map((m) => m.id).join(', ')}.`,
    location,
    hint: 'Rename all but one in Control Hub, or give { id, name } for this org.',
    data,
  });
}

const words = (kind: ResourceKind): string => RESOURCE_LISTS[kind]?.words ?? (kind === 'flow' ? 'flows or subflows' : `${kind}s`);
