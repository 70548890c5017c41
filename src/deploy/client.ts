/**
 * The HTTP client for one org's Webex Contact Center API: Node's own fetch, a bearer token held in
 * this closure only, a timeout per attempt, bounded retries (retry.ts) and failures as data. The
 * token is never part of a returned value, a log line or an error text: every text that leaves
 * here (server messages included, which could echo a header) goes through `redact`.
 *
 * Which calls are retried: 429 always (the server did nothing); 5xx, timeouts and network errors
 * for reads and for imports (`overwrite=yes` by name: repeating one leaves the same flow), but for
 * publish only 502/503/504 (a gateway answer: the request never reached the flow store), because
 * a publish repeated after a 500 could create a second version.
 */
import { backoffDelay, defaultRetryPolicy, type RetryPolicy } from './retry.js';

export type FailureKind = 'unauthorized' | 'forbidden' | 'not-found' | 'conflict' | 'bad-request' | 'rate-limited' | 'server' | 'timeout' | 'network' | 'unexpected';

export interface ApiFailure {
  kind: FailureKind;
  /** The operation, in words ("list queues", "import Zendesk_IVR_acme"). */
  operation: string;
  method: string;
  /** The path without the host or query. */
  path: string;
  status?: number;
  /** What the server said (redacted, shortened), if anything. */
  detail?: string;
  attempts: number;
}

export type ApiResult<T> = { ok: true; status: number; body: T } | { ok: false; failure: ApiFailure };

export interface RequestRecord {
  method: string;
  path: string;
  status: number | 'timeout' | 'network';
}

export interface ClientOptions {
  baseUrl: string;
  token: string;
  /** @default 30000 */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** `--debug`: one line per attempt (method, path, status, time); never headers or bodies. */
  debug?: (line: string) => void;
  fetch?: typeof fetch;
}

export interface RequestInput {
  operation: string;
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: { json: unknown } | { form: FormData };
  headers?: Record<string, string>;
}

export interface ApiClient {
  request<T>(input: RequestInput): Promise<ApiResult<T>>;
  /** Every attempt made, in order (for reports and the "no write call" guarantee). */
  readonly requests: readonly RequestRecord[];
  /** Removes the token from any text. */
  redact(text: string): string;
}

const isWrite = (method: string): boolean => method !== 'GET';

function kindOf(status: number): FailureKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  if (status >= 400) return 'bad-request';
  return 'unexpected';
}

function retryable(input: RequestInput, kind: FailureKind, status?: number): boolean {
  if (kind === 'rate-limited') return true;
  if (kind !== 'server' && kind !== 'timeout' && kind !== 'network') return false;
  if (!input.path.endsWith(':publish')) return true;
  return status === 502 || status === 503 || status === 504;
}

export function createClient(options: ClientOptions): ApiClient {
  const policy: RetryPolicy = { ...defaultRetryPolicy(), ...options.retry };
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const requests: RequestRecord[] = [];
  const token = options.token;
  const redact = (text: string): string => (token.length > 0 ? text.split(token).join('[redacted]') : text);
  const base = options.baseUrl.replace(/\/+$/, '');

  const attempt = async (input: RequestInput, url: string): Promise<{ response?: Response; error?: 'timeout' | 'network'; detail?: string }> => {
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: 'application/json', ...input.headers };
    let body: string | FormData | undefined;
    if (input.body && 'json' in input.body) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(input.body.json);
    } else if (input.body) body = input.body.form;
    try {
      const response = await doFetch(url, { method: input.method, headers, ...(body === undefined ? {} : { body }), signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
      return { response };
    } catch (error) {
      const name = (error as { name?: string }).name;
      return { error: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network', detail: redact(String((error as { cause?: { code?: string } }).cause?.code ?? name ?? 'error')) };
    }
  };

  async function request<T>(input: RequestInput): Promise<ApiResult<T>> {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(input.query ?? {})) if (value !== undefined) query.set(key, String(value));
    const url = `${base}${input.path}${query.size > 0 ? `?${query}` : ''}`;
    for (let tries = 0; ; tries++) {
      const started = Date.now();
      const outcome = await attempt(input, url);
      const status = outcome.response?.status ?? outcome.error!;
      requests.push({ method: input.method, path: input.path, status });
      options.debug?.(redact(`${input.method} ${input.path}${query.size > 0 ? `?${query}` : ''} → ${status} (${Date.now() - started} ms, try ${tries + 1})`));
      const response = outcome.response;
      if (response && response.ok) {
        const text = await response.text();
        try {
          return { ok: true, status: response.status, body: (text === '' ? undefined : JSON.parse(text)) as T };
        } catch {
          return { ok: false, failure: { kind: 'unexpected', operation: input.operation, method: input.method, path: input.path, status: response.status, detail: 'the body is not JSON', attempts: tries + 1 } };
        }
      }
      const kind: FailureKind = response ? kindOf(response.status) : outcome.error!;
      const detail = response ? redact(serverDetail(await response.text().catch(() => ''))) : outcome.detail;
      if (tries < policy.retries && retryable(input, kind, response?.status)) {
        await policy.sleep(backoffDelay(policy, tries, response?.headers.get('retry-after')));
        continue;
      }
      const failure: ApiFailure = { kind, operation: input.operation, method: input.method, path: input.path, attempts: tries + 1 };
      if (response) failure.status = response.status;
      if (detail) failure.detail = detail;
      return { ok: false, failure };
    }
  }
  return { request, requests, redact };
}

/** The server's own words from an error body (Webex's ApiErrorResponse or plain text), shortened. */
function serverDetail(text: string): string {
  let words = text;
  try {
    const body = JSON.parse(text) as { error?: { message?: { description?: string }[] }; message?: string; description?: string };
    words = body.error?.message?.map((m) => m.description).filter(Boolean).join('; ') || body.message || body.description || '';
  } catch {
    // Not JSON: keep the text.
  }
  const line = words.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

/** Whether a recorded attempt changed something (import or publish). */
export const isWriteCall = (record: RequestRecord): boolean => isWrite(record.method);
