// One structured log line per request, written when the response is ready.
import type { MiddlewareHandler } from 'hono';
import type { HubEnv } from './env.js';
import type { Logger } from './logger.js';

/**
 * Logs method, path (without the query, which can hold what people searched for), status,
 * duration and request id. Headers are never logged, so neither `Authorization` nor cookies are.
 * Server errors log at `error`, refused requests at `info` like the rest.
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
    const status = c.res.status;
    const fields = {
      method: c.req.method,
      path: c.req.path,
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      requestId: c.get('requestId'),
    };
    if (status >= 500) logger.error('request', fields);
    else logger.info('request', fields);
  };
}
