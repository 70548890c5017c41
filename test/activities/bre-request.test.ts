/** bre-request: a Business Rules Engine lookup (BRE template `BRERequest_6vy`). */
import { describe, expect, it } from 'vitest';
import { breRequest } from '../../src/activities/bre-request.js';
import { overlayShape } from '../../src/emit/webex/emit.js';

const t = (text: string) => ({ parts: [{ text }] });
const issues = (input: unknown) => (breRequest.options.safeParse(input).error?.issues ?? []).map((i) => ({ code: i.code, path: i.path }));

/** `BRERequest_6vy` as exported, common keys left out. */
const bre6vy = {
  outputVariableArray: [{ outputVariable: 'lookupValue', jsonPathExp: '$.customerType' }],
  httpResponseTimeout: '5000',
  httpQueryParameters: { context: '{{ breContext }}', ani: '{{ lookupKey }}' },
  retryAttempts: '3',
};

describe('bre-request', () => {
  it('writes the table first, then the keys, with timeout and retries as strings (defaults 2000 ms, 1)', () => {
    expect(breRequest.toWebex(breRequest.options.parse({ context: t('AreaCodes'), keys: { ani: { parts: [{ ref: 'lookupKey' }] } } }))).toStrictEqual({
      outputVariableArray: [],
      httpResponseTimeout: '2000',
      httpQueryParameters: { context: 'AreaCodes', ani: '{{lookupKey}}' },
      retryAttempts: '1',
    });
  });

  it('has one port, default; writes its mapped variables; offers the HTTP outputs', () => {
    const o = breRequest.options.parse(breRequest.fromWebex!(bre6vy));
    expect(breRequest.ports(o)).toStrictEqual(['default']);
    expect(breRequest.requiredPorts(o)).toStrictEqual(['default']);
    expect(breRequest.writes(o)).toStrictEqual(['lookupValue']);
    expect(breRequest.templates(o)).toStrictEqual([t('{{ breContext }}'), t('{{ lookupKey }}')]);
    expect(breRequest.outputs).toStrictEqual(['httpStatusCode', 'httpResponseBody', 'httpResponseHeaders']);
    expect(breRequest.webex).toStrictEqual({ activityName: 'bre-request', activityId: 'bre-request', group: 'action', description: true });
  });

  it('reads BRERequest_6vy and writes it back exactly over its exported shape', () => {
    const o = breRequest.options.parse(breRequest.fromWebex!(bre6vy));
    expect(o).toStrictEqual({ context: t('{{ breContext }}'), keys: { ani: t('{{ lookupKey }}') }, timeoutMs: 5000, retries: 3, outputs: [{ variable: 'lookupValue', path: '$.customerType' }] });
    expect(breRequest.toWebex(o)).toStrictEqual(bre6vy);
    expect(overlayShape(breRequest.toWebex(o, bre6vy) as never, bre6vy)).toStrictEqual(bre6vy);
  });

  it('leaves a request without a table raw', () => {
    expect(breRequest.fromWebex!({ ...bre6vy, httpQueryParameters: { ani: '{{ lookupKey }}' } })).toBeUndefined();
  });

  it.each([
    ['no table', { keys: {} }, { code: 'invalid_type', path: ['context'] }],
    ['the table given as a key', { context: t('x'), keys: { context: t('y') } }, { code: 'custom', path: ['keys', 'context'] }],
    ['a timeout under 100 ms', { context: t('x'), timeoutMs: 50 }, { code: 'too_small', path: ['timeoutMs'] }],
    ['a mapping to a bad variable name', { context: t('x'), outputs: [{ variable: '1x', path: '$.a' }] }, { code: 'invalid_format', path: ['outputs', 0, 'variable'] }],
    ['an unknown option', { context: t('x'), url: 'https://x' }, { code: 'unrecognized_keys', path: [] }],
  ])('rejects %s', (_, input, issue) => {
    expect(issues(input)).toContainEqual(issue);
  });
});
