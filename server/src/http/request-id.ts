// The id each response carries in X-Request-Id: the client's own when it is safe to echo, else a new one.
import type { MiddlewareHandler } from 'hono';
import type { HubEnv } from './env.js';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** Word characters, `-` and `=`: nothing that could split a log line or a header. */
const SAFE_ID = /^[\w\-=]{1,255}$/;

/**
 * The id for a request that sent `sent` in X-Request-Id: echoed when it is at most 255 safe
 * characters, so a client or proxy can follow its own id through the log; otherwise a new UUID.
 * The same rule as Hono's `requestId()`, kept here so the fast path that replays cached responses
 * (`replay.ts`) and the Hono pipeline cannot disagree.
 */
export function requestIdFor(sent: string | undefined): string {
  return sent !== undefined && SAFE_ID.test(sent) ? sent : crypto.randomUUID();
}

/**
 * Sets `c.get('requestId')` and the X-Request-Id response header.
 *
 * @example
 * ```ts
 * app.use(requestId());
 * app.get('/', (c) => c.text(c.get('requestId')));
 * ```
 */
export function requestId(): MiddlewareHandler<HubEnv> {
  return async function requestId(c, next) {
    const id = requestIdFor(c.req.header(REQUEST_ID_HEADER));
    c.set('requestId', id);
    c.header(REQUEST_ID_HEADER, id);
    await next();
  };
}
