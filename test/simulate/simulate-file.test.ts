/** simulateFile: a definition built for a tenant (as build --tenant), and a YAML definition, run like their exports. */
import { describe, expect, it } from 'vitest';
import { simulateFile } from '../../src/api/simulate-flow.js';
import { callScenario } from '../../src/simulate/scenario.js';
import { repoRoot } from '../harness/paths.js';

const scenario = callScenario({ ani: '+14085551234', digits: ['1'] });
const fixtureFiles = ['flows/zendesk-ivr.fixtures.yaml'];

describe('simulateFile', () => {
  it('builds the definition with the tenant\'s values and forks (--tenant)', async () => {
    const run = await simulateFile({ flow: 'flows/zendesk-ivr.flow.ts', cwd: repoRoot, tenant: 'acme', scenario, fixtureFiles });
    expect(run.diagnostics).toStrictEqual([]);
    expect(run.flowName).toBe('Zendesk_IVR_acme');
    expect(run.result!.outcome).toStrictEqual({ type: 'queued', queue: 'Acme_Priority' });
  });

  it('runs the YAML twin of the Zendesk flow to the same call', async () => {
    const ts = await simulateFile({ flow: 'flows/zendesk-ivr.flow.ts', cwd: repoRoot, scenario, fixtureFiles });
    const yaml = await simulateFile({ flow: 'test/fixtures/made/zendesk-ivr.flow.yaml', cwd: repoRoot, scenario, fixtureFiles });
    expect(yaml.diagnostics).toStrictEqual([]);
    expect(yaml.result!.path).toStrictEqual(ts.result!.path);
    expect(yaml.result!.prompts).toStrictEqual(ts.result!.prompts);
  });

  it('reports an unknown tenant and a bad connector URL instead of running', async () => {
    const tenant = await simulateFile({ flow: 'flows/zendesk-ivr.flow.ts', cwd: repoRoot, tenant: 'nobody', scenario });
    expect(tenant.result).toBeUndefined();
    expect(tenant.diagnostics.length).toBeGreaterThan(0);
    const url = await simulateFile({ flow: 'flows/zendesk-ivr.flow.ts', cwd: repoRoot, scenario, connectors: { Zendesk: 'ftp://x' } });
    expect(url.diagnostics.map((d) => d.code)).toStrictEqual(['FG706']);
  });
});
