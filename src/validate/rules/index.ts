/** The recommended rules: an explicit, frozen list (no self-registration). */
import type { Rule } from '../context.js';
import { buildValueInjectsExpression } from './build-value-injects-expression.js';
import { credentialsInRequest } from './credentials-in-request.js';
import { duplicateActivityName } from './duplicate-activity-name.js';
import { duplicateEventHandler } from './duplicate-event-handler.js';
import { duplicateVariable } from './duplicate-variable.js';
import { missingTarget } from './missing-target.js';
import { noStart } from './no-start.js';
import { sharedActivity } from './shared-activity.js';
import { undeclaredVariable } from './undeclared-variable.js';
import { unknownPort } from './unknown-port.js';
import { unreachableActivity } from './unreachable-activity.js';
import { unwiredPort } from './unwired-port.js';

export const recommendedRules: readonly Rule[] = Object.freeze([
  buildValueInjectsExpression,
  credentialsInRequest,
  duplicateActivityName,
  duplicateEventHandler,
  duplicateVariable,
  missingTarget,
  noStart,
  sharedActivity,
  undeclaredVariable,
  unknownPort,
  unreachableActivity,
  unwiredPort,
]);
