// Per-client rate limiting for public reads: a fixed window per client, refused with 429 and Retry-After.
import type { Context, MiddlewareHandler } from 'hono';
import type { IncomingMessage } from 'node:http';
import { ProblemError } from './problem.js';

export interface RateLimitOptions {
  /** Requests each client may make per window. */
  limit: number;
  /** Window length in milliseconds. Default one minute. */
  windowMs?: number;
  /**
   * Who a request counts against; `undefined` exempts the request. Default: the socket's remote
   * address, so requests made in-process (`app.request()`, no socket) are not limited.
   * `X-Forwarded-For` is not trusted by default because any client can write it; behind a proxy,
   * pass a key that reads the address the proxy appended.
   */
  clientKey?: (c: Context) => string | undefined;
  /** The clock, for tests. */
  now?: () => number;
}

interface Window {
  count: number;
  resetAt: number;
}

/** The remote address of the Node socket behind the request, when served by @hono/node-server. */
export function socketAddress(c: Context): string | undefined {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming?.socket.remoteAddress;
}

/**
 * Lets each client make `limit` requests per window; the next one is a 429 problem with
 * `Retry-After` (seconds until the window ends). Memory stays bounded: windows that have ended
 * are swept once per window length.
 *
 * @example
 * ```ts
 * app.use('/v1/*', rateLimit({ limit: 600 })); // 600 requests a minute per IP
 * ```
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const { limit, windowMs = 60_000, clientKey = socketAddress, now = Date.now } = options;
  const windows = new Map<string, Window>();
  let nextSweep = now() + windowMs;

  return async function rateLimit(c, next) {
    const at = now();
    if (at >= nextSweep) {
      for (const [key, window] of windows) if (window.resetAt <= at) windows.delete(key);
      nextSweep = at + windowMs;
    }
    const key = clientKey(c);
    if (key === undefined) return next();
    let window = windows.get(key);
    if (!window || window.resetAt <= at) {
      window = { count: 0, resetAt: at + windowMs };
      windows.set(key, window);
    }
    window.count += 1;
    if (window.count > limit) {
      const seconds = Math.max(1, Math.ceil((window.resetAt - at) / 1000));
      throw new ProblemError(429, `More than ${limit} requests in ${windowMs / 1000} seconds; retry in ${seconds} s.`, {
        headers: { 'Retry-After': String(seconds) },
      });
    }
    await next();
  };
}
