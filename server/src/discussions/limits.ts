// Limits on writing in discussions: comment length, and how often one person or one address may write.
import { socketAddress, rateLimiter, type RateLimiter } from '../http/rate-limit.js';
import { ProblemError } from '../http/problem.js';
import type { Context } from 'hono';

/** Characters (code points, so any script counts the same) a comment may hold. */
export const MAX_COMMENT_LENGTH = 4000;

export interface WriteLimitOptions {
  perMinute?: number;
  perHour?: number;
  now?: () => number;
}

/** A 422 naming one field of the body. */
export function refused(field: string, message: string): ProblemError {
  return new ProblemError(422, message, { errors: [{ field, in: 'body', message }] });
}

/** Throws a 422 naming `/markdown` when the text is blank or too long. */
export function checkCommentLength(markdown: string): void {
  if (markdown.trim() === '') throw refused('/markdown', 'A comment needs some text.');
  const length = [...markdown].length;
  if (length > MAX_COMMENT_LENGTH) throw refused('/markdown', `At most ${MAX_COMMENT_LENGTH} characters; this has ${length}.`);
}

/**
 * Counts each write (post, edit, flag) against the person and against the address it came from,
 * per minute and per hour; over any of them is a 429 with Retry-After. The same rules apply to the
 * widget and to the API, because both arrive here.
 */
export class WriteLimits {
  readonly #windows: RateLimiter[];
  readonly #clientKey: (c: Context) => string | undefined;

  constructor(options: WriteLimitOptions = {}, clientKey: (c: Context) => string | undefined = socketAddress) {
    const { perMinute = 5, perHour = 60, now } = options;
    this.#windows = [rateLimiter({ limit: perMinute, windowMs: 60_000, now }), rateLimiter({ limit: perHour, windowMs: 3_600_000, now })];
    this.#clientKey = clientKey;
  }

  take(c: Context, personId: string): void {
    const keys = [`person:${personId}`];
    const address = this.#clientKey(c);
    if (address !== undefined) keys.push(`ip:${address}`);
    let wait = 0;
    for (const window of this.#windows) for (const key of keys) wait = Math.max(wait, window.take(key));
    if (wait > 0) {
      throw new ProblemError(429, `Too many comments in a short time; retry in ${wait} s.`, { headers: { 'Retry-After': String(wait) } });
    }
  }
}
