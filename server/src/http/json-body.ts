// Reads and validates a JSON request body against the contract operation it is sent to.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Contract, JsonObject } from './contract.js';
import type { HubEnv } from './env.js';
import { toFieldErrors } from './field-errors.js';
import { ProblemError, invalidRequest } from './problem.js';

export interface JsonBodyOptions {
  /** Largest body accepted, in bytes; larger ones are a 413. Default 1 MiB. */
  maxBytes?: number;
}

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json$/;

/**
 * Accepts only `application/json` (415 otherwise), at most `maxBytes` (413), well-formed JSON and
 * exactly the fields the contract declares: unknown fields are refused, each named in the 400.
 * The parsed body is in `c.get('body')`.
 *
 * @example
 * ```ts
 * practices.post('/', jsonBody(contract, 'submitPractice', { maxBytes: 256 * 1024 }), (c) =>
 *   c.json(c.get('body'), 201),
 * );
 * ```
 */
export function jsonBody(contract: Contract, operationId: string, options: JsonBodyOptions = {}): MiddlewareHandler<HubEnv> {
  const op = contract.operation(operationId);
  const requestBody = op.requestBody;
  const media = (requestBody?.content as JsonObject | undefined)?.['application/json'] as JsonObject | undefined;
  if (!requestBody || !media?.schema) throw new Error(`Operation "${operationId}" takes no JSON body in the contract.`);
  const validate = contract.compile(contract.resolve(media.schema), { closed: true });
  const required = requestBody.required === true;
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ProblemError(413, `The request body is larger than ${maxBytes} bytes.`);
    },
  });

  return async function jsonBody(c, next) {
    const mediaType = ((c.req.header('Content-Type') ?? '').split(';')[0] ?? '').trim().toLowerCase();
    const empty = c.req.raw.body === null;
    if (!empty && !JSON_MEDIA_TYPE.test(mediaType)) {
      throw new ProblemError(415, 'The request body must be JSON, sent as Content-Type: application/json.', {
        errors: [{ field: 'Content-Type', in: 'header', message: 'must be application/json' }],
      });
    }
    return limit(c, async () => {
      const text = empty ? '' : await c.req.text();
      if (text.trim() === '') {
        if (required) throw invalidRequest([{ field: '/', in: 'body', message: 'is required' }]);
        c.set('body', undefined);
        return next();
      }
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw invalidRequest([{ field: '/', in: 'body', message: 'is not well-formed JSON' }]);
      }
      if (!validate(body)) throw invalidRequest(toFieldErrors(validate.errors ?? [], 'body'));
      c.set('body', body);
      await next();
    });
  };
}
