// One structured log line per request, written when the response is ready.
import type { MiddlewareHandler } from 'hono';
import type { HubEnv } from './env.js';
import type { Logger } from './logger.js';

/** What the line says about one request. Headers are never part of it. */
export interface RequestLine {
  method: string;
  /** Without the query, which can hold what people searched for. */
  path: string;
  status: number;
  /** `performance.now()` when the request arrived. */
  started: number;
  requestId: string;
}

/**
 * Writes the line for one request: server errors at `error`, everything else (refusals included)
 * at `info`. Shared by the middleware below and the fast path for cached responses (`replay.ts`),
 * so both write the same fields.
 */
export function logRequest(logger: Logger, line: RequestLine): void {
  const fields = {
    method: line.method,
    path: line.path,
    status: line.status,
    ms: Math.round((performance.now() - line.started) * 10) / 10,
    requestId: line.requestId,
  };
  if (line.status >= 500) logger.error('request', fields);
  else logger.info('request', fields);
}

/**
 * Logs method, path (without the query), status, duration and request id. Headers are never
 * logged, so neither `Authorization` nor cookies are.
 *
 * @example
 * ```ts
 * app.use(requestId(), requestLog({ logger: createLogger('info') }));
 * // {"time":"…","level":"info","msg":"request","method":"GET","path":"/v1/practices","status":200,"ms":1.7,"requestId":"…"}
 * ```
 */
export function requestLog(options: { logger: Logger }): MiddlewareHandler<HubEnv> {
  const { logger } = options;
  return async function requestLog(c, next) {
    const started = performance.now();
    await next();
    logRequest(logger, { method: c.req.method, path: c.req.path, status: c.res.status, started, requestId: c.get('requestId') });
  };
}
