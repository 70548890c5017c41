/**
 * A new activity of a kind whose catalogue id flowgen does not know for the flow's region gets
 * another region's id (src/activities/shared/regions.ts), which that region's Flow Designer may
 * refuse on import. A warning: the id is a best guess, and checking it needs an export of a tenant
 * in that region. Imported activities keep the id they were exported with and are never reported.
 */
import { catalogueFallback, DEFAULT_REGION, isRegion } from '../../activities/shared/regions.js';
import type { ActivityDefinition } from '../../activities/define-activity.js';
import { defineRule } from '../context.js';

export const regionalCatalogueId = defineRule({
  code: 'FG305',
  name: 'regional-catalogue-id',
  defaultSeverity: 'warning',
  check({ index, report }) {
    const region = isRegion(index.flow.region) ? index.flow.region : DEFAULT_REGION;
    for (const activity of index.activities.values()) {
      const definition = activity.definition as ActivityDefinition<string, unknown> | undefined;
      if (!definition || definition.identity || activity.ir.webex) continue;
      const used = catalogueFallback(definition.webex.activityName, region);
      if (!used) continue;
      report({
        message: `flowgen knows no ${region} catalogue id for "${activity.ir.name}" (${activity.ir.kind}); it writes the ${used} id.`,
        activity: activity.ir,
        hint: `Export a flow with this activity from a ${region} tenant and check its activityId, or import that export instead of writing the activity anew.`,
        data: { activity: activity.ir.name, kind: activity.ir.kind, region, used },
      });
    }
  },
});
