/**
 * BRE Request (`bre-request`): a lookup in a Business Rules Engine table ("context") by key, with
 * the answer mapped into flow variables like an HTTP Request's response. Webex facts
 * (docs/webex-activities-and-api.md §1.4 "Wait, BRE Request, Functions"): response timeout default
 * 2000 ms. Facts from the only export, `BRERequest_6vy` in Cisco's BRE template (corpus
 * hnavilur…/bre-template__BRE_ANI_AreaCode_Template.json, 2024-10): activityId `bre-request` (a
 * slug, not a catalogue id), group `action`, one port `default` (wired; no error port, as HTTP
 * Request); the table and keys are the query parameters (`context` first, then the key:
 * `ani: "{{ lookupKey }}"`); `httpResponseTimeout` and `retryAttempts` are strings ("5000", "3");
 * `outputVariableArray` rows as HTTP Request's; the template reads `<name>.httpResponseBody`.
 * Retries default to HTTP Request's 1, which Cisco documents for the HTTP activity only.
 */
import { z } from 'zod';
import { renderText } from '../ir/template.js';
import type { Template } from '../ir/types.js';
import { defineActivity } from './define-activity.js';
import { DESCRIBED_KEYS, defineFactory, type Chain, type Described, type Target, type TextOrVariable, type OutputRef, outputRef } from './shared/factory.js';
import { compact, fieldTemplate, outputMappings, type OutputMapping } from './shared/factory-input.js';
import { literal, mappingsValue, recordValue, textRecordValue, textValue } from './shared/print-input.js';
import { defined, numberOf, templateRecord } from './shared/from-webex.js';
import { templateSchema, variableNameSchema } from './shared/schemas.js';

const options = z.strictObject({
  /** The rules table (BRE "context") to look in. */
  context: templateSchema,
  /** Key columns and their values, e.g. `{ ani: lookupKey }`. */
  keys: z.record(z.string(), templateSchema).default({}),
  /** Milliseconds before the request is abandoned. */
  timeoutMs: z.number().int().min(100).max(60000).default(2000),
  /** Retries on a server error. */
  retries: z.number().int().min(0).max(5).default(1),
  /** Response mapping: JSONPath on the answer → flow variable. */
  outputs: z.array(z.strictObject({ variable: variableNameSchema, path: z.string().min(1) })).default([]),
}).superRefine((o, ctx) => {
  if (Object.hasOwn(o.keys, 'context')) ctx.addIssue({ code: 'custom', path: ['keys', 'context'], message: '"context" names the table; give it as the context option, not as a key' });
});
export type BreRequestOptions = z.infer<typeof options>;

/** An option left out takes the default of the kind's schema (`options` above). */
export interface BreRequestInput extends Described {
  /** The Business Rules Engine table ("context") to look in. */
  context: TextOrVariable;
  /** Key columns and the values to look up, e.g. `{ ani: lookupKey }`. */
  keys?: Readonly<Record<string, TextOrVariable>>;
  /** Milliseconds before the request is abandoned. */
  timeoutMs?: number;
  /** Retries on a 5xx answer. */
  retries?: number;
  /** JSONPath on the answer → variable. */
  outputs?: readonly OutputMapping[];
}
export interface BreRequestHandle extends Target, Chain<'default'> {
  /** `<name>.httpStatusCode`. */
  readonly statusCode: OutputRef<'integer'>;
  /** `<name>.httpResponseBody`: the rule's answer. */
  readonly responseBody: OutputRef<'string'>;
}

export const breRequest = defineActivity({
  kind: 'bre-request',
  options,
  factory: defineFactory<{
    /** BRE Request: a Business Rules Engine lookup; map the answer with `outputs`. */
    breRequest(name: string, input: BreRequestInput): BreRequestHandle;
  }>()({
    method: 'breRequest',
    inputKeys: [...DESCRIBED_KEYS, 'context', 'keys', 'timeoutMs', 'retries', 'outputs'],
    options: (input) =>
      compact({
        context: fieldTemplate(input.context),
        keys: input.keys === undefined ? undefined : Object.fromEntries(Object.entries(input.keys).map(([k, v]) => [k, fieldTemplate(v)])),
        timeoutMs: input.timeoutMs,
        retries: input.retries,
        outputs: outputMappings(input.outputs),
      }),
    mainPort: 'default',
    handle: (name) => ({ statusCode: outputRef(`${name}.httpStatusCode`, 'integer'), responseBody: outputRef(`${name}.httpResponseBody`) }),
  }),
  printInput: (o) =>
    recordValue([['context', textValue(o.context)], ['keys', textRecordValue(o.keys)], ['timeoutMs', literal(o.timeoutMs)], ['retries', literal(o.retries)], ['outputs', mappingsValue(o.outputs)]]),
  ports: () => ['default'],
  requiredPorts: () => ['default'],
  templates: (o) => [o.context, ...Object.values(o.keys)],
  writes: (o) => o.outputs.map((m) => m.variable),
  outputs: ['httpStatusCode', 'httpResponseBody', 'httpResponseHeaders'],
  webex: { activityName: 'bre-request', activityId: 'bre-request', group: 'action', description: true },
  summary: (o) => [{ template: o.context }, ...(Object.keys(o.keys).length ? ['by', Object.keys(o.keys).join(', ')] : [])],
  // The rules table lives in Control Hub: the scenario's answer is the BRE response; mappings apply to it.
  simulate: (o, call) => {
    const answer = call.scenarioAnswer();
    if (!answer?.outputs) return call.unsupported(`the scenario gives no answer from the business rules table "${call.render(o.context)}"`);
    call.output('httpStatusCode', 200);
    call.output('httpResponseBody', JSON.stringify(answer.outputs));
    for (const mapping of o.outputs) {
      const found = call.selectJson(answer.outputs, mapping.path);
      if (found) call.write(mapping.variable, found.value);
    }
    return { port: 'default' };
  },
  toWebex: (o) => ({
    outputVariableArray: o.outputs.map((m) => ({ outputVariable: m.variable, jsonPathExp: m.path })),
    httpResponseTimeout: String(o.timeoutMs),
    httpQueryParameters: { context: renderText(o.context), ...Object.fromEntries(Object.entries(o.keys).map(([k, v]) => [k, renderText(v)])) },
    retryAttempts: String(o.retries),
  }),
  fromWebex: (p) => {
    const query = templateRecord(p['httpQueryParameters']);
    const rows = p['outputVariableArray'] ?? [];
    if (!query || query['context'] === undefined || !Array.isArray(rows)) return undefined;
    const { context, ...keys } = query;
    return defined({
      context: context as Template,
      keys,
      timeoutMs: numberOf(p['httpResponseTimeout']),
      retries: numberOf(p['retryAttempts']),
      outputs: rows.map((m: { outputVariable?: unknown; jsonPathExp?: unknown }) => ({ variable: m?.outputVariable, path: m?.jsonPathExp })),
    });
  },
});
