/**
 * Event handler nodes of the event-flow canvas (GLOBAL_EVENTS). The DSL speaks the UI names
 * (AgentAnswered, PhoneContactEnded, …); exports name the node after the event specification
 * (AgentContactAssigned, ContactEnded, …). Catalogue from docs/webex-flow-format.md §6.1 (US/EU
 * ids; the APJ CallbackFailed id differs and is not used here); outputs from
 * docs/webex-activities-and-api.md §2.3.
 */
import { z } from 'zod';
import { eventNodeIR } from '../ir/constructors.js';
import type { ActivityIR } from '../ir/types.js';
import { defineActivity } from './define-activity.js';

interface EventSpec {
  specificationName: string;
  specificationId: string;
  icon: string;
  outputs: readonly string[];
}

export const eventCatalog = {
  AgentAnswered: { specificationName: 'AgentContactAssigned', specificationId: '5f354a0c6fb8c44e97ccb30d', icon: 'icon-headset_16', outputs: ['AgentID', 'AgentName', 'AgentEmailId', 'AgentSessionID', 'QueueID', 'QueueName', 'TeamID', 'TeamName', 'TenantID', 'CAD'] },
  PhoneContactEnded: { specificationName: 'ContactEnded', specificationId: '5f354a336fb8c44e97ccb30e', icon: 'icon-handset-muted_16', outputs: ['AgentID', 'AgentEmailID', 'TeamID', 'QueueID', 'InboundChannel', 'RoutingStrategyID'] },
  AgentDisconnected: { specificationName: 'FCAsk(ContactLastAgentRemoved)', specificationId: '5ffeafa86a7eff72a481c4b5', icon: 'icon-headset-muted_16', outputs: ['AgentId', 'AgentEmailId', 'QueueId', 'TeamId', 'InboundChannel', 'RoutingStrategyId'] },
  OnGlobalError: { specificationName: 'GlobalErrorHandling', specificationId: '627c0663e98eca854178bba6', icon: 'icon-error-legacy_16', outputs: [] },
  AgentOffered: { specificationName: 'AgentOfferContact', specificationId: '637da544c02b556cf406d192', icon: 'icon-audio-call_16', outputs: ['AgentID', 'AgentName', 'QueueID', 'QueueName', 'TeamID', 'TeamName'] },
  PreDial: { specificationName: 'ContactPredial', specificationId: '63c914bebfee4622076922b1', icon: 'icon-other-number_16', outputs: ['direction', 'participantType', 'dialNumber', 'otherPartyDn', 'epDn', 'agentSelectedAni', 'operationType'] },
  OutboundCampaignCallResult: { specificationName: 'ContactOutboundCampaignResult', specificationId: '64b7b425b244045d52e05fe4', icon: 'icon-outgoing-call-legacy_16', outputs: ['CPAResult', 'CPAResultCode'] },
  CallbackFailed: { specificationName: 'ContactCallbackFailed', specificationId: '64461525b1a88734caf6c25b', icon: 'icon-no-phone-warning_24', outputs: [] },
  ContactAniUpdated: { specificationName: 'ContactAniUpdated', specificationId: '97b7b425a244045d52e97fe4', icon: 'icon-null_0', outputs: [] },
  ContactReservationStarted: { specificationName: 'ContactReservationStarted', specificationId: '662bea23e3d8e82738b2432d', icon: 'icon-outgoing-call-legacy_16', outputs: [] },
  // Digital-channel names of two voice events, from Cisco's BYO messaging template (corpus
  // hnavilur…/byo-custom-messaging-channel-template__BYO_Custom_Messaging_Template.json, 2026-06).
  AgentAccepted: { specificationName: 'AgentContactAssigned', specificationId: '5f1218f22c6b937a6789c144', icon: 'icon-assign-host-bold_20', outputs: ['AgentID', 'AgentName', 'AgentEmailId', 'AgentSessionID', 'QueueID', 'QueueName', 'TeamID', 'TeamName', 'TenantID', 'CAD'] },
  ContactEnded: { specificationName: 'ContactEnded', specificationId: '5f0fe0492c6b937a6789c13f', icon: 'icon-cancel-bold_20', outputs: ['AgentID', 'AgentEmailID', 'TeamID', 'QueueID', 'InboundChannel', 'RoutingStrategyID'] },
} as const satisfies Record<string, EventSpec>;

