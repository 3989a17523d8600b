// Who sees which reviews: curators all; a reviewer their own, and others' once they gave theirs; the submitter, anonymously, once a round ended.
import type { SignedIn } from '../auth/sign-in.js';
import { readsAll } from '../submissions/access.js';
import type { ReviewRecord, SubmissionRecord } from '../store/types.js';
import type { ReviewState } from './context.js';

/** Outcomes that end a round: its reviews go to the submitter. */
const ENDED = new Set(['changes-requested', 'rejected', 'published']);

export type ReviewAudience = 'curator' | 'reviewer' | 'submitter' | 'none';

export function audienceOf(who: SignedIn, state: ReviewState): ReviewAudience {
  if (readsAll(who)) return 'curator';
  if (state.assignments.some((a) => a.reviewerId === who.person.id)) return 'reviewer';
  if (state.submission.ownerId === who.person.id) return 'submitter';
  return 'none';
}

function roundEnded(submission: SubmissionRecord, round: number): boolean {
  return round < submission.round || ENDED.has(submission.state);
}

/** The reviews `audience` may read, oldest first. */
export function visibleReviews(who: SignedIn, audience: ReviewAudience, state: ReviewState): ReviewRecord[] {
  switch (audience) {
    case 'curator':
      return state.reviews;
    case 'reviewer': {
      // Others' verdicts of a round only once one's own of that round is given.
      const gave = new Set(state.reviews.filter((r) => r.reviewerId === who.person.id).map((r) => r.round));
      return state.reviews.filter((r) => r.reviewerId === who.person.id || gave.has(r.round));
    }
    case 'submitter':
      return state.reviews.filter((r) => roundEnded(state.submission, r.round));
    default:
      return [];
  }
}
