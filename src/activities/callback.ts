/**
 * Callback: schedules a courtesy callback, then the caller is released (the branch must end with
 * Disconnect Contact). Webex facts (docs/webex-activities-and-api.md §1.3 "Callback"): Callback
 * Dial Number from a variable (default the ANI); Callback Queue static or a String variable
 * (default: the queue the call was in); Callback ANI static or variable (must match an EP-DN
 * mapping); outputs FailureCode/FailureDescription. Catalogue id 5f367a285d76a50d1e8fb4d2 (US/EU),
 * group `action`, ports `default` and `failure` (docs/webex-flow-format.md §7.13, §7.14). Keys
 * from the ten corpus instances (LTRCCT-2004 `Callback_noh`, CARS `Callback1`): the queue is
 * written with `callbackQueue:radioName` `singleQueue` and `toggleCallbackDestination: true`; the
 * 2022 CARS exports carry neither `toggleCallbackDestination` nor `callbackAni`.
 */
import { z } from 'zod';
import { renderText } from '../ir/template.js';
import { defineActivity } from './define-activity.js';
import { DESCRIBED_KEYS, defineFactory, outputRef, type Chain, type Described, type OutputRef, type Routable, type Target, type TextOrVariable, type TextTemplate, type Variable } from './shared/factory.js';
import { compact, fieldTemplate } from './shared/factory-input.js';
import { first, literal, optionalLiteral, recordValue, referencedVariable, templateValue, textValue } from './shared/print-input.js';
import { idRef } from './shared/resources.js';
import { catalogueId } from './shared/regions.js';
import { defined, textTemplate } from './shared/from-webex.js';
import { templateSchema } from './shared/schemas.js';
import { radioShadows } from './shared/shadow-keys.js';

const options = z.strictObject({
  /** The number to call back, e.g. `{{NewPhoneContact.ani}}`. */
  dialNumber: templateSchema,
  /** Queue id of the callback (default: the queue the call was in). */
  queue: z.string().min(1).optional(),
  /** The queue's display name, which 2025 exports write beside its id. */
  queueName: z.string().min(1).optional(),
  /** Static calling number shown to the customer (must match an entry-point DN mapping). */
  ani: z.string().min(1).optional(),
  /** The calling number from a variable or output instead, e.g. `{{NewPhoneContact.ANI}}`. */
  aniVariable: templateSchema.optional(),
}).refine((o) => o.ani === undefined || o.aniVariable === undefined, { message: 'give at most one of "ani" and "aniVariable"', path: ['ani'] });
export type CallbackOptions = z.infer<typeof options>;

export interface CallbackInput extends Described {
  /** The number to call back, e.g. `f.call.ani`. */
  dialNumber: TextOrVariable;
  /** The queue the callback waits in: its id, and the display name Flow Designer shows. @default the queue the call was in */
  queue?: { id: string; name?: string };
  /** The calling number the customer sees (it must match an entry point's number mapping). */
  ani?: string;
  /** The calling number from a String variable or output instead of `ani`. */
  aniVariable?: Variable<'string'> | OutputRef<'string'> | TextTemplate;
}
export interface CallbackHandle extends Target, Chain<'default' | 'failure'>, Routable<'default', 'failure'> {
  /** `<name>.FailureCode` when the callback could not be booked. */
  readonly failureCode: OutputRef<'string'>;
  readonly failureDescription: OutputRef<'string'>;
}

export const callback = defineActivity({
  kind: 'callback',
  options,
  factory: defineFactory<{
    /** Callback: books a courtesy callback to `dialNumber`; end the branch with Disconnect Contact. */
    callback(name: string, input: CallbackInput): CallbackHandle;
  }>()({
    method: 'callback',
    inputKeys: [...DESCRIBED_KEYS, 'dialNumber', 'queue', 'ani', 'aniVariable'],
    options: (input) =>
      compact({
        dialNumber: fieldTemplate(input.dialNumber),
        queue: input.queue?.id,
        queueName: input.queue?.name,
        ani: input.ani,
        aniVariable: input.aniVariable === undefined ? undefined : fieldTemplate(input.aniVariable),
      }),
    mainPort: 'default',
    handle: (name) => ({ failureCode: outputRef(`${name}.FailureCode`), failureDescription: outputRef(`${name}.FailureDescription`) }),
  }),
  printInput: (o) =>
    recordValue([
      ['dialNumber', textValue(o.dialNumber)],
      ['queue', o.queue === undefined ? undefined : literal(o.queueName === undefined ? { id: o.queue } : { id: o.queue, name: o.queueName })],
      ['ani', optionalLiteral(o.ani)],
      ['aniVariable', o.aniVariable && first(referencedVariable(o.aniVariable, 'string'), templateValue(o.aniVariable))],
    ]),
  resources: (o) => idRef('queue', o.queue, ['queue']),
  ports: () => ['default', 'failure'],
  requiredPorts: () => ['default'],
  templates: (o) => [o.dialNumber, ...(o.aniVariable ? [o.aniVariable] : [])],
  outputs: ['FailureCode', 'FailureDescription'],
  webex: { activityName: 'callback', activityId: catalogueId('callback'), group: 'action', description: true },
  summary: (o) => ['call back', { template: o.dialNumber }],
  simulate: (o, call) => {
    call.callback(call.render(o.dialNumber), o.queue);
    return { port: 'default' };
  },
  toWebex: (o, exported) => {
    const radio = o.queue === undefined ? null : 'singleQueue';
    // 2022 exports (CARS) have no destination toggle and no ANI; some write an unset ANI as "".
    const legacy = exported !== undefined && !('toggleCallbackDestination' in exported);
    const unsetAni = exported?.['callbackAni'] === '' ? '' : null;
    return {
      callbackDn: renderText(o.dialNumber),
      ...(legacy ? {} : { toggleCallbackDestination: o.queue !== undefined }),
      callbackQueue: o.queue ?? null,
      ...(o.queueName ? { 'callbackQueue:name': o.queueName, callbackQueue_name: o.queueName } : {}),
      'callbackQueue:radioName': radio,
      callbackQueue_radioName: radio,
      ...(legacy ? {} : o.aniVariable ? { callbackAni: renderText(o.aniVariable), ...radioShadows('callbackAni', 'variableAni') } : { callbackAni: o.ani ?? unsetAni, ...radioShadows('callbackAni', 'staticAni') }),
    };
  },
  fromWebex: (p) => {
    const dialNumber = textTemplate(p['callbackDn']);
    if (!dialNumber) return undefined;
    const queue = p['callbackQueue'];
    const ani = p['callbackAni'];
    if (queue !== null && queue !== undefined && (typeof queue !== 'string' || p['callbackQueue:radioName'] !== 'singleQueue')) return undefined;
    const queueName = p['callbackQueue:name'];
    if (queueName !== undefined && (typeof queueName !== 'string' || !queueName || p['callbackQueue_name'] !== queueName)) return undefined;
    const aniRadio = p['callbackAni:radioName'] ?? 'staticAni';
    if (aniRadio === 'variableAni') {
      const aniVariable = textTemplate(ani);
      return aniVariable && ani !== '' ? defined({ dialNumber, queue: queue || undefined, queueName, aniVariable }) : undefined;
    }
    if (ani !== null && ani !== undefined && (typeof ani !== 'string' || aniRadio !== 'staticAni')) return undefined;
    return defined({ dialNumber, queue: queue || undefined, queueName, ani: ani || undefined });
  },
});
