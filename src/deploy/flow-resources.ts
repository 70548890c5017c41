/**
 * The org resources a flow names, asked of each activity's kind (`resources`, in its module), and
 * the two things done with them: `unresolvedResources` (a name without an id cannot be built
 * offline: FG800) and `withResolvedIds` (the flow with the ids found in one org written in).
 * Pure: no I/O.
 */
import { activityDefinition } from '../activities/index.js';
import type { ResourceKind, ResourceRef } from '../activities/shared/resources.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import type { ActivityIR, FlowIR } from '../ir/types.js';

export interface FlowResource {
  activity: string;
  ref: ResourceRef<Record<string, unknown>>;
}

/** A resource as looked up in an org: by kind and name (or id, when only an id is given). */
export const resourceKey = (kind: ResourceKind, name: string): string => `${kind}\u0000${name}`;

/** Every reference the flow's activities make, in activity order. */
export function flowResources(ir: FlowIR): FlowResource[] {
  return ir.activities.flatMap((activity) => activityResources(activity).map((ref) => ({ activity: activity.name, ref })));
}

function activityResources(activity: ActivityIR): readonly ResourceRef<Record<string, unknown>>[] {
  const definition = activityDefinition(activity.kind);
  return definition?.resources?.(activity.options) ?? [];
}

const where = (ir: FlowIR, resource: FlowResource) => ({
  file: ir.file ?? '<flow>',
  activity: resource.activity,
  path: `$.options.${resource.ref.path.join('.')}`,
});

/** FG800 for every reference that has a name, needs an id, and has none. */
export function unresolvedResources(ir: FlowIR): Diagnostic[] {
  return flowResources(ir)
    .filter(({ ref }) => ref.id === undefined && ref.withId !== undefined)
    .map((resource) =>
      makeDiagnostic('FG800', {
        message: `${label(resource.ref.kind)} "${resource.ref.name}" of activity "${resource.activity}" is given by name only; an offline build needs its id.`,
        location: where(ir, resource),
        hint: 'Run flowgen plan or flowgen deploy, which look the name up in each org, or give { id, name }.',
        data: { kind: resource.ref.kind, name: resource.ref.name ?? '' },
      }),
    );
}

/** The flow with each name-only reference's id taken from `ids` (keyed by `resourceKey`). */
export function withResolvedIds(ir: FlowIR, ids: ReadonlyMap<string, string>): FlowIR {
  const activities = ir.activities.map((activity) => {
    let options = activity.options;
    for (const ref of activityResources(activity)) {
      if (ref.id !== undefined || ref.name === undefined || !ref.withId) continue;
      const id = ids.get(resourceKey(ref.kind, ref.name));
      if (id !== undefined) options = ref.withId(options, id);
    }
    return options === activity.options ? activity : { ...activity, options };
  });
  return { ...ir, activities };
}

const LABELS: Record<ResourceKind, string> = {
  queue: 'Queue',
  'entry-point': 'Entry point',
  'audio-file': 'Audio file',
  'business-hours': 'Business hours',
  connector: 'Connector',
  flow: 'Subflow',
};

/** The kind as a sentence starts it ("Queue", "Audio file"). */
export function label(kind: ResourceKind): string {
  return LABELS[kind];
}

export { where as _resourceLocation };
