// A resubmission after a request for changes: the next round, back in review with the same reviewers, who are told.
import type { SignedIn } from '../auth/sign-in.js';
import { reviewResubmittedMail } from '../mail/review-messages.js';
import type { Notice, SubmissionRecord } from '../store/types.js';
import { ReviewReader, reviewState } from './context.js';
import { notice } from './notices.js';
import { addDays, type ReviewDeps } from './steps.js';

/**
 * Moves a `changes-requested` submission (already checked against the checklist and `If-Match`)
 * to `in-review` in round + 1; every active reviewer gets a new due date and a notice. Throws
 * StaleRevisionError when the submission changed since `current` was read.
 */
export async function resubmit(deps: ReviewDeps, who: SignedIn, current: SubmissionRecord): Promise<void> {
  const now = deps.clock();
  const dueAt = addDays(now, deps.policy.reviewDays);
  const round = current.round + 1;
  const reader = new ReviewReader(deps.store);
  const { active } = await reviewState(deps.store, current);
  const notices: Notice[] = [];
  for (const assignment of active) {
    const reviewer = await reader.person(assignment.reviewerId);
    if (reviewer) {
      notices.push(
        notice(reviewer, 'review.resubmitted', current.id, reviewResubmittedMail(reviewer.name, current.content.title, current.id, round, dueAt)),
      );
    }
  }
  await deps.store.assignments.reopen(
    current.id,
    current.revision,
    { content: current.content, dueAt },
    { actor: who.person.id, at: now.toISOString(), audit: [{ action: 'submission.resubmitted', details: { round } }], notices },
  );
  if (notices.length > 0) deps.onMailQueued?.();
}
