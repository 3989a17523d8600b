// A fetch that retries idempotent requests the hub asked to retry (429, 503), with backoff.
import { raceAbort, sleep } from './abort.js';

export interface RetryOptions {
  /** Retries after the first attempt; default 2. */
  retries?: number;
  /** Longest wait between attempts, whatever `Retry-After` says; default 10 000 ms. */
  maxDelayMs?: number;
}

export type Fetch = (request: Request) => Promise<Response>;

const RETRYABLE_STATUS = new Set([429, 503]);
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD']);
const BASE_DELAY_MS = 250;

/** Milliseconds `Retry-After` asks for (delta-seconds or an HTTP date); undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Wraps `send` so that a GET or HEAD answered 429 or 503 is sent again, waiting what
 * `Retry-After` asks or else an exponential backoff with full jitter (so many widgets on
 * many pages don't come back in step), never more than `maxDelayMs`.
 */
export function retryingFetch(send: Fetch, options: RetryOptions | false | undefined): Fetch {
  const retries = options === false ? 0 : (options?.retries ?? 2);
  const maxDelayMs = options === false ? 0 : (options?.maxDelayMs ?? 10_000);
  return async (request) => {
    const { signal } = request;
    const canRetry = IDEMPOTENT_METHODS.has(request.method);
    for (let attempt = 0; ; attempt++) {
      signal.throwIfAborted();
      const response = await raceAbort(signal, send(request));
      if (!canRetry || attempt >= retries || !RETRYABLE_STATUS.has(response.status)) return response;
      const asked = retryAfterMs(response.headers.get('Retry-After'));
      const backoff = Math.random() * BASE_DELAY_MS * 2 ** attempt;
      // The body of an answer we drop must be released, or Node keeps the socket busy.
      await response.body?.cancel().catch(() => undefined);
      await sleep(Math.min(asked ?? backoff, maxDelayMs), signal);
    }
  };
}
