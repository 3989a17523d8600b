// CORS: public reads from any origin; requests signed in with a bearer token only from registered origins.
import type { Context, MiddlewareHandler } from 'hono';
import { ProblemError } from './problem.js';

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

export interface HubCorsOptions extends PublicCorsOptions {
  /** Methods a preflight asking to send `Authorization` may ask for. */
  signedInMethods: string[];
  /**
   * Whether requests carrying `Authorization` are accepted from this origin (the value of the
   * `Origin` header): the hub's own origin and those registered for a partner site.
   */
  allowOrigin: (origin: string) => boolean | Promise<boolean>;
}

/** Asked for by a preflight, as the lower-cased names in `Access-Control-Request-Headers`. */
function requestedHeaders(c: Context): string[] {
  return (c.req.header('Access-Control-Request-Headers') ?? '').toLowerCase().split(',').map((name) => name.trim());
}

function refused(origin: string | undefined): ProblemError {
  return new ProblemError(
    403,
    `Signed-in requests are accepted only from the hub's own origin and the origins registered for a partner site; ${origin ?? 'this origin'} is not one of them.`,
  );
}

/**
 * Answers preflights and marks responses for cross-origin use, in two tiers:
 *
 * - Public: preflights that do not ask for `Authorization` get 204 with
 *   `Access-Control-Allow-Origin: *`, and so do responses to requests without it. `*` rules out
 *   credentials (cookies), which the hub never uses.
 * - Signed in: a request carrying `Authorization`, or a preflight asking to send it, is allowed
 *   only when `allowOrigin(Origin)` says so; it then gets that origin echoed and `Vary: Origin`.
 *   From any other origin a preflight gets a 403 without CORS headers (the browser blocks the
 *   request), and a request that arrives anyway is refused with a 403 problem. Requests without an
 *   `Origin` header (servers, scripts, same-origin GETs) are not cross-origin and pass.
 *
 * Headers are set with `c.header()` before the route runs, so they are part of the response as it
 * is built; setting them on `c.res` makes @hono/node-server rebuild every response as a stream.
 * A plain `OPTIONS` that is not a preflight goes on to the routes (and gets its 405).
 *
 * @example
 * ```ts
 * app.use(hubCors({ ...HUB_CORS, allowOrigin: (origin) => origin === 'https://partner.example.org' }));
 * ```
 */
export function hubCors(options: HubCorsOptions): MiddlewareHandler {
  const publicPreflight = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': options.allowMethods.join(', '),
    'Access-Control-Allow-Headers': options.allowHeaders.join(', '),
    'Access-Control-Max-Age': String(options.maxAge),
  };
  const signedInPreflight = {
    'Access-Control-Allow-Methods': options.signedInMethods.join(', '),
    'Access-Control-Allow-Headers': [...options.allowHeaders, 'Authorization'].join(', '),
    'Access-Control-Max-Age': String(options.maxAge),
    Vary: 'Origin',
  };
  const expose = options.exposeHeaders.join(', ');
  const allowed = async (origin: string | undefined) => origin !== undefined && origin !== 'null' && (await options.allowOrigin(origin));

  return async function hubCors(c, next) {
    const origin = c.req.header('Origin');
    if (c.req.method === 'OPTIONS' && c.req.header('Access-Control-Request-Method')) {
      if (!requestedHeaders(c).includes('authorization')) return c.body(null, 204, publicPreflight);
      if (!(await allowed(origin))) throw refused(origin);
      return c.body(null, 204, { ...signedInPreflight, 'Access-Control-Allow-Origin': origin as string });
    }
    c.header('Access-Control-Expose-Headers', expose);
    if (c.req.header('Authorization') === undefined) {
      c.header('Access-Control-Allow-Origin', '*');
      return next();
    }
    if (origin !== undefined) {
      if (!(await allowed(origin))) throw refused(origin);
      c.header('Access-Control-Allow-Origin', origin);
    }
    await next();
    // After the route, since a route setting its own Vary (Accept-Language) would replace this one,
    // and a shared cache must never hand one origin's allowance to another.
    const vary = c.res.headers.get('Vary');
    if (!vary?.split(',').some((name) => name.trim().toLowerCase() === 'origin')) {
      c.res.headers.set('Vary', vary ? `${vary}, Origin` : 'Origin');
    }
  };
}

/** The hub's policy: the headers its clients send and read, and the methods of reads and sign-in. */
export const HUB_CORS: PublicCorsOptions & Pick<HubCorsOptions, 'signedInMethods'> = {
  // POST for the sign-in endpoints, which take JSON and no token.
  allowMethods: ['GET', 'HEAD', 'POST'],
  signedInMethods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
  // Last-Event-ID: a browser's EventSource sends it when it reconnects to a discussion's events.
  allowHeaders: ['Accept-Language', 'If-None-Match', 'If-Match', 'Content-Type', 'X-Request-Id', 'Last-Event-ID'],
  exposeHeaders: ['ETag', 'Content-Language', 'Retry-After', 'X-Request-Id', 'WWW-Authenticate'],
  maxAge: 86_400,
};
