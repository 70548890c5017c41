/**
 * HTTP Request (`http-request-v2`) through a Control Hub connector. Webex facts
 * (docs/webex-flow-format.md §7.5, docs/webex-activities-and-api.md §1.4): one exit, `default`
 * (57/57 real widgets): a failure is seen by a later decision on `<name>.httpStatusCode`; retries
 * apply to 5xx only; response timeout default 2000 ms; the connector supplies the domain and the
 * credentials (BasicAuth lives in Webex, never in the flow). Key set from ZD24 `LookupUser` and
 * `PostComments`; ZD24 writes timeout and retries as strings ("5000", "2"). Flow Designer also
 * stores a body as a JSON object of templates (13 of 57 corpus requests, CARS `SMS_Deflect_1`):
 * read as a `fields` body and written back as that object.
 */
import { z } from 'zod';
import { renderJsonStringContent, renderText } from '../ir/template.js';
import type { Template } from '../ir/types.js';
import { defineActivity } from './define-activity.js';
import { DESCRIBED_KEYS, defineFactory, type Chain, type Described, type Target, type Text, type TextTemplate, type Variable, type OutputRef, outputRef } from './shared/factory.js';
import { compact, isTextTemplate, outputMappings, textRecord, toTemplate } from './shared/factory-input.js';
import { listValue, literal, optionalLiteral, mappingsValue, recordValue, templateValue, textRecordValue, textValue, type PrintedEntry, type PrintedInput, type PrintedValue } from './shared/print-input.js';
import { namedRef, namedResourceSchema } from './shared/resources.js';
import type { HttpCall } from './shared/simulation.js';
import { resourceSchema, templateSchema, variableNameSchema } from './shared/schemas.js';
import { defined, numberOf, templateRecord, textTemplate } from './shared/from-webex.js';
import { selectShadows } from './shared/shadow-keys.js';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * A JSON request body as a tagged tree, so that no user key (not even `parts`) can be mistaken for
 * a runtime template: literals, runtime text (escaped for JSON at call time), arrays, objects.
 */
export type JsonBody =
  | { text: Template }
  | { literal: string | number | boolean | null }
  | { template: Template }
  | { array: JsonBody[] }
  | { object: Record<string, JsonBody> };

const jsonBody: z.ZodType<JsonBody> = z.lazy(() =>
  z.union([
    z.strictObject({ text: templateSchema }),
    z.strictObject({ literal: z.union([z.string(), z.number(), z.boolean(), z.null()]) }),
    z.strictObject({ template: templateSchema }),
    z.strictObject({ array: z.array(jsonBody) }),
    z.strictObject({ object: z.record(z.string(), jsonBody) }),
  ]),
);

/**
 * A request body: a JSON tree (sent as JSON text), or `fields`, a flat object of templates that
 * Flow Designer stores as an object rather than as text (CARS).
 */
export type HttpBody = JsonBody | { fields: Record<string, Template> };

const httpBody: z.ZodType<HttpBody> = z.union([jsonBody, z.strictObject({ fields: z.record(z.string(), templateSchema) })]);

const options = z.strictObject({
  /** The Control Hub connector (id + display name) that holds the base URL and credentials. */
  connector: namedResourceSchema.optional(),
  method: z.enum(HTTP_METHODS).default('GET'),
  /** Path relative to the connector's base URL. */
  path: templateSchema.optional(),
  /** A full URL, for an unauthenticated endpoint without a connector (42 of 57 corpus requests). */
  url: templateSchema.optional(),
  query: z.record(z.string(), templateSchema).default({}),
  headers: z.record(z.string(), templateSchema).default({}),
  body: httpBody.optional(),
  /** Milliseconds before the request is abandoned. */
  timeoutMs: z.number().int().min(100).max(60000).default(2000),
  /** Retries on a 5xx answer. */
  retries: z.number().int().min(0).max(5).default(1),
  /** Response mapping: JSONPath on the response body → flow variable. */
  outputs: z.array(z.strictObject({ variable: variableNameSchema, path: z.string().min(1) })).default([]),
}).superRefine((o, ctx) => {
  if (o.url === undefined && (o.connector === undefined || o.path === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['connector'], message: 'give a connector and a path, or a full url' });
  }
  if (o.url !== undefined && (o.connector !== undefined || o.path !== undefined)) {
    ctx.addIssue({ code: 'custom', path: ['url'], message: 'a request goes through a connector (connector + path) or to a url, not both' });
  }
});
export type HttpRequestOptions = z.infer<typeof options>;

