/**
 * Start (NewPhoneContact): the entry of a voice flow. Constants from docs/webex-flow-format.md §6.2
 * (27/27 exports identical) and ZD24's `NewPhoneContact`. Its name is also the namespace of the
 * call's event variables (`{{NewPhoneContact.ANI}}`), so flowgen always names it NewPhoneContact.
 */
import { z } from 'zod';
import { defineActivity } from './define-activity.js';

export const START_ACTIVITY_NAME = 'NewPhoneContact';

export const start = defineActivity({
  kind: 'start',
  options: z.strictObject({}),
  hasInPort: false,
  ports: () => ['out'],
  // An unwired start is reported once, by the no-start rule (FG108).
  requiredPorts: () => [],
  // Outputs from docs/webex-activities-and-api.md §2.3 ("Start Flow").
  outputs: ['ANI', 'DNIS', 'InteractionId', 'interactionId', 'ani', 'PSTNRegion', 'FlowVersionLabel', 'FlowId', 'EntryPointId', 'OrgId', 'CallbackReason', 'CallbackType', 'ScheduleSourceInteractionId', 'Headers'],
  webex: { activityName: 'NewPhoneContact', activityId: 'start', group: 'start', description: false },
  // 2026 exports call the voice start NewContact (PAY26).
  importNames: ['NewPhoneContact', 'NewContact'],
  fromWebex: () => ({}),
  // The call's data, as Webex hands it to the flow (docs/webex-activities-and-api.md §2.3).
  simulate: (_, call) => {
    const c = call.contact;
    const outputs = { ANI: c.ani, ani: c.ani, DNIS: c.dnis, InteractionId: c.interactionId, interactionId: c.interactionId, OrgId: c.orgId, EntryPointId: c.entryPointId, FlowId: c.flowId, PSTNRegion: null, FlowVersionLabel: 'Latest', CallbackReason: null, CallbackType: null, ScheduleSourceInteractionId: null, Headers: {} };
    for (const [name, value] of Object.entries(outputs)) call.output(name, value);
    return { port: 'out' };
  },
  toWebex: () => ({
    event: 'NewPhoneContact',
    flowType: {
      eventSourceId: '5eff0e2eb10162499bc9f932',
      eventSourceName: 'WebexContactCenter',
      eventSpecificationId: '5f2d02144332507e39cc8a7f',
      eventSpecificationName: 'ContactStartWorkflow',
      eventClassificationId: '5f10475cf021306e89e1692c',
      eventClassificationName: 'VoiceInteractions',
    },
  }),
});
