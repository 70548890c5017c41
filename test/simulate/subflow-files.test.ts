/**
 * A subflow is found beside the flow that calls it whatever kind of flow file it is: an export,
 * or a definition (issue 10: every command reads every kind of flow file).
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { simulateFile } from '../../src/api/simulate-flow.js';
import { callScenario } from '../../src/simulate/scenario.js';
import { repoRoot } from '../harness/paths.js';

describe('subflows beside the flow', () => {
  it('a subflow written as a definition runs, with its inputs and outputs', async () => {
    const cwd = join(repoRoot, 'test/fixtures/made/simulate/subflow-files');
    const simulated = await simulateFile({ flow: 'caller.flow.ts', cwd, scenario: callScenario() });
    expect(simulated.diagnostics).toStrictEqual([]);
    expect(simulated.result?.prompts).toStrictEqual(['It is abab.']);
    expect(simulated.result?.path.map((p) => p.activity)).toContain('Doubler/Double');
  });
});