/**
 * The event nodes Flow Designer puts on every new flow's event canvas (2024–2025 exports HW, OB25;
 * docs/webex-flow-format.md §6.1). They are exported whether handled or not, with `out` unlinked.
 */
export const defaultEvents: readonly EventName[] = ['OnGlobalError', 'AgentOffered', 'PreDial', 'OutboundCampaignCallResult'];


export type EventName = keyof typeof eventCatalog;
export const eventNames = Object.keys(eventCatalog) as EventName[];

const options = z.strictObject({ event: z.enum(eventNames as [EventName, ...EventName[]]) });

/** The activity name an event node carries in an export (its specification name). */
export function eventActivityName(event: EventName): string {
  return eventCatalog[event].specificationName;
}

export const event = defineActivity({
  kind: 'event',
  options,
  hasInPort: false,
  ports: () => ['out'],
  // An unhandled event is normal: Flow Designer exports every default event node, most unlinked.
  requiredPorts: () => [],
  outputs: [...new Set(Object.values(eventCatalog).flatMap((e) => e.outputs))],
  webex: { activityName: undefined, activityId: 'event', group: 'event', description: false },
  summary: (o) => [`on ${o.event}`],
  // Import routes every `group: "event"` node here; 2026 nodes also carry this activityName.
  importNames: ['Event'],
  fromWebex: (p) => {
    // The node's own UI name first: a digital AgentAccepted shares AgentAnswered's specification.
    const names = Object.keys(eventCatalog) as EventName[];
    const name = names.find((e) => e === p['event']) ?? names.find((e) => eventCatalog[e].specificationName === p['eventSpecificationName']);
    return name && { event: name };
  },
  // The engine starts an event flow when its event happens; the node exposes the event's data.
  simulate: (_, call) => {
    for (const [name, value] of Object.entries(call.eventData)) call.output(name, value);
    return { port: 'out' };
  },
  toWebex: ({ event: name }, exported) => {
    const spec = eventCatalog[name];
    // Event-specification ids are regional (docs/webex-flow-format.md §6.1): keep the exported one.
    const regionalId = exported?.['eventSpecificationName'] === spec.specificationName ? exported['eventSpecificationId'] : undefined;
    // So are the source and classification ids (BYO messaging template, spec/README.md), and the
    // canvas icon changed with the 2026 designer: an imported node keeps what it had.
    const kept = (key: string) => (regionalId !== undefined && typeof exported?.[key] === 'string' && exported[key] ? (exported[key] as string) : undefined);
    return {
      ...(exported?.['activityName'] === 'Event' ? { activityName: 'Event', activityVersionNumber: null, activityType: 'logic' } : {}),
      eventSourceId: kept('eventSourceId') ?? '5eff0e2eb10162499bc9f932',
      eventSourceName: 'WebexContactCenter',
      eventClassificationId: kept('eventClassificationId') ?? '5f10475cf021306e89e1692c',
      eventClassificationName: 'VoiceInteractions',
      eventSpecificationId: typeof regionalId === 'string' && regionalId ? regionalId : spec.specificationId,
      eventSpecificationName: spec.specificationName,
      displayName: name,
      event: name,
      iconDiagram: kept('iconDiagram') ?? spec.icon,
    };
  },
});

/**
 * The event nodes Flow Designer exports whether a flow handles them or not: one per default event
 * not in `handled`, for every front end that builds a main flow.
 */
export function defaultEventNodes(handled: ReadonlySet<EventName>): ActivityIR[] {
  return defaultEvents.filter((event) => !handled.has(event)).map((event) => eventNodeIR(eventActivityName(event), event));
}