function bodyTemplates(body: HttpBody | undefined, into: Template[]): Template[] {
  if (body === undefined) return into;
  if ('fields' in body) into.push(...Object.values(body.fields));
  if ('template' in body) into.push(body.template);
  else if ('text' in body) into.push(body.text);
  else if ('array' in body) for (const item of body.array) bodyTemplates(item, into);
  else if ('object' in body) for (const item of Object.values(body.object)) bodyTemplates(item, into);
  return into;
}

/** JSON text of the body; template leaves become JSON strings whose holes Pebble escapes at run time. */
function bodyText(body: JsonBody): string {
  // A body written as text (as imported, or JSON with Pebble of its own) is sent as it is.
  if ('text' in body) return renderText(body.text);
  if ('template' in body) return `"${renderJsonStringContent(body.template)}"`;
  if ('array' in body) return `[${body.array.map(bodyText).join(', ')}]`;
  if ('object' in body) return `{${Object.entries(body.object).map(([k, v]) => `${JSON.stringify(k)}: ${bodyText(v)}`).join(', ')}}`;
  return JSON.stringify(body.literal);
}

/** Flow Designer's empty mapping row, which maps nothing (CARS, ZD22 `PostComments`). */
const isPlaceholder = (m: unknown): boolean =>
  typeof m === 'object' && m !== null && (m as { jsonPathExp?: unknown }).jsonPathExp === '';

/** The mappings, with the exported placeholder rows kept when the real mappings are unchanged. */
function withPlaceholders(rows: { outputVariable: string; jsonPathExp: string }[], exported?: Readonly<Record<string, unknown>>): unknown[] {
  const old = exported?.['outputVariableArray'];
  if (!Array.isArray(old) || !old.some(isPlaceholder)) return rows;
  const real = old.filter((m) => !isPlaceholder(m));
  return JSON.stringify(real) === JSON.stringify(rows) ? old : rows;
}

/** The exported "" or null parse type of a request without response mappings. */
function unsetContentType(o: { outputs: readonly unknown[] }, exported?: Readonly<Record<string, unknown>>): '' | null | undefined {
  const old = exported?.['contentType'];
  return o.outputs.length === 0 && (old === '' || old === null) ? old : undefined;
}

const mapValues = (record: Record<string, Template>): Record<string, string> =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, renderText(v)]));

export interface ConnectorRef {
  /** The connector's id in Control Hub. */
  id: string;
  /** Its display name in Control Hub. */
  name: string;
}

export type BodyValue = string | number | boolean | null | TextTemplate | readonly BodyValue[] | { readonly [key: string]: BodyValue };

/** Where the request goes: through a Control Hub connector, with a path relative to its base URL. */
export interface HttpViaConnector {
  /** The Control Hub connector (`f.connector(…)`), with `path`; required unless `url` is given. */
  connector: ConnectorRef;
  /** Path relative to the connector's base URL; required with `connector`. */
  path: Text;
  url?: never;
}

/** Where the request goes: a full URL, for an unauthenticated endpoint without a connector. */
export interface HttpToUrl {
  /** A full URL (`https://…`) instead of `connector` + `path`, for an endpoint without credentials. */
  url: Text;
  connector?: never;
  path?: never;
}

/** A JSON body built from a value. */
export interface HttpJsonBody {
  /** JSON body; strings made with `text` are escaped for JSON at run time. */
  body?: BodyValue;
  bodyText?: never;
  bodyFields?: never;
}

/** A body written as text, as Flow Designer's body box holds it. */
export interface HttpTextBody {
  /** Instead of `body`: the body as text (Flow Designer's body box), sent as written, not escaped. */
  bodyText: Text;
  body?: never;
  bodyFields?: never;
}

