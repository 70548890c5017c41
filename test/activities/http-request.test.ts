/** http-request (http-request-v2): options → Webex properties (ZD24 `LookupUser`), ports, templates, and what zod refuses. */
import { describe, expect, it } from 'vitest';
import { httpRequest } from '../../src/activities/http-request.js';
import { buildFlow, defineFlow, text, z } from '../../src/index.js';
import { onSharedKeys, zd24Properties } from '../harness/rules.js';

const lit = (s: string) => ({ parts: [{ text: s }] });
const zendesk = { id: '7633882a-e9fb-458b-a4b2-293d53fe39ea', name: 'HubSpotCRM' };

/**
 * Test shorthand: plain JSON → the tagged body tree of the IR, reading `{ parts: [{…}] }` objects
 * as runtime templates (the IR itself never guesses; see the "parts" tests below).
 */
function tag(value: unknown): unknown {
  if (Array.isArray(value)) return { array: value.map(tag) };
  if (value !== null && typeof value === 'object') {
    const parts = (value as { parts?: unknown }).parts;
    if (Object.keys(value).length === 1 && Array.isArray(parts) && parts.every((p) => typeof p === 'object')) return { template: value };
    return { object: Object.fromEntries(Object.entries(value).map(([k, v]) => [k, tag(v)])) };
  }
  return { literal: value };
}
const webex = (input: unknown) => httpRequest.toWebex(httpRequest.options.parse(input));
const issues = (input: unknown) => (httpRequest.options.safeParse(input).error?.issues ?? []).map((i) => ({ code: i.code, path: i.path }));

/** The keys that depend only on the connector and the method. */
const fixed = () => ({
  authenticated: true,
  connectorId: zendesk.id,
  'connectorId:type': null,
  connectorId_type: null,
  'connectorId:name': zendesk.name,
  connectorId_name: zendesk.name,
  httpRequestUrl: null,
});
const contentTypes = {
  httpRequestBodyFiles: null,
  httpContentType: 'Application/JSON',
  'httpContentType:type': null,
  httpContentType_type: null,
  'httpContentType:name': 'Application/JSON',
  httpContentType_name: 'Application/JSON',
  'httpContentType:name:name': 'Application/JSON',
  'httpContentType_name:name': 'Application/JSON',
  contentType: 'JSON',
  'contentType:type': null,
  contentType_type: null,
  'contentType:name': 'JSON',
  contentType_name: 'JSON',
  'contentType:name:name': 'JSON',
  'contentType_name:name': 'JSON',
};
const method = (m: string) => ({
  httpRequestMethod: m,
  'httpRequestMethod:type': null,
  httpRequestMethod_type: null,
  'httpRequestMethod:name': m,
  httpRequestMethod_name: m,
  'httpRequestMethod:name:name': m,
  'httpRequestMethod_name:name': m,
});

