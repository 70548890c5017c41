/**
 * Simulated HTTP: the request a Webex HTTP Request activity sends, matched against fixtures (first
 * match wins) or handed to a live transport supplied by the caller of the simulator (the engine
 * does no I/O itself). Fixture format (one YAML or JSON file, a list):
 * `[{ request: { method, url }, response: { status, headers?, body?, delayMs? } }]`, where `url`
 * is a glob on the request's path and query in which `*` matches any run of characters; it is
 * tried against the query as sent (`%3A`) and decoded (`:`). Two additions: `response.refused:
 * true` (the service is down: no answer at all) and `times: N` (the fixture answers N requests,
 * then lets later fixtures answer: a 500 then a 200).
 */
import type { HttpCall } from '../activities/shared/simulation.js';

export interface FixtureResponse {
  status: number;
  headers?: Record<string, string>;
  /** A JSON value (sent as JSON) or text. */
  body?: unknown;
  /** Milliseconds before the answer; past the activity's timeout, the request times out. */
  delayMs?: number;
  /** No answer at all: the connection is refused. */
  refused?: boolean;
}

export interface Fixture {
  request: { method: string; url: string };
  response: FixtureResponse;
  times?: number;
  /** Where the fixture was written (file and index), for messages. */
  source?: string;
}

/** The request as the simulator sees it. */
export interface PreparedRequest {
  method: string;
  /** The connector's name (its `--connector NAME=URL`), absent for a full-URL request. */
  connector?: { id?: string; name: string };
  /** Path and query as sent (`/api/v2/search.json?query=type%3Aticket`); a full URL without a connector. */
  url: string;
  /** Path and query, decoded (`query=type:ticket status<solved`), for globs and messages. */
  decodedUrl: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
}

/** What came back: an answer after `elapsedMs`, or nothing (refused). */
export type HttpExchange =
  | { status: number; headers: Record<string, string>; body: string; elapsedMs: number }
  | { refused: true; elapsedMs: number }
  /** No answer within the request's timeout. */
  | { timedOut: true };

/** A live connector: sends the request to its base URL (the transport honours the timeout). */
export type LiveTransport = (request: PreparedRequest, baseUrl: string) => Promise<HttpExchange>;

export function prepareRequest(call: HttpCall): PreparedRequest {
  const search = new URLSearchParams(call.query.map(([k, v]): [string, string] => [k, v])).toString();
  const target = call.connector && !call.target.startsWith('/') ? `/${call.target}` : call.target;
  const url = search ? `${target}${target.includes('?') ? '&' : '?'}${search}` : target;
  const decodedQuery = call.query.map(([k, v]) => `${k}=${v}`).join('&');
  const decodedUrl = decodedQuery ? `${target}${target.includes('?') ? '&' : '?'}${decodedQuery}` : target;
  const headers: Record<string, string> = { ...call.headers };
  if (call.body !== undefined && call.contentType && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['Content-Type'] = call.contentType;
  return {
    method: call.method,
    ...(call.connector ? { connector: call.connector } : {}),
    url,
    decodedUrl,
    headers,
    ...(call.body === undefined ? {} : { body: call.body }),
    timeoutMs: call.timeoutMs,
  };
}

function globRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*')}$`);
}

/** The path-and-query part of a full URL; a path stays as it is. */
function pathAndQuery(url: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*(.*)$/i.exec(url);
  return match ? match[1] || '/' : url;
}

export function fixtureMatches(fixture: Fixture, request: PreparedRequest): boolean {
  if (fixture.request.method.toUpperCase() !== request.method.toUpperCase()) return false;
  const pattern = globRegExp(pathAndQuery(fixture.request.url));
  return pattern.test(pathAndQuery(request.url)) || pattern.test(pathAndQuery(request.decodedUrl));
}

/** A set of fixtures with their remaining `times`, consulted in order. */
export class FixtureSet {
  private readonly remaining: (number | undefined)[];
  constructor(readonly fixtures: readonly Fixture[]) {
    this.remaining = fixtures.map((f) => f.times);
  }

  /** The first fixture that matches and has answers left, used up by one. */
  take(request: PreparedRequest): Fixture | undefined {
    for (const [index, fixture] of this.fixtures.entries()) {
      const left = this.remaining[index];
      if (left === 0 || !fixtureMatches(fixture, request)) continue;
      if (left !== undefined) this.remaining[index] = left - 1;
      return fixture;
    }
    return undefined;
  }
}

/** A fixture's answer as an exchange. */
export function fixtureExchange(fixture: Fixture): HttpExchange {
  const response = fixture.response;
  const elapsedMs = response.delayMs ?? 0;
  if (response.refused) return { refused: true, elapsedMs };
  const isText = typeof response.body === 'string';
  const headers: Record<string, string> = { ...(response.body === undefined || isText ? {} : { 'Content-Type': 'application/json' }), ...(response.headers ?? {}) };
  const body = response.body === undefined ? '' : isText ? (response.body as string) : JSON.stringify(response.body);
  return { status: response.status, headers, body, elapsedMs };
}