/** A body of fields, which Flow Designer stores as an object of templates rather than as text (CARS). */
export interface HttpFieldsBody {
  /** Instead of `body`: field name → text, stored by Flow Designer as an object of templates. */
  bodyFields: Readonly<Record<string, Text>>;
  body?: never;
  bodyText?: never;
}

/** An option left out takes the default of the kind's schema (`options` above). */
export interface HttpRequestCommon extends Described {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Readonly<Record<string, Text>>;
  headers?: Readonly<Record<string, Text>>;
  /** Milliseconds before the request is abandoned. */
  timeoutMs?: number;
  /** Retries on a 5xx answer. */
  retries?: number;
  /** JSONPath on the response body → variable. */
  outputs?: readonly { variable: Variable; path: string }[];
}

/** A request through a connector (`connector` + `path`) or to a full `url`; a JSON `body`, a `bodyText` or `bodyFields`. */
export type HttpRequestInput = HttpRequestCommon & (HttpViaConnector | HttpToUrl) & (HttpJsonBody | HttpTextBody | HttpFieldsBody);

export interface HttpRequestHandle extends Target, Chain<'default'> {
  /** `<name>.httpStatusCode`: 200 on success; test it in a condition, HTTP Request has no error exit. */
  readonly statusCode: OutputRef<'integer'>;
  /** `<name>.httpResponseBody`. */
  readonly responseBody: OutputRef<'string'>;
}

/** A factory's JSON body → the body option (templates kept as templates, escaped at run time). */
export function bodyToIr(value: BodyValue): JsonBody {
  if (isTextTemplate(value)) return { template: value.template };
  if (Array.isArray(value)) return { array: value.map(bodyToIr) };
  if (value !== null && typeof value === 'object') {
    return { object: Object.fromEntries(Object.entries(value as Record<string, BodyValue>).map(([k, v]) => [k, bodyToIr(v)])) };
  }
  return { literal: value as string | number | boolean | null };
}

/** A JSON body as the factory's `body` takes it (strings made with `text` are runtime text). */
function printBody(body: HttpBody): PrintedValue | undefined {
  if ('literal' in body) return literal(body.literal);
  if ('template' in body) return templateValue(body.template);
  if ('array' in body) {
    const items = body.array.map(printBody);
    return items.every((i) => i !== undefined) ? listValue(items as PrintedValue[]) : undefined;
  }
  if ('object' in body) {
    const entries = Object.entries(body.object).map(([k, v]) => [k, printBody(v)] as const);
    return entries.every(([, v]) => v !== undefined) ? recordValue(entries) : undefined;
  }
  return undefined;
}

/** The factory's `body`, `bodyText` or `bodyFields` → the body option. */
function inputBody(input: HttpJsonBody | HttpTextBody | HttpFieldsBody): HttpBody | undefined {
  if (input.bodyText !== undefined) return { text: toTemplate(input.bodyText) };
  if (input.bodyFields !== undefined) return { fields: textRecord(input.bodyFields)! };
  return input.body === undefined ? undefined : bodyToIr(input.body);
}

/** A body as the factory takes it: a JSON value as `body`, Flow Designer's text as `bodyText`, its fields as `bodyFields`. */
function printBodyEntry(body: HttpBody | undefined): PrintedEntry | undefined {
  if (body === undefined) return ['body', undefined];
  if ('text' in body) return ['bodyText', textValue(body.text)];
  if ('fields' in body) return ['bodyFields', textRecordValue(body.fields)];
  const printed = printBody(body);
  return printed === undefined ? undefined : ['body', printed];
}

