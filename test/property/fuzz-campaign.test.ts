/**
 * The fuzz campaign's cases kept in the test suite (the full campaign is `npm run fuzz`): a few
 * hundred seeded mutations of the corpus exports, YAML flows, tenant files and templates, driven
 * through import, validate, build, print and diff, end in diagnostics about the input only: no
 * exception, no FG9xx. Every case that once failed is replayed by its seed and number.
 */
import { describe, expect, it } from 'vitest';
import { drawCase, loadSeeds, runCase } from '../../scripts/fuzz/drive.js';
import { hasShared } from '../harness/paths.js';

/** (campaign seed, case) pairs that crashed before their fix (test/hostile holds the rest as files). */
const REGRESSIONS: [number, number, string][] = [
  [7, 124, 'a link whose target id is an object'],
  [7, 154, 'a YAML option key "constructor" found a prototype member in the zod shape'],
  [7, 468, 'a tenant parameter key "constructor"'],
  [8, 440, 'diff of a link whose source id is an object'],
  [20261201, 1858, 'a raw HTTP Authorization header holding an object'],
  [20261201, 53977, 'a raw output mapping whose variable is an object'],
];

describe.skipIf(!hasShared)('fuzz campaign cases', () => {
  const seeds = loadSeeds();

  it('300 seeded mutated inputs end in diagnostics, never an exception or FG9xx', { timeout: 600_000 }, async () => {
    const failures: string[] = [];
    for (let index = 0; index < 300; index++) {
      const c = drawCase(seeds, 20261126, index);
      const failure = await runCase(c);
      if (failure) failures.push(`case ${index} (${c.seed.target} ${c.seed.name}): ${failure.signature}`);
    }
    expect(failures).toEqual([]);
  });

  it.each(REGRESSIONS)('seed %i case %i passes (%s)', async (seed, index) => {
    expect(await runCase(drawCase(seeds, seed, index))).toBeUndefined();
  });
});
