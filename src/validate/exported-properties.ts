/**
 * An activity's properties as Flow Designer exported them, for rules that judge imported flows by
 * Webex's own settings (menu digits, prompt items, numeric ranges): the exported shape kept by
 * import (`ActivityIR.webex`) or a raw activity's verbatim properties. Undefined for activities
 * written in flowgen: their options were checked by zod already (FG010).
 */
import { definitionForWebexName } from '../activities/index.js';
import type { SettingFacts } from '../activities/shared/setting-facts.js';
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

/**
 * What the activity's kind says about its settings (activities/shared/setting-facts.ts): its own
 * module's, or for an activity kept raw from an export, the module of the kind that reads its
 * exported `activityName`, so a typed and a raw activity of one kind are judged alike.
 */
export function settingFacts(activity: IndexedActivity): SettingFacts | undefined {
  if (activity.ir.kind !== 'raw') return activity.definition?.settings;
  const name = exportedProperties(activity)?.activityName;
  return name === undefined ? undefined : definitionForWebexName(name)?.settings;
}
