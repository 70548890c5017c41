/**
 * End Subflow (`end-subflow`): ends a subflow and returns its output variables to the caller.
 * Terminating, no output port. Webex facts (docs/webex-flow-format.md §7.1): group `end`,
 * activityId `end-subflow`, no description and no other keys in the four corpus instances
 * (`EndSubflow_esa`, `EndSubflow_u9b`, `EndSubflow_jg5`, PAY26 `EndSubflow_57h`).
 */
import { z } from 'zod';
import { defineActivity } from './define-activity.js';

export const endSubflow = defineActivity({
  kind: 'end-subflow',
  options: z.strictObject({}),
  ports: () => [],
  webex: { activityName: 'end-subflow', activityId: 'end-subflow', group: 'end', description: false },
  simulate: () => ({ end: 'ended' }),
  toWebex: () => ({}),
  fromWebex: () => ({}),
});
