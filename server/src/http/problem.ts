// RFC 9457 problem details: the error routes and middleware throw, and how any error becomes a response.
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { components } from '@mnh/contract';
import { InvalidCursorError } from '../store/types.js';
import type { Logger } from './logger.js';

export type FieldError = components['schemas']['FieldError'];
export type Problem = components['schemas']['Problem'];

export const PROBLEM_JSON = 'application/problem+json';

/** The problem type (a URI reference) and title for each status the hub answers with. */
const KINDS: Record<number, readonly [type: string, title: string]> = {
  400: ['/problems/invalid-request', 'Invalid request'],
  401: ['/problems/unauthorized', 'Sign-in required'],
  403: ['/problems/forbidden', 'Forbidden'],
  404: ['/problems/not-found', 'Not found'],
  405: ['/problems/method-not-allowed', 'Method not allowed'],
  409: ['/problems/conflict', 'Conflict'],
  412: ['/problems/precondition-failed', 'Precondition failed'],
  413: ['/problems/payload-too-large', 'Payload too large'],
  415: ['/problems/unsupported-media-type', 'Unsupported media type'],
  422: ['/problems/checklist-failed', 'The submission is not complete'],
  429: ['/problems/too-many-requests', 'Too many requests'],
  500: ['/problems/internal-error', 'Internal server error'],
  503: ['/problems/unavailable', 'Service unavailable'],
};

export interface ProblemOptions {
  errors?: FieldError[];
  headers?: Record<string, string>;
}

/** Throw this from a route or middleware; the app's error handler renders it as problem+json. */
export class ProblemError extends HTTPException {
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(status: ContentfulStatusCode, detail: string, options: ProblemOptions = {}) {
    super(status, { message: detail });
    this.name = 'ProblemError';
    this.errors = options.errors;
    this.headers = options.headers;
  }
}

/** A 400 naming every offending field. */
export function invalidRequest(errors: FieldError[]): ProblemError {
  const fields = [...new Set(errors.map((e) => e.field))].join(', ');
  return new ProblemError(400, `The request has invalid or unknown fields: ${fields}.`, { errors });
}

/** Renders a problem document; errors are never cached by browsers or CDNs. */
export function problemResponse(c: Context, status: ContentfulStatusCode, detail: string, options: ProblemOptions = {}): Response {
  const [type, title] = KINDS[status] ?? ['about:blank', 'Error'];
  const body: Problem = { type, title, status, detail, instance: c.req.path };
  if (options.errors?.length) body.errors = options.errors;
  return c.body(JSON.stringify(body), status, {
    'Content-Type': PROBLEM_JSON,
    'Cache-Control': 'no-store',
    ...options.headers,
  });
}

/** The one place thrown errors become responses: known problems as they are, anything else as a logged 500. */
export function problemErrorHandler(logger: Logger): ErrorHandler {
  return (err, c) => {
    if (err instanceof ProblemError) {
      return problemResponse(c, err.status, err.message, { errors: err.errors, headers: err.headers });
    }
    if (err instanceof InvalidCursorError) {
      return problemResponse(c, 400, 'The cursor is not valid for this query.', {
        errors: [{ field: 'cursor', in: 'query', message: err.message }],
      });
    }
    if (err instanceof HTTPException && err.status < 500) {
      return problemResponse(c, err.status, err.message || (KINDS[err.status]?.[1] ?? 'Error'));
    }
    // A real fault: the details go to the log, never to the client.
    logger.error('unhandled error', {
      requestId: c.get('requestId') as string | undefined,
      method: c.req.method,
      path: c.req.path,
      error: err instanceof Error ? err.stack ?? err.message : String(err),
    });
    return problemResponse(c, 500, 'The hub could not answer this request. Quote the X-Request-Id header when reporting it.');
  };
}

/** 404 for paths the hub does not serve, as a problem document. */
export const problemNotFound: NotFoundHandler = (c) =>
  problemResponse(c, 404, `Nothing is served at ${c.req.path}.`);
