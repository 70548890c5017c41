/**
 * Records flows/zendesk-ivr.fixtures.yaml: the Zendesk IVR's calls for each seeded caller are
 * simulated against the fake Zendesk (test/harness/fake-zendesk.ts, on 127.0.0.1) with a live
 * connector, and the answers are saved as fixtures, as `flowgen simulate --record` does. The data
 * is the fake's (made, not a real Zendesk).
 *
 *   npx tsx scripts/record-zendesk-fixtures.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { simulateFile } from '../src/api/simulate-flow.js';
import { fixtureFileText } from '../src/simulate/format/fixtures.js';
import type { Fixture } from '../src/simulate/http.js';
import { callScenario } from '../src/simulate/scenario.js';
import { FakeZendesk } from '../test/harness/fake-zendesk.js';

const root = resolve(import.meta.dirname, '..');
const EMAIL = 'agent@acme.example';
const TOKEN = 'fake-zd-token-record-only';
/** Ada (urgent ticket), Grace (pending, no priority), Alan (normal), Margaret (nothing unsolved), an unknown number. */
const CALLERS = ['+14085551234', '+16505550199', '+442079460958', '+12125550143', '+15555550100'];

const fake = await new FakeZendesk({ email: EMAIL, token: TOKEN }).start();
const base = `http://${encodeURIComponent(`${EMAIL}/token`)}:${TOKEN}@${new URL(fake.baseUrl).host}`;
const recorded: Fixture[] = [];
try {
  for (const ani of CALLERS) {
    // Pressing 2 posts the hang-up note, so the ticket update is recorded too.
    const run = await simulateFile({ flow: 'flows/zendesk-ivr.flow.ts', cwd: root, scenario: callScenario({ ani, digits: ['2'] }), connectors: { Zendesk: base } });
    if (!run.result) throw new Error(run.diagnostics.map((d) => d.message).join('\n'));
    // The fake's answer times are this machine's, not Zendesk's: the committed fixtures answer at once.
    for (const fixture of run.result.recorded) delete fixture.response.delayMs;
    for (const fixture of run.result.recorded) if (!recorded.some((r) => r.request.method === fixture.request.method && r.request.url === fixture.request.url)) recorded.push(fixture);
  }
} finally {
  await fake.stop();
}
writeFileSync(resolve(root, 'flows/zendesk-ivr.fixtures.yaml'), fixtureFileText(recorded).replace('# HTTP fixtures recorded by flowgen simulate --record', '# Made data: recorded from the fake Zendesk (test/harness/fake-zendesk.ts) by scripts/record-zendesk-fixtures.ts'));
console.log(`${recorded.length} fixtures written`);
