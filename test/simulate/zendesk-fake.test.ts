/**
 * The Zendesk IVR's scenarios (flows/zendesk-ivr.test.yaml) against the fake Zendesk on
 * 127.0.0.1 instead of the recorded fixtures: the same cases pass, every link is taken, and the
 * fake saw the notes the flow posts: internal (`"public": false`), once per call that posts one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testFlows } from '../../src/api/test-flows.js';
import { FakeZendesk } from '../harness/fake-zendesk.js';
import { repoRoot } from '../harness/paths.js';

const EMAIL = 'agent@acme.example';
const TOKEN = 'fake-zd-token-scenarios';
const fake = new FakeZendesk({ email: EMAIL, token: TOKEN });

beforeAll(async () => {
  await fake.start();
});
afterAll(async () => {
  await fake.stop();
});

describe('the Zendesk scenarios against the fake Zendesk', () => {
  it('pass with 100% link coverage, the requests going to the fake', async () => {
    const base = `http://${encodeURIComponent(`${EMAIL}/token`)}:${TOKEN}@${new URL(fake.baseUrl).host}`;
    const tested = await testFlows({ paths: ['flows/zendesk-ivr.test.yaml'], cwd: repoRoot, connectors: { Zendesk: base } });
    expect(tested.diagnostics).toStrictEqual([]);
    const failed = tested.suites.flatMap((s) => s.cases.filter((c) => !c.passed).map((c) => ({ name: c.name, failures: c.failures, diagnostics: c.diagnostics.map((d) => d.message) })));
    expect(failed).toStrictEqual([]);
    expect(tested.coverage.map((c) => [c.flow, c.percent])).toStrictEqual([['Zendesk_IVR', 100]]);
    // Every user search the flow made reached the fake with the connector's Basic credentials.
    const searches = fake.recorded('GET', '/api/v2/users/search.json');
    expect(searches.length).toBeGreaterThan(10);
    expect(searches.every((r) => r.status === 200)).toBe(true);
    // Notes: always internal; the fake saw one per 200 the flow got for a PUT.
    expect(fake.comments.length).toBeGreaterThan(3);
    expect(fake.comments.every((c) => c.public === false)).toBe(true);
    const answeredPuts = tested.suites[0]!.cases.flatMap((c) => c.result.requests).filter((r) => r.method === 'PUT' && r.status === 200);
    expect(fake.comments).toHaveLength(answeredPuts.length);
  });
});
