// CORS for a public, read-only API: readable from any origin, never with credentials.
import type { MiddlewareHandler } from 'hono';

export interface PublicCorsOptions {
  /** Methods a preflight may ask for. */
  allowMethods: string[];
  /** Request headers a preflight may ask for. */
  allowHeaders: string[];
  /** Response headers scripts on other origins may read. */
  exposeHeaders: string[];
  /** Seconds a browser may remember a preflight answer. */
  maxAge: number;
}

/**
 * Answers preflights (an `OPTIONS` with `Access-Control-Request-Method`) with 204, and marks every
 * other response readable by any origin. `Access-Control-Allow-Origin: *` rules out credentials,
 * which is the point: nothing here depends on who is asking.
 *
 * Unlike `hono/cors`, the headers are set with `c.header()` before the route runs, so they are
 * part of the response as it is built; setting them on `c.res` makes @hono/node-server rebuild
 * every response as a stream, which costs a third of the throughput of a cached read.
 * A plain `OPTIONS` that is not a preflight goes on to the routes (and gets its 405).
 *
 * @example
 * ```ts
 * app.use(publicCors({ allowMethods: ['GET', 'HEAD'], allowHeaders: ['If-None-Match'], exposeHeaders: ['ETag'], maxAge: 86400 }));
 * ```
 */
export function publicCors(options: PublicCorsOptions): MiddlewareHandler {
  const preflight = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': options.allowMethods.join(', '),
    'Access-Control-Allow-Headers': options.allowHeaders.join(', '),
    'Access-Control-Max-Age': String(options.maxAge),
  };
  const expose = options.exposeHeaders.join(', ');

  return async function publicCors(c, next) {
    if (c.req.method === 'OPTIONS' && c.req.header('Access-Control-Request-Method')) {
      return c.body(null, 204, preflight);
    }
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Access-Control-Expose-Headers', expose);
    await next();
  };
}

/** The hub's policy: public reads from any origin, the headers its clients send and read. */
export const HUB_CORS: PublicCorsOptions = {
  allowMethods: ['GET', 'HEAD'],
  allowHeaders: ['Accept-Language', 'If-None-Match', 'Content-Type', 'X-Request-Id'],
  exposeHeaders: ['ETag', 'Content-Language', 'Retry-After', 'X-Request-Id'],
  maxAge: 86_400,
};