describe('http-request', () => {
  it.each([
    [
      'a GET with defaults',
      { connector: zendesk, path: lit('/api/v2/users/search.json') },
      {
        ...fixed(),
        httpRequestPath: '/api/v2/users/search.json',
        ...method('GET'),
        httpQueryParameters: {},
        httpRequestHeaders: {},
        ...contentTypes,
        httpResponseTimeout: '2000',
        retryAttempts: '1',
        outputVariableArray: [],
      },
    ],
    [
      'a GET with a query template, a header, timeout, retries and an output mapping',
      {
        connector: zendesk,
        path: { parts: [{ text: '/api/v2/users/' }, { ref: 'userID' }, { text: '.json' }] },
        query: { query: { parts: [{ text: 'type:user ' }, { ref: 'NewPhoneContact.ANI' }] } },
        headers: { Accept: lit('application/json') },
        timeoutMs: 5000,
        retries: 2,
        outputs: [
          { variable: 'userID', path: '$.users[0].id' },
          { variable: 'userName', path: '$.users[0].name' },
        ],
      },
      {
        ...fixed(),
        httpRequestPath: '/api/v2/users/{{userID}}.json',
        ...method('GET'),
        httpQueryParameters: { query: 'type:user {{NewPhoneContact.ANI}}' },
        httpRequestHeaders: { Accept: 'application/json' },
        ...contentTypes,
        httpResponseTimeout: '5000',
        retryAttempts: '2',
        outputVariableArray: [
          { outputVariable: 'userID', jsonPathExp: '$.users[0].id' },
          { outputVariable: 'userName', jsonPathExp: '$.users[0].name' },
        ],
      },
    ],
    [
      'a PUT with a JSON body whose template leaves are JSON-escaped at build and at run time',
      {
        connector: zendesk,
        method: 'PUT',
        path: lit('/api/v2/tickets/1.json'),
        body: tag({ ticket: { comment: { body: { parts: [{ text: 'Caller "' }, { ref: 'userName' }, { text: '" called' }] }, public: false }, tags: ['ivr', 1, null] } }),
        retries: 0,
      },
      {
        ...fixed(),
        httpRequestPath: '/api/v2/tickets/1.json',
        ...method('PUT'),
        httpQueryParameters: {},
        httpRequestHeaders: {},
        httpRequestBody: '{"ticket": {"comment": {"body": "Caller \\"{{userName | escape(\'json\')}}\\" called", "public": false}, "tags": ["ivr", 1, null]}}',
        ...contentTypes,
        httpResponseTimeout: '2000',
        retryAttempts: '0',
        outputVariableArray: [],
      },
    ],
  ])('%s', (_, input, expected) => {
    expect(webex(input)).toStrictEqual(expected);
  });

  it('writes a body that is valid JSON once its holes are filled', () => {
    const out = webex({ connector: zendesk, method: 'POST', path: lit('/x'), body: tag({ a: [lit('line\nbreak'), { b: true }], c: 'plain "quoted"' }) });
    expect(JSON.parse(out['httpRequestBody'] as string)).toStrictEqual({ a: ['line\nbreak', { b: true }], c: 'plain "quoted"' });
  });

  it('has one port, default, which is required; outputs are the status, body and headers', () => {
    const o = httpRequest.options.parse({ connector: zendesk, path: lit('/x') });
    expect(httpRequest.ports(o)).toStrictEqual(['default']);
    expect(httpRequest.requiredPorts(o)).toStrictEqual(['default']);
    expect(httpRequest.outputs).toStrictEqual(['httpStatusCode', 'httpResponseBody', 'httpResponseHeaders']);
    expect(httpRequest.webex).toStrictEqual({ activityName: 'http-request-v2', activityId: 'http-request-v2', group: 'action', description: true });
  });

  it('lists the templates of path, query, headers and body, and the variables its outputs write', () => {
    const path = { parts: [{ ref: 'p' }] };
    const q = { parts: [{ ref: 'q' }] };
    const h = { parts: [{ ref: 'h' }] };
    const b = { parts: [{ ref: 'b' }] };
    const o = httpRequest.options.parse({ connector: zendesk, method: 'POST', path, query: { q }, headers: { h }, body: tag({ x: [b] }), outputs: [{ variable: 'out', path: '$.x' }] });
    expect(httpRequest.templates(o)).toStrictEqual([path, q, h, b]);
    expect(httpRequest.writes(o)).toStrictEqual(['out']);
  });

  it.each([
    ['a timeout of 99 ms', { timeoutMs: 99 }, { code: 'too_small', path: ['timeoutMs'] }],
    ['a timeout of 60001 ms', { timeoutMs: 60001 }, { code: 'too_big', path: ['timeoutMs'] }],
    ['a fractional timeout', { timeoutMs: 1500.5 }, { code: 'invalid_type', path: ['timeoutMs'] }],
    ['−1 retries', { retries: -1 }, { code: 'too_small', path: ['retries'] }],
    ['6 retries', { retries: 6 }, { code: 'too_big', path: ['retries'] }],
    ['the method HEAD', { method: 'HEAD' }, { code: 'invalid_value', path: ['method'] }],
    ['a connector without an id', { connector: { id: '', name: 'Z' } }, { code: 'too_small', path: ['connector', 'id'] }],
    ['a plain-string path', { path: '/x' }, { code: 'invalid_type', path: ['path'] }],
    ['an output with an empty JSONPath', { outputs: [{ variable: 'x', path: '' }] }, { code: 'too_small', path: ['outputs', 0, 'path'] }],
    ['an output into an invalid variable name', { outputs: [{ variable: 'my-var', path: '$' }] }, { code: 'invalid_format', path: ['outputs', 0, 'variable'] }],
    ['an unknown option', { uri: 'https://x' }, { code: 'unrecognized_keys', path: [] }],
    ['both a connector path and a url', { url: lit('https://x') }, { code: 'custom', path: ['url'] }],
  ])('rejects %s', (_, overrides, issue) => {
    expect(issues({ connector: zendesk, path: lit('/x'), ...overrides })).toContainEqual(issue);
  });

  it('accepts what the builder passes', () => {
    const flow = defineFlow({ name: 'Agree', params: z.object({}) }, (f) => {
      const id = f.variable('userID', 'string');
      const api = f.connector({ ...zendesk, baseUrl: 'https://acme.zendesk.com' });
      const put = f.httpRequest('Put', {
        connector: api,
        method: 'PUT',
        path: text`/api/v2/tickets/${id}.json`,
        query: { a: 'b' },
        headers: { Accept: 'application/json' },
        body: { ticket: { comment: { body: text`Hi ${id}`, public: false } }, n: 1, list: [null, true] },
        timeoutMs: 5000,
        retries: 2,
        outputs: [{ variable: id, path: '$.id' }],
      });
      f.start.then(put).then(f.disconnect('Bye'));
    });
    const [put] = buildFlow(flow, {}).ir.activities.filter((x) => x.kind === 'http-request');
    expect(httpRequest.options.safeParse(put!.options).success).toBe(true);
  });

  // Regression: the body is a tagged tree, so a JSON object whose only key is `parts` (valid JSON
  // an API may expect) is never taken for a runtime template.
  it('sends a JSON body whose only key is "parts" as that object', () => {
    const out = webex({ connector: zendesk, method: 'POST', path: lit('/x'), body: { object: { parts: { array: [] } } } });
    expect(out['httpRequestBody']).toBe('{"parts": []}');
  });
  it('a DSL body { parts: ["a", "b"] } is sent as that JSON object', () => {
    const flow = defineFlow({ name: 'Parts', params: z.object({}) }, (f) => {
      const api = f.connector({ ...zendesk, baseUrl: 'https://acme.zendesk.com' });
      f.start.then(f.httpRequest('Post', { connector: api, method: 'POST', path: '/x', body: { parts: ['a', 'b'] } })).then(f.disconnect('Bye'));
    });
    const post = buildFlow(flow, {}).ir.activities.find((x) => x.name === 'Post')!;
    const o = httpRequest.options.parse(post.options);
    expect(httpRequest.templates(o)).toStrictEqual([lit('/x')]);
    expect(httpRequest.toWebex(o)['httpRequestBody']).toBe('{"parts": ["a", "b"]}');
  });

  it.skipIf(!zd24Properties('LookupUser'))('gives the values of ZD24 LookupUser on every shared key', () => {
    const input = {
      connector: zendesk,
      path: lit('/api/v2/users/search.json'),
      query: { query: { parts: [{ text: 'type:user ' }, { ref: 'NewPhoneContact.ANI' }] } },
      timeoutMs: 5000,
      retries: 2,
      outputs: [
        { variable: 'userID', path: '$.users[0].id' },
        { variable: 'userName', path: '$.users[0].name' },
      ],
    };
    const [ours, theirs] = onSharedKeys(webex(input), zd24Properties('LookupUser')!);
    expect(ours).toStrictEqual(theirs);
  });

  describe('object bodies and the exported shapes of CARS (2022–2023)', () => {
    /** CARS `SMS_Deflect_1`, the keys this module writes. */
    const smsDeflect = {
      authenticated: false,
      httpRequestUrl: 'https://hooks.imiconnect.com.au/events/YOURCONNECTEVENT',
      httpRequestMethod: 'POST',
      httpRequestBody: { phone: '{{NewPhoneContact.ANI|slice(1)}}', callType: '{{callType}}' },
      contentType: '',
      outputVariableArray: [{ outputVariable: 'Select', jsonPathExp: '' }],
    };

    it('reads an object body as fields and writes it back as an object', () => {
      const o = httpRequest.options.parse(httpRequest.fromWebex!({ ...smsDeflect, httpQueryParameters: {}, httpRequestHeaders: {}, httpResponseTimeout: 2000, retryAttempts: 1 }));
      expect(o.body).toStrictEqual({ fields: { phone: lit('{{NewPhoneContact.ANI|slice(1)}}'), callType: lit('{{callType}}') } });
      expect(httpRequest.templates(o)).toEqual(expect.arrayContaining([lit('{{callType}}')]));
      expect(httpRequest.toWebex(o)['httpRequestBody']).toStrictEqual(smsDeflect.httpRequestBody);
    });

    it('keeps the placeholder mapping row and the unset parse type of the export it was read from', () => {
      const o = httpRequest.options.parse({ url: lit(smsDeflect.httpRequestUrl), method: 'POST' });
      expect(httpRequest.toWebex(o, smsDeflect)).toEqual(expect.objectContaining({ contentType: '', outputVariableArray: smsDeflect.outputVariableArray }));
      const { contentType: _, ...withoutParseType } = smsDeflect;
      expect(httpRequest.toWebex(o, withoutParseType)).not.toHaveProperty('contentType');
      // Without an export (a flow written in flowgen) nothing changes.
      expect(httpRequest.toWebex(o)).toEqual(expect.objectContaining({ contentType: 'JSON', outputVariableArray: [] }));
    });

    it('the DSL takes a full url and bodyFields, and builds the options the import reads', () => {
      const flow = defineFlow({ name: 'Deflect', params: z.object({}) }, (f) => {
        const callType = f.variable('callType', 'string');
        const post = f.httpRequest('SMS_Deflect_1', {
          url: smsDeflect.httpRequestUrl,
          method: 'POST',
          bodyFields: { phone: '{{NewPhoneContact.ANI|slice(1)}}', callType: text`${callType}` },
        });
        f.start.then(post).then(f.disconnect('Bye'));
      });
      const built = httpRequest.options.parse(buildFlow(flow, {}).ir.activities.find((x) => x.name === 'SMS_Deflect_1')!.options);
      const imported = httpRequest.options.parse(httpRequest.fromWebex!({ ...smsDeflect, httpQueryParameters: {}, httpRequestHeaders: {}, httpResponseTimeout: 2000, retryAttempts: 1 }));
      expect(built.connector).toBeUndefined();
      expect(httpRequest.toWebex(built, smsDeflect)).toStrictEqual(httpRequest.toWebex(imported, smsDeflect));
    });

    it('the DSL takes Flow Designer\'s text body as bodyText, sent as written', () => {
      const body = '{"ticket": {"comment": { "body": "{{ note }}" }}}';
      const flow = defineFlow({ name: 'Comment', params: z.object({}) }, (f) => {
        const api = f.connector({ ...zendesk, baseUrl: 'https://acme.zendesk.com' });
        f.start.then(f.httpRequest('Put', { connector: api, method: 'PUT', path: '/x', bodyText: body })).then(f.disconnect('Bye'));
      });
      const built = httpRequest.options.parse(buildFlow(flow, {}).ir.activities.find((x) => x.name === 'Put')!.options);
      const imported = httpRequest.options.parse(httpRequest.fromWebex!({ ...webex({ connector: zendesk, method: 'PUT', path: lit('/x') }), httpRequestBody: body }));
      expect(built.body).toStrictEqual({ text: lit(body) });
      expect(httpRequest.toWebex(built)).toStrictEqual(httpRequest.toWebex(imported));
      expect(httpRequest.toWebex(built)['httpRequestBody']).toBe(body);
    });

    it('rejects an object body with a non-text value', () => {
      expect(httpRequest.fromWebex!({ ...smsDeflect, httpRequestBody: { count: 2 } })).toBeUndefined();
    });
  });
});
