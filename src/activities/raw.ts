/**
 * The escape hatch: an activity of a kind flowgen does not model (a future kind, a custom one, or
 * a shape a typed module cannot represent) keeps its name, group, activityName, activityId,
 * properties and widget ports verbatim, and is written back unchanged. Import reports it with a
 * warning, so nothing is ever dropped silently.
 */
import { z } from 'zod';
import { defineActivity, type WebexIdentity } from './define-activity.js';

/** Properties every exported activity carries beside its kind's own: its names and ids, never Pebble. */
export const COMMON_KEYS: ReadonlySet<string> = new Set(['name', 'activityName', 'activityId', 'description', '_renderRequestTimestamp']);

const options = z.strictObject({
  /** `properties.activityName`, when the export carries one. */
  activityName: z.string().optional(),
  activityId: z.string(),
  group: z.string().min(1),
  /** Every property as exported, including the common ones. */
  properties: z.record(z.string(), z.unknown()),
  /** Widget ports as exported, `in` included when the widget has one. */
  ports: z.array(z.string()),
});
export type RawOptions = z.infer<typeof options>;

export const raw = defineActivity({
  kind: 'raw',
  options,
  // Whether a raw activity can be entered depends on its ports; see `hasInPort` in the flow index.
  hasInPort: true,
  ports: (o) => o.ports.filter((p) => p !== 'in'),
  requiredPorts: () => [],
  webex: { activityName: undefined, activityId: '', group: '', description: false },
  summary: (o) => [o.activityName ?? o.group],
  identity: (o): WebexIdentity => ({ activityName: o.activityName, activityId: o.activityId, group: o.group, description: 'description' in o.properties }),
  toWebex: (o) => Object.fromEntries(Object.entries(o.properties).filter(([key]) => !COMMON_KEYS.has(key))),
});

/** Whether a raw activity's widget has an entry port (start-like and event nodes do not). */
export function rawHasInPort(o: RawOptions): boolean {
  return o.ports.includes('in');
}
