/**
 * An activity's properties as Flow Designer exported them, for rules that judge imported flows by
 * Webex's own settings (menu digits, prompt items, numeric ranges): the exported shape kept by
 * import (`ActivityIR.webex`) or a raw activity's verbatim properties. Undefined for activities
 * written in flowgen: their options were checked by zod already (FG010).
 */
import type { IndexedActivity } from './flow-index.js';

export interface ExportedProperties {
  /** `properties.activityName` (`ivr-menu`, `play-message`, …), when the export carries one. */
  activityName: string | undefined;
  properties: Readonly<Record<string, unknown>>;
}

export function exportedProperties(activity: IndexedActivity): ExportedProperties | undefined {
  const { ir, options } = activity;
  const properties = ir.webex?.properties ?? (ir.kind === 'raw' && options !== undefined ? (options as { properties: Record<string, unknown> }).properties : undefined);
  if (typeof properties !== 'object' || properties === null) return undefined;
  const name = properties['activityName'];
  return { activityName: typeof name === 'string' ? name : undefined, properties };
}
