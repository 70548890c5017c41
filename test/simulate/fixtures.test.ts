/** Fixture matching: method, a glob on path and query (encoded or decoded), first match wins, `times`; the file format. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFixtureFile } from '../../src/api/simulate-flow.js';
import { fixtureExchange, fixtureMatches, FixtureSet, prepareRequest, type Fixture } from '../../src/simulate/http.js';

const request = prepareRequest({ method: 'GET', connector: { id: 'c', name: 'Zendesk' }, target: 'api/v2/users/search.json', query: [['query', 'role:end-user phone:*4085551234']], headers: {}, timeoutMs: 3000 });
const fixture = (url: string, method = 'GET'): Fixture => ({ request: { method, url }, response: { status: 200 } });

describe('fixtureMatches', () => {
  it('adds the leading slash of a connector path and encodes the query as sent', () => {
    expect(request.url).toBe('/api/v2/users/search.json?query=role%3Aend-user+phone%3A*4085551234');
    expect(request.decodedUrl).toBe('/api/v2/users/search.json?query=role:end-user phone:*4085551234');
  });
  it.each([
    ['/api/v2/users/search.json*', true],
    ['/api/v2/users/search.json?query=role:end-user phone:*4085551234', true],
    ['/api/v2/users/search.json?query=role%3Aend-user+phone%3A*4085551234', true],
    ['*phone:*1234', true],
    ['/api/v2/users/search.json', false],
    ['/api/v2/users/*.json', false],
    ['https://acme.zendesk.com/api/v2/users/search.json*', true],
  ])('%s matches: %s', (url, matches) => {
    expect(fixtureMatches(fixture(url), request)).toBe(matches);
  });
  it('compares methods', () => {
    expect(fixtureMatches(fixture('*', 'PUT'), request)).toBe(false);
    expect(fixtureMatches(fixture('*', 'get'), request)).toBe(true);
  });
});

describe('FixtureSet', () => {
  it('takes the first match, honouring times', () => {
    const set = new FixtureSet([{ ...fixture('*'), response: { status: 500 }, times: 1 }, fixture('/api/*'), fixture('*')]);
    expect(set.take(request)?.response.status).toBe(500);
    expect(set.take(request)).toBe(set.fixtures[1]);
    expect(set.take(request)).toBe(set.fixtures[1]);
  });
  it('answers JSON bodies as JSON and text as text', () => {
    expect(fixtureExchange({ ...fixture('*'), response: { status: 200, body: { a: 1 } } })).toStrictEqual({ status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"a":1}', elapsedMs: 0 });
    expect(fixtureExchange({ ...fixture('*'), response: { status: 0, refused: true, delayMs: 5 } })).toStrictEqual({ refused: true, elapsedMs: 5 });
  });
});

describe('readFixtureFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'flowgen-fixtures-'));
  it('reads YAML and JSON lists', () => {
    writeFileSync(join(dir, 'a.yaml'), '- request: { method: GET, url: /x }\n  response: { status: 204 }\n');
    writeFileSync(join(dir, 'b.json'), '[{"request":{"method":"GET","url":"/y"},"response":{"status":200,"body":{"ok":true}}}]');
    expect(readFixtureFile('a.yaml', dir).fixtures.map((f) => f.response.status)).toStrictEqual([204]);
    expect(readFixtureFile('b.json', dir).fixtures[0]!.response.body).toStrictEqual({ ok: true });
  });
  it('reports a wrong shape (FG702) with where, and a missing file (FG004)', () => {
    writeFileSync(join(dir, 'bad.yaml'), '- request: { method: GET }\n  response: { status: 200 }\n');
    const bad = readFixtureFile('bad.yaml', dir).diagnostics;
    expect(bad.map((d) => [d.code, (d.location as { path?: string }).path])).toStrictEqual([['FG702', '$[0][request][url]']]);
    expect(readFixtureFile('missing.yaml', dir).diagnostics.map((d) => d.code)).toStrictEqual(['FG004']);
    writeFileSync(join(dir, 'junk.yaml'), 'a: [1, 2\n');
    expect(readFixtureFile('junk.yaml', dir).diagnostics.map((d) => d.code)).toStrictEqual(['FG702']);
  });
});
