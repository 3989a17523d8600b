// Per-client rate limiting for public reads: a fixed window per client, refused with 429 and Retry-After.
import type { Context, MiddlewareHandler } from 'hono';
import type { IncomingMessage } from 'node:http';
import { ProblemError } from './problem.js';

export interface RateLimiterOptions {
  /** Requests each client may make per window. */
  limit: number;
  /** Window length in milliseconds. Default one minute. */
  windowMs?: number;
  /** The clock, for tests. */
  now?: () => number;
}

/** Limits of its own, or the windows of a limiter shared with another front (the fast path in `replay.ts`). */
export type RateLimitOptions = (RateLimiterOptions | { limiter: RateLimiter }) & {
  /**
   * Who a request counts against; `undefined` exempts the request. Default: the socket's remote
   * address, so requests made in-process (`app.request()`, no socket) are not limited.
   * `X-Forwarded-For` is not trusted by default because any client can write it; behind a proxy,
   * pass a key that reads the address the proxy appended.
   */
  clientKey?: (c: Context) => string | undefined;
};

/** The windows of every client: what the middleware and the fast path for cached responses both count in. */
export interface RateLimiter {
  readonly limit: number;
  readonly windowMs: number;
  /** Counts one request by `client`: 0 while it is within the limit, else the seconds until its window ends. */
  take(client: string): number;
}

/** The remote address of the Node socket behind the request, when served by @hono/node-server. */
export function socketAddress(c: Context): string | undefined {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming?.socket.remoteAddress;
}

/**
 * Fixed windows per client. Memory stays bounded: windows that have ended are swept once per
 * window length.
 */
export function rateLimiter(options: RateLimiterOptions): RateLimiter {
  const { limit, windowMs = 60_000, now = Date.now } = options;
  const windows = new Map<string, { count: number; resetAt: number }>();
  let nextSweep = now() + windowMs;
  return {
    limit,
    windowMs,
    take(client) {
      const at = now();
      if (at >= nextSweep) {
        for (const [key, window] of windows) if (window.resetAt <= at) windows.delete(key);
        nextSweep = at + windowMs;
      }
      let window = windows.get(client);
      if (!window || window.resetAt <= at) {
        window = { count: 0, resetAt: at + windowMs };
        windows.set(client, window);
      }
      window.count += 1;
      return window.count > limit ? Math.max(1, Math.ceil((window.resetAt - at) / 1000)) : 0;
    },
  };
}

/**
 * Lets each client make `limit` requests per window; the next one is a 429 problem with
 * `Retry-After` (seconds until the window ends).
 *
 * @example
 * ```ts
 * app.use('/v1/*', rateLimit({ limit: 600 })); // 600 requests a minute per IP
 * ```
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const { clientKey = socketAddress } = options;
  const limiter = 'limiter' in options ? options.limiter : rateLimiter(options);
  const { limit, windowMs } = limiter;

  return async function rateLimit(c, next) {
    const key = clientKey(c);
    if (key === undefined) return next();
    const seconds = limiter.take(key);
    if (seconds > 0) {
      throw new ProblemError(429, `More than ${limit} requests in ${windowMs / 1000} seconds; retry in ${seconds} s.`, {
        headers: { 'Retry-After': String(seconds) },
      });
    }
    await next();
  };
}
