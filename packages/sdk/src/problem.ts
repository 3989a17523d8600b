// Turns any non-2xx answer into a typed RFC 9457 problem error.
import { retryAfterMs } from './retry.js';
import type { Problem } from './types.js';

/** Thrown for every non-2xx answer; `problem` is the hub's problem document, or one made up for it. */
export class HubProblemError extends Error {
  override readonly name = 'HubProblemError';
  readonly status: number;
  readonly problem: Problem;
  /** How long the hub asked to wait before trying again (`Retry-After`, e.g. on 429), in milliseconds. */
  readonly retryAfterMs: number | undefined;

  constructor(problem: Problem, retryAfterMs?: number) {
    const fields = problem.errors?.map((e) => `${e.field}: ${e.message}`).join('; ');
    super(fields ? `${problem.detail} (${fields})` : problem.detail);
    this.status = problem.status;
    this.problem = problem;
    this.retryAfterMs = retryAfterMs;
  }
}

/**
 * The data of a 2xx answer to a `client.raw` call (openapi-fetch); anything else becomes a
 * HubProblemError with the hub's field problems and any `Retry-After`.
 */
export async function dataOf<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await pending;
  if (!response.ok || data === undefined) throw problemError(response, error);
  return data;
}

/** The error for a failed response, with its problem document and any `Retry-After`. */
export function problemError(response: Response, body: unknown): HubProblemError {
  return new HubProblemError(problemFrom(response, body), retryAfterMs(response.headers.get('Retry-After')));
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown, fallback: string): string =>
  typeof value === 'string' && value ? value : fallback;

/**
 * The problem behind a failed response. `body` is what openapi-fetch parsed (JSON, else text);
 * a proxy's HTML error page or an empty body still yields a well-formed problem, and the
 * response's status wins over the body's because it is what actually happened.
 */
export function problemFrom(response: Response, body: unknown): Problem {
  const status = response.status;
  const title = text(response.statusText, `HTTP ${status}`);
  if (!isRecord(body) || typeof body.title !== 'string') {
    return {
      type: 'about:blank',
      title,
      status,
      detail: `The hub answered ${status} ${title} without a problem document.`,
    };
  }
  return {
    ...body,
    type: text(body.type, 'about:blank'),
    title: body.title,
    status,
    detail: text(body.detail, body.title),
    errors: Array.isArray(body.errors) ? (body.errors as Problem['errors']) : undefined,
  };
}