/** The factory takes a request through a connector (with its id) or to a full `url`. */
function printHttpRequest(o: HttpRequestOptions): PrintedInput | undefined {
  const id = o.connector?.id;
  const connected = id !== undefined && o.path !== undefined && o.url === undefined;
  if (!connected && (o.url === undefined || o.connector !== undefined || o.path !== undefined)) return undefined;
  const body = printBodyEntry(o.body);
  if (body === undefined) return undefined;
  return recordValue([
    ['connector', connected ? literal({ id, name: o.connector!.name }) : undefined],
    ['url', o.url === undefined ? undefined : textValue(o.url)],
    ['method', literal(o.method)],
    ['path', connected ? textValue(o.path!) : undefined],
    ['query', Object.keys(o.query).length ? textRecordValue(o.query) : undefined],
    ['headers', Object.keys(o.headers).length ? textRecordValue(o.headers) : undefined],
    body,
    ['timeoutMs', literal(o.timeoutMs)],
    ['retries', literal(o.retries)],
    ['outputs', o.outputs.length ? mappingsValue(o.outputs) : undefined],
  ]);
}

export const httpRequest = defineActivity({
  kind: 'http-request',
  options,
  factory: defineFactory<{
    /** HTTP Request through a Control Hub connector (`f.connector(…)`) or to a full `url`; map the answer with `outputs`. */
    httpRequest(name: string, input: HttpRequestInput): HttpRequestHandle;
  }>()({
    method: 'httpRequest',
    inputKeys: [...DESCRIBED_KEYS, 'connector', 'url', 'method', 'path', 'query', 'headers', 'body', 'bodyText', 'bodyFields', 'timeoutMs', 'retries', 'outputs'],
    options: (input) =>
      compact({
        connector: input.connector === undefined ? undefined : { id: input.connector.id, name: input.connector.name },
        url: input.url === undefined ? undefined : toTemplate(input.url),
        method: input.method,
        path: input.path === undefined ? undefined : toTemplate(input.path),
        query: textRecord(input.query),
        headers: textRecord(input.headers),
        body: inputBody(input),
        timeoutMs: input.timeoutMs,
        retries: input.retries,
        outputs: outputMappings(input.outputs),
      }),
    mainPort: 'default',
    handle: (name) => ({ statusCode: outputRef(`${name}.httpStatusCode`, 'integer'), responseBody: outputRef(`${name}.httpResponseBody`) }),
  }),
  printInput: (o) => printHttpRequest(o),
  resources: (o) => namedRef('connector', o, 'connector'),
  ports: () => ['default'],
  requiredPorts: () => ['default'],
  templates: (o) => [...(o.path ? [o.path] : []), ...(o.url ? [o.url] : []), ...Object.values(o.query), ...Object.values(o.headers), ...bodyTemplates(o.body, [])],
  writes: (o) => o.outputs.map((m) => m.variable),
  outputs: ['httpStatusCode', 'httpResponseBody', 'httpResponseHeaders'],
  webex: { activityName: 'http-request-v2', activityId: 'http-request-v2', group: 'action', description: true },
  summary: (o) => [o.method, { template: o.path ?? o.url! }],
  // One attempt, then a retry per 5xx answer up to `retries` (Webex retries nothing else); the
  // response maps into variables by JSONPath; a path that matches nothing leaves the variable as it was.
  simulate: async (o, call) => {
    const body = o.body === undefined ? undefined : 'fields' in o.body ? JSON.stringify(Object.fromEntries(Object.entries(o.body.fields).map(([k, v]) => [k, call.render(v)]))) : call.renderText(bodyText(o.body));
    const request: HttpCall = {
      method: o.method,
      ...(o.connector ? { connector: o.connector } : {}),
      target: call.render((o.path ?? o.url)!),
      query: Object.entries(o.query).map(([k, v]): [string, string] => [k, call.render(v)]),
      headers: Object.fromEntries(Object.entries(o.headers).map(([k, v]) => [k, call.render(v)])),
      ...(body === undefined ? {} : { body, contentType: 'application/json' }),
      timeoutMs: o.timeoutMs,
    };
    let answer = await call.http(request);
    for (let retry = 0; retry < o.retries && answer.status >= 500; retry++) answer = await call.http(request);
    call.output('httpStatusCode', answer.status);
    call.output('httpResponseBody', answer.body);
    call.output('httpResponseHeaders', { ...answer.headers });
    let document: unknown;
    try {
      document = o.outputs.length > 0 && answer.body !== '' ? JSON.parse(answer.body) : undefined;
    } catch {
      document = undefined; // not JSON: nothing is mapped
    }
    for (const mapping of document === undefined ? [] : o.outputs) {
      const found = call.selectJson(document, mapping.path);
      if (found) call.write(mapping.variable, found.value);
    }
    return { port: 'default' };
  },
  toWebex: (o, exported) => ({
    authenticated: o.connector !== undefined,
    connectorId: o.connector?.id ?? null,
    ...selectShadows('connectorId', o.connector?.name ?? null, false),
    httpRequestUrl: o.url ? renderText(o.url) : null,
    httpRequestPath: o.path ? renderText(o.path) : null,
    httpRequestMethod: o.method,
    ...selectShadows('httpRequestMethod', o.method, true),
    httpQueryParameters: mapValues(o.query),
    httpRequestHeaders: mapValues(o.headers),
    ...(o.body === undefined ? {} : { httpRequestBody: 'fields' in o.body ? mapValues(o.body.fields) : bodyText(o.body) }),
    httpRequestBodyFiles: null,
    httpContentType: 'Application/JSON',
    ...selectShadows('httpContentType', 'Application/JSON', true),
    // Exports without response mappings leave the parse type unset ("" or null, or no key at all).
    ...(exported !== undefined && o.outputs.length === 0 && !('contentType' in exported) ? {} : { contentType: unsetContentType(o, exported) ?? 'JSON' }),
    ...selectShadows('contentType', 'JSON', true),
    httpResponseTimeout: String(o.timeoutMs),
    retryAttempts: String(o.retries),
    outputVariableArray: withPlaceholders(o.outputs.map((m) => ({ outputVariable: m.variable, jsonPathExp: m.path })), exported),
  }),
  fromWebex: (p) => {
    const method = p['httpRequestMethod'];
    const query = templateRecord(p['httpQueryParameters']);
    const headers = templateRecord(p['httpRequestHeaders']);
    const outputs = Array.isArray(p['outputVariableArray']) ? p['outputVariableArray'] : [];
    // Flow Designer's empty mapping row ({"outputVariable": "Select", "jsonPathExp": ""}) maps nothing.
    const mappings = outputs.filter((m: { jsonPathExp?: unknown }) => typeof m?.jsonPathExp === 'string' && m.jsonPathExp !== '');
    const body = p['httpRequestBody'];
    const fields = typeof body === 'object' && body !== null ? templateRecord(body) : undefined;
    if (typeof method !== 'string' || !query || !headers || (body !== undefined && body !== null && typeof body !== 'string' && !fields)) return undefined;
    const connected = p['authenticated'] === true && typeof p['connectorId'] === 'string';
    return defined({
      connector: connected ? { id: p['connectorId'], name: p['connectorId:name'] ?? p['connectorId'] } : undefined,
      path: connected ? textTemplate(p['httpRequestPath'] ?? '') : undefined,
      url: connected ? undefined : textTemplate(p['httpRequestUrl']),
      method,
      query,
      headers,
      body: typeof body === 'string' ? { text: textTemplate(body) } : fields ? { fields } : undefined,
      timeoutMs: numberOf(p['httpResponseTimeout']),
      retries: numberOf(p['retryAttempts']),
      outputs: mappings.map((m: { outputVariable: unknown; jsonPathExp: unknown }) => ({ variable: m.outputVariable, path: m.jsonPathExp })),
    });
  },
  settings: {
    request: (o) => ({ headers: o.headers, query: o.query, ...(o.path ? { target: { template: o.path, is: 'path' as const } } : o.url ? { target: { template: o.url, is: 'URL' as const } } : {}) }),
    // Flow Designer: HTTP Response Timeout "any value", so only > 0 (docs/webex-activities-and-api.md §1.4).
    ranges: [
      { key: 'httpResponseTimeout', min: 1, max: Infinity, integer: true, label: 'response timeout (ms)' },
      { key: 'retryAttempts', min: 0, max: Infinity, integer: true, label: 'retries' },
    ],
  },
});
