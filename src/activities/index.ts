/**
 * The activity registry: an explicit, alphabetical list (no discovery by side effect).
 */
import { caseActivity } from './case.js';
import { condition } from './condition.js';
import type { ActivityDefinition } from './define-activity.js';
import { disconnectContact } from './disconnect-contact.js';
import { end } from './end.js';
import { event } from './event.js';
import { httpRequest } from './http-request.js';
import { menu } from './menu.js';
import { playMessage } from './play-message.js';
import { playMusic } from './play-music.js';
import { queueContact } from './queue-contact.js';
import { raw } from './raw.js';
import { screenPop } from './screen-pop.js';
import { setVariable } from './set-variable.js';
import { start } from './start.js';

export const activityKinds = [
  caseActivity,
  condition,
  disconnectContact,
  end,
  event,
  httpRequest,
  menu,
  playMessage,
  playMusic,
  queueContact,
  raw,
  screenPop,
  setVariable,
  start,
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
