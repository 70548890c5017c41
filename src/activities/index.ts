/**
 * The activity registry: an explicit, alphabetical list (no discovery by side effect).
 */
import { blindTransfer } from './blind-transfer.js';
import { callback } from './callback.js';
import { caseActivity } from './case.js';
import { collectDigits } from './collect-digits.js';
import { condition } from './condition.js';
import type { ActivityDefinition } from './define-activity.js';
// Voice and routing kinds of issue 9 (business hours, allocation, transfers, GoTo, callbacks).
import { bridgedTransfer } from './bridged-transfer.js';
import { businessHours } from './business-hours.js';
import { handOff } from './hand-off.js';
import { percentAllocation } from './percent-allocation.js';
import { scheduledCallback } from './scheduled-callback.js';
import { setCallerId } from './set-caller-id.js';
import { disconnectContact } from './disconnect-contact.js';
import { endSubflow } from './end-subflow.js';
import { end } from './end.js';
import { event } from './event.js';
import { feedback } from './feedback.js';
import { httpRequest } from './http-request.js';
import { menu } from './menu.js';
import { parse } from './parse.js';
import { playMessage } from './play-message.js';
import { playMusic } from './play-music.js';
import { queueContact } from './queue-contact.js';
import { queueLookup } from './queue-lookup.js';
import { queueToAgent } from './queue-to-agent.js';
import { raw } from './raw.js';
import { screenPop } from './screen-pop.js';
import { setVariable } from './set-variable.js';
import { startMediaStream } from './start-media-stream.js';
import { start } from './start.js';
import { subflowStart } from './subflow-start.js';
import { subflow } from './subflow.js';
import { virtualAgentVoice } from './virtual-agent-voice.js';
import { virtualAgent } from './virtual-agent.js';
// Recording, business rules and digital channels (issue 9).
import { breRequest } from './bre-request.js';
import { receiveMessage } from './receive-message.js';
import { record } from './record.js';
import { recordingControl } from './recording-control.js';
import { sendCustomMessage } from './send-custom-message.js';
import { uploadAudio } from './upload-audio.js';
import { wait } from './wait.js';

export const activityKinds = [
  blindTransfer,
  callback,
  caseActivity,
  collectDigits,
  condition,
  disconnectContact,
  end,
  endSubflow,
  event,
  feedback,
  httpRequest,
  menu,
  parse,
  playMessage,
  playMusic,
  queueContact,
  queueLookup,
  queueToAgent,
  raw,
  screenPop,
  setVariable,
  start,
  startMediaStream,
  subflow,
  subflowStart,
  virtualAgent,
  virtualAgentVoice,
  // Voice and routing kinds of issue 9, alphabetical.
  bridgedTransfer,
  businessHours,
  handOff,
  percentAllocation,
  scheduledCallback,
  setCallerId,
  // Recording, business rules and digital channels (issue 9), alphabetical among themselves.
  breRequest,
  receiveMessage,
  record,
  recordingControl,
  sendCustomMessage,
  uploadAudio,
  wait,
] as const;

export type ActivityKind = (typeof activityKinds)[number]['kind'];

const byKind = new Map<string, ActivityDefinition<string, any>>(activityKinds.map((a) => [a.kind, a as ActivityDefinition<string, any>]));

export function activityDefinition(kind: string): ActivityDefinition<string, any> | undefined {
  return byKind.get(kind);
}

export const knownKinds: readonly string[] = activityKinds.map((a) => a.kind);

const byWebexName = new Map<string, ActivityDefinition<string, any>>();
for (const definition of activityKinds) {
  for (const name of definition.importNames) byWebexName.set(name, definition as ActivityDefinition<string, any>);
}

/** The kind that reads an exported `activityName`, if flowgen models it. */
export function definitionForWebexName(activityName: string): ActivityDefinition<string, any> | undefined {
  return byWebexName.get(activityName);
}
