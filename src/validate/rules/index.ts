/** The recommended rules: an explicit, frozen list (no self-registration). */
import type { Rule } from '../context.js';
import { buildValueInjectsExpression } from './build-value-injects-expression.js';
import { credentialInVariable } from './credential-in-variable.js';
import { credentialsInRequest } from './credentials-in-request.js';
import { deadEnd } from './dead-end.js';
import { duplicateActivityName } from './duplicate-activity-name.js';
import { duplicateEventHandler } from './duplicate-event-handler.js';
import { duplicateVariable } from './duplicate-variable.js';
import { eventFlowNeverEnds } from './event-flow-never-ends.js';
import { invalidJsonpath } from './invalid-jsonpath.js';
import { invalidMenuDigits } from './invalid-menu-digits.js';
import { invalidPrompt } from './invalid-prompt.js';
import { malformedExpression } from './malformed-expression.js';
import { missingTarget } from './missing-target.js';
import { noStart } from './no-start.js';
import { regionalCatalogueId } from './regional-catalogue-id.js';
import { settingOutOfRange } from './setting-out-of-range.js';
import { sharedActivity } from './shared-activity.js';
import { silentQueue } from './silent-queue.js';
import { undeclaredVariable } from './undeclared-variable.js';
import { unknownPort } from './unknown-port.js';
import { unreachableActivity } from './unreachable-activity.js';
import { unusedVariable } from './unused-variable.js';
import { unwiredPort } from './unwired-port.js';
import { variableNeverSet } from './variable-never-set.js';
import { wrongValueType } from './wrong-value-type.js';

export const recommendedRules: readonly Rule[] = Object.freeze([
  buildValueInjectsExpression,
  credentialInVariable,
  credentialsInRequest,
  deadEnd,
  duplicateActivityName,
  duplicateEventHandler,
  duplicateVariable,
  eventFlowNeverEnds,
  invalidJsonpath,
  invalidMenuDigits,
  invalidPrompt,
  malformedExpression,
  missingTarget,
  noStart,
  regionalCatalogueId,
  settingOutOfRange,
  sharedActivity,
  silentQueue,
  undeclaredVariable,
  unknownPort,
  unreachableActivity,
  unusedVariable,
  unwiredPort,
  variableNeverSet,
  wrongValueType,
]);
