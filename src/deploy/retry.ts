/**
 * When to try a Webex API call again and how long to wait: bounded retries with exponential
 * backoff and "equal jitter" (half the delay fixed, half random), `Retry-After` honoured for 429
 * and 503 (seconds or an HTTP date, capped). The random source is injected so tests are
 * deterministic (`seededRandom` from util), and the clock only through `sleep`.
 */

export interface RetryPolicy {
  /** Attempts after the first. @default 4 */
  retries: number;
  /** @default 500 */
  baseDelayMs: number;
  /** No single wait is longer, whatever Retry-After says. @default 30000 */
  maxDelayMs: number;
  /** A number in [0, 1). */
  random: () => number;
  sleep: (ms: number) => Promise<void>;
}

export const defaultRetryPolicy = (): RetryPolicy => ({
  retries: 4,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  random: Math.random,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
});


/** The wait before retry number `attempt` (0-based). */
export function backoffDelay(policy: RetryPolicy, attempt: number, retryAfter?: string | null): number {
  const after = parseRetryAfter(retryAfter);
  if (after !== undefined) return Math.min(after, policy.maxDelayMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.round(ceiling / 2 + policy.random() * (ceiling / 2));
}

/** Retry-After in milliseconds: delta seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
