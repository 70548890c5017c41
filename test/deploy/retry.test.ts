/** Backoff, jitter, Retry-After and bounded concurrency: pure pieces of the deploy engine. */
import { describe, expect, it } from 'vitest';
import { mapLimit } from '../../src/deploy/pool.js';
import { backoffDelay, defaultRetryPolicy, parseRetryAfter } from '../../src/deploy/retry.js';
import { seededRandom } from '../../src/util/seeded-random.js';

describe('retry timing', () => {
  it('the seeded source gives the same jitter on every run, and a different seed other jitter', () => {
    const take = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
    for (const n of take(42)) expect(n >= 0 && n < 1).toBe(true);
  });

  it('backoff doubles, stays within [ceiling/2, ceiling] and is capped', () => {
    const policy = { ...defaultRetryPolicy(), random: seededRandom(1), baseDelayMs: 500, maxDelayMs: 4000 };
    const delays = [0, 1, 2, 3, 4, 5].map((attempt) => backoffDelay(policy, attempt));
    const ceilings = [500, 1000, 2000, 4000, 4000, 4000];
    delays.forEach((d, i) => {
      expect(d).toBeGreaterThanOrEqual(ceilings[i]! / 2);
      expect(d).toBeLessThanOrEqual(ceilings[i]!);
    });
  });

  it('Retry-After in seconds or as an HTTP date wins over backoff, capped at the maximum', () => {
    const policy = { ...defaultRetryPolicy(), maxDelayMs: 30_000 };
    expect(backoffDelay(policy, 0, '7')).toBe(7000);
    expect(backoffDelay(policy, 0, '3600')).toBe(30_000);
    const now = Date.parse('2026-12-01T10:00:00Z');
    expect(parseRetryAfter('Tue, 01 Dec 2026 10:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});

describe('mapLimit', () => {
  it('never runs more than the limit at once and keeps the items\' order', async () => {
    let running = 0;
    let peak = 0;
    const results = await mapLimit([5, 1, 4, 2, 3], 2, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, n));
      running--;
      return n * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30]);
    expect(peak).toBe(2);
  });
});
