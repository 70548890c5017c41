/**
 * Start (NewPhoneContact): the entry of a voice flow. Constants from docs/webex-flow-format.md §6.2
 * (27/27 exports identical) and ZD24's `NewPhoneContact`. Its name is also the namespace of the
 * call's event variables (`{{NewPhoneContact.ANI}}`), so flowgen names it after its event.
 * A digital (messaging) flow starts at `NewContact` instead: Cisco's BYO messaging template (corpus
 * hnavilur…/byo-custom-messaging-channel-template__BYO_Custom_Messaging_Template.json, 2026-06)
 * names the node, its `activityName` and its `event` `NewContact`. Its `flowType` ids there
 * (`5f0ed845…`) are the ones the spec's import example gives a voice start (spec/README.md), so
 * they are environment data, not a digital marker: flowgen writes the ids below and import keeps
 * what it read.
 */
import { z } from 'zod';
import { defineActivity, type WebexIdentity } from './define-activity.js';

export const START_ACTIVITY_NAME = 'NewPhoneContact';

/** The start events: a voice call, or a contact on a digital channel. */
export const START_EVENTS = ['NewPhoneContact', 'NewContact'] as const;
export type StartEvent = (typeof START_EVENTS)[number];

export const start = defineActivity({
  kind: 'start',
  options: z.strictObject({ event: z.enum(START_EVENTS).default('NewPhoneContact') }),
  hasInPort: false,
  ports: () => ['out'],
  // An unwired start is reported once, by the no-start rule (FG108).
  requiredPorts: () => [],
  // Outputs from docs/webex-activities-and-api.md §2.3 ("Start Flow").
  outputs: ['ANI', 'DNIS', 'InteractionId', 'interactionId', 'ani', 'PSTNRegion', 'FlowVersionLabel', 'FlowId', 'EntryPointId', 'OrgId', 'CallbackReason', 'CallbackType', 'ScheduleSourceInteractionId', 'Headers'],
  webex: { activityName: 'NewPhoneContact', activityId: 'start', group: 'start', description: false },
  // 2026 exports call the voice start NewContact (PAY26).
  importNames: ['NewPhoneContact', 'NewContact'],
  identity: (o): WebexIdentity => ({ activityName: o.event, activityId: 'start', group: 'start', description: false }),
  fromWebex: (p) => (p['event'] === 'NewContact' ? { event: 'NewContact' } : {}),
  // The call's data, as Webex hands it to the flow (docs/webex-activities-and-api.md §2.3).
  simulate: (_, call) => {
    const c = call.contact;
    const outputs = { ANI: c.ani, ani: c.ani, DNIS: c.dnis, InteractionId: c.interactionId, interactionId: c.interactionId, OrgId: c.orgId, EntryPointId: c.entryPointId, FlowId: c.flowId, PSTNRegion: null, FlowVersionLabel: 'Latest', CallbackReason: null, CallbackType: null, ScheduleSourceInteractionId: null, Headers: {} };
    for (const [name, value] of Object.entries(outputs)) call.output(name, value);
    return { port: 'out' };
  },
  toWebex: (o, exported) => ({
    event: o.event,
    flowType: {
      eventSourceId: '5eff0e2eb10162499bc9f932',
      eventSourceName: 'WebexContactCenter',
      eventSpecificationId: '5f2d02144332507e39cc8a7f',
      eventSpecificationName: 'ContactStartWorkflow',
      eventClassificationId: '5f10475cf021306e89e1692c',
      eventClassificationName: 'VoiceInteractions',
      // Environment ids (see above): an imported start keeps its own.
      ...exportedFlowTypeIds(exported),
    },
  }),
});

const FLOW_TYPE_IDS = ['eventSourceId', 'eventSpecificationId', 'eventClassificationId'] as const;

function exportedFlowTypeIds(exported: Readonly<Record<string, unknown>> | undefined): Record<string, string> {
  const flowType = exported?.['flowType'];
  if (typeof flowType !== 'object' || flowType === null) return {};
  const ids: Record<string, string> = {};
  for (const key of FLOW_TYPE_IDS) {
    const id = (flowType as Record<string, unknown>)[key];
    if (typeof id === 'string' && id) ids[key] = id;
  }
  return ids;
}
