/**
 * Issue 13: layouts elk computed are kept on disk (util/cache-folder.ts) and read back by a later
 * process, here a fresh copy of the module. A read entry is exactly what elk gives; a damaged one
 * (unreadable, the wrong number of points) is computed again; FLOWGEN_NO_CACHE=1 never reads it.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { syntheticGraph } from './synthetic-graph.js';

// A size no other test lays out, so the entry this test damages is its own.
const graph = syntheticGraph(37);
type LayoutModule = typeof import('../../src/layout/layout.js');

async function freshLayout(): Promise<LayoutModule> {
  vi.resetModules();
  return (await import('../../src/layout/layout.js')) as LayoutModule;
}

async function positions(module: LayoutModule): Promise<[string, { x: number; y: number }][]> {
  return [...(await module.layoutGraph(graph)).positions];
}

afterEach(() => {
  delete process.env['FLOWGEN_NO_CACHE'];
});

describe('issue 13: the on-disk layout cache', () => {
  it('serves what elk computed, recomputes a damaged entry, and is skipped with FLOWGEN_NO_CACHE=1', async () => {
    process.env['FLOWGEN_NO_CACHE'] = '1';
    const first = await freshLayout();
    const file = first.storedLayoutFile(graph);
    rmSync(file, { force: true });
    const byElk = await positions(first);
    delete process.env['FLOWGEN_NO_CACHE'];
    try {
      expect(await positions(await freshLayout())).toEqual(byElk); // computed and stored
      expect(await positions(await freshLayout())).toEqual(byElk); // read back

      // Proof that the entry is what is read: a stored layout of the right shape is used as it is.
      writeFileSync(file, JSON.stringify(byElk.map(() => [0, 0])));
      expect((await positions(await freshLayout())).every(([, p]) => p.x === 0 && p.y === 0)).toBe(true);
      process.env['FLOWGEN_NO_CACHE'] = '1';
      expect(await positions(await freshLayout())).toEqual(byElk);
      delete process.env['FLOWGEN_NO_CACHE'];

      for (const damaged of ['{not json', JSON.stringify([[0, 0]]), JSON.stringify(byElk.map(() => [0.5, 'x']))]) {
        writeFileSync(file, damaged);
        expect(await positions(await freshLayout())).toEqual(byElk);
      }
    } finally {
      rmSync(file, { force: true });
    }
  });
});
