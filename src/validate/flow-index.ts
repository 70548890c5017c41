/**
 * Facts about a flow computed once, in time linear in its size, for every rule to read
 * (house style §3: rules never walk the graph themselves): activities by name, resolved kinds and
 * parsed options, predecessors, which root (the start or an event) reaches each activity.
 */
import { activityDefinition } from '../activities/index.js';
import type { ActivityDefinition } from '../activities/define-activity.js';
import { hasInPort } from '../activities/shared/in-port.js';
import type { ActivityIR, FlowIR, VariableIR } from '../ir/types.js';

export interface IndexedActivity {
  ir: ActivityIR;
  definition: ActivityDefinition<string, any> | undefined;
  /** Options after zod parsing (defaults applied), or undefined when they are invalid. */
  options: unknown;
}

export interface FlowIndex {
  flow: FlowIR;
  activities: ReadonlyMap<string, IndexedActivity>;
  variables: ReadonlyMap<string, VariableIR>;
  /** Activity name → names of the roots (start, event nodes) that reach it. */
  reachedFrom: ReadonlyMap<string, readonly string[]>;
  /** Activity name → names of activities that link to it. */
  predecessors: ReadonlyMap<string, readonly string[]>;
  roots: readonly string[];
  /**
   * Every activity once, in the order a call meets them: breadth-first from the start, then from
   * each event node, following ports in their declared order; unreachable ones last. Emitters use
   * it so that outputs read in call order and do not depend on declaration order.
   */
  callOrder: readonly string[];
}

/**
 * Start and event nodes, any kind without an entry port (a subflow start), and raw activities
 * whose widget has no entry port.
 */
export function isRoot(activity: IndexedActivity): boolean {
  return activity.ir.kind === 'start' || activity.ir.kind === 'event' || !hasInPort(activity.ir.kind, activity.definition, activity.options);
}

export function indexFlow(flow: FlowIR, parsedOptions: ReadonlyMap<string, unknown>): FlowIndex {
  const activities = new Map<string, IndexedActivity>();
  for (const ir of flow.activities) {
    if (activities.has(ir.name)) continue;
    activities.set(ir.name, { ir, definition: activityDefinition(ir.kind), options: parsedOptions.get(ir.name) });
  }
  const variables = new Map<string, VariableIR>();
  for (const v of flow.variables) if (!variables.has(v.name)) variables.set(v.name, v);

  const predecessors = new Map<string, string[]>();
  for (const a of activities.values()) {
    for (const target of Object.values(a.ir.links)) {
      const list = predecessors.get(target);
      if (list) list.push(a.ir.name);
      else predecessors.set(target, [a.ir.name]);
    }
  }

  const roots = [...activities.values()].filter(isRoot).map((a) => a.ir.name);
  const reachedFrom = new Map<string, string[]>();
  for (const root of roots) {
    const stack = [root];
    const seen = new Set<string>();
    while (stack.length) {
      const name = stack.pop()!;
      if (seen.has(name)) continue;
      seen.add(name);
      const list = reachedFrom.get(name);
      if (list) list.push(root);
      else reachedFrom.set(name, [root]);
      const activity = activities.get(name);
      if (activity) for (const target of Object.values(activity.ir.links)) stack.push(target);
    }
  }
  const callOrder: string[] = [];
  const placed = new Set<string>();
  const orderedRoots = [...roots].sort((a, b) => Number(activities.get(a)!.ir.kind !== 'start') - Number(activities.get(b)!.ir.kind !== 'start'));
  for (const root of orderedRoots) {
    const queue = [root];
    placed.add(root);
    for (let head = 0; head < queue.length; head++) {
      const name = queue[head]!;
      callOrder.push(name);
      const activity = activities.get(name)!;
      const ports = activity.definition && activity.options !== undefined ? activity.definition.ports(activity.options) : Object.keys(activity.ir.links);
      for (const port of ports) {
        const target = activity.ir.links[port];
        if (target === undefined || placed.has(target) || !activities.has(target)) continue;
        placed.add(target);
        queue.push(target);
      }
    }
  }
  for (const name of activities.keys()) if (!placed.has(name)) callOrder.push(name);
  return { flow, activities, variables, reachedFrom, predecessors, roots, callOrder };
}
