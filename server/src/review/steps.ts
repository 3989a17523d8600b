// What every review step shares: its dependencies, a retry when another step raced it, and the problems it answers.
import { ProblemError } from '../http/problem.js';
import { StaleRevisionError, type Store } from '../store/types.js';
import type { ReviewPolicy } from './policy.js';

export interface ReviewDeps {
  store: Store;
  policy: ReviewPolicy;
  clock: () => Date;
  /** Called after a step queued mail, so the dispatcher sends it at once. */
  onMailQueued?: () => void;
}

/**
 * Runs a step decided on a snapshot; when another step changed the submission first (its revision
 * moved), decides again on the new state, a few times, before answering 409.
 */
export async function retrying<T>(step: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      if (!(error instanceof StaleRevisionError)) throw error;
      if (attempt >= attempts) throw new ProblemError(409, 'The submission changed while this request was made; try again.');
    }
  }
}

/** A 409 naming the body field at fault, e.g. `/reviewerId`. */
export function refused(field: string, detail: string, location: 'body' | 'path' = 'body'): ProblemError {
  return new ProblemError(409, detail, { errors: [{ field, in: location, message: detail }] });
}

export function notFound(detail: string, field: string, location: 'body' | 'path'): ProblemError {
  return new ProblemError(404, detail, { errors: [{ field, in: location, message: detail }] });
}

export function addDays(at: Date, days: number): string {
  return new Date(at.getTime() + days * 86_400_000).toISOString();
}
