/**
 * End Subflow (`end-subflow`): ends a subflow and returns its output variables to the caller.
 * Terminating, no output port. Webex facts (docs/webex-flow-format.md §7.1): group `end`,
 * activityId `end-subflow`, no description and no other keys in the four corpus instances
 * (`EndSubflow_esa`, `EndSubflow_u9b`, `EndSubflow_jg5`, PAY26 `EndSubflow_57h`).
 */
import { z } from 'zod';
import { defineActivity } from './define-activity.js';
import { DESCRIBED_KEYS, defineFactory, type Described, type TerminalHandle } from './shared/factory.js';
import { recordValue } from './shared/print-input.js';


export const endSubflow = defineActivity({
  kind: 'end-subflow',
  options: z.strictObject({}),
  factory: defineFactory<{
    /** End Subflow: ends a subflow and hands its output variables back to the calling flow. */
    endSubflow(name: string, input?: Described): TerminalHandle;
  }>()({
    method: 'endSubflow',
    inputKeys: DESCRIBED_KEYS,
    options: () => ({}),
  }),
  printInput: () => recordValue([]),
  ports: () => [],
  webex: { activityName: 'end-subflow', activityId: 'end-subflow', group: 'end', description: false },
  simulate: () => ({ end: 'ended' }),
  toWebex: () => ({}),
  fromWebex: () => ({}),
});
