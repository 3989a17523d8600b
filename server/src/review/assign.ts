// Assigning and replacing reviewers: every policy and conflict rule checked, the step written with its notices.
import type { SignedIn } from '../auth/sign-in.js';
import { ProblemError } from '../http/problem.js';
import { inReviewMail, reviewAssignedMail, reviewReplacedMail } from '../mail/review-messages.js';
import type { AssignmentRecord, Notice, ReviewChange } from '../store/types.js';
import { checkSeat, policyBalance } from './balance.js';
import { conflictOf, explainConflict } from './conflicts.js';
import { ReviewReader, reviewState } from './context.js';
import { notice } from './notices.js';
import { awaitsExtraReviewer } from './outcome.js';
import { addDays, notFound, refused, retrying, type ReviewDeps } from './steps.js';

export interface AssignRequest {
  reviewerId: string;
  dueAt?: string;
}

/** Only these can be given reviewers. */
const ASSIGNABLE = new Set(['submitted', 'in-review']);

/**
 * Assigns `request.reviewerId` to the submission, or, with `replacingId`, in place of that
 * assignment. Refused (409 on `/reviewerId`) on a conflict of interest, when the reviewer is
 * already assigned, when the set is full, or when the UN / non-UN balance could no longer be met.
 */
export function assignReviewer(
  deps: ReviewDeps,
  actor: SignedIn,
  submissionId: string,
  request: AssignRequest,
  replacingId?: string,
): Promise<AssignmentRecord> {
  return retrying(async () => {
    const { store, policy } = deps;
    const now = deps.clock();
    const submission = await store.submissions.get(submissionId);
    if (!submission) throw new ProblemError(404, `There is no submission with the id "${submissionId}".`);
    const state = await reviewState(store, submission);
    const replaced = replacingId === undefined ? undefined : state.assignments.find((a) => a.id === replacingId);
    if (replacingId !== undefined) {
      if (!replaced) throw notFound(`Submission ${submissionId} has no assignment "${replacingId}".`, 'assignment', 'path');
      if (replaced.state !== 'active') throw refused('assignment', 'This assignment was replaced already.', 'path');
      if (replaced.reviewed) throw refused('assignment', 'This reviewer has given this round\'s verdict and can no longer be replaced.', 'path');
    }
    if (!ASSIGNABLE.has(submission.state)) {
      throw new ProblemError(409, `A ${submission.state} submission cannot be given reviewers; only a submitted or in-review one can.`);
    }
    const reader = new ReviewReader(store);
    const reviewer = await reader.reviewer(request.reviewerId);
    if (!reviewer) throw notFound(`Nobody on the reviewer roster has the id "${request.reviewerId}".`, '/reviewerId', 'body');

    const active = state.active.filter((a) => a.id !== replacingId);
    const conflict = conflictOf(reviewer, await reader.parties(submission), new Set(active.map((a) => a.reviewerId)));
    if (conflict) throw refused('/reviewerId', `${reviewer.ref.name} ${explainConflict(conflict)}: they cannot review this submission.`);
    const seats = await Promise.all(active.map((a) => reader.seat(a)));
    const check = replaced?.extra
      ? ({ ok: true, extra: true } as const)
      : checkSeat(policy, seats, reviewer.unEntity, replaced ? false : awaitsExtraReviewer(policy, state));
    if (!check.ok) throw refused('/reviewerId', `${reviewer.ref.name} cannot be assigned: ${check.message}.`);
    const dueAt = dueDate(request.dueAt, now, policy.reviewDays);
    const startReview = submission.state === 'submitted' && policyBalance(policy, [...seats, { unEntity: reviewer.unEntity, extra: check.extra }]).complete;

    const owner = await reader.person(submission.ownerId);
    const title = submission.content.title;
    const notices: Notice[] = [];
    // Reviewers hear of a submission when they can act on it: when its review starts, or at once if it runs already.
    const toAssign = startReview ? [...active.map((a) => ({ id: a.reviewerId, dueAt: a.dueAt })), { id: reviewer.ref.id, dueAt }] : [];
    if (!startReview && submission.state === 'in-review') toAssign.push({ id: reviewer.ref.id, dueAt });
    for (const { id, dueAt: due } of toAssign) {
      const person = await reader.person(id);
      if (person) notices.push(notice(person, 'review.assigned', submission.id, reviewAssignedMail(person.name, title, submission.id, due)));
    }
    if (startReview && owner) notices.push(notice(owner, 'submission.in-review', submission.id, inReviewMail(owner.name, title, submission.id)));
    const gone = replaced ? await reader.person(replaced.reviewerId) : null;
    if (gone && submission.state === 'in-review') {
      notices.push(notice(gone, 'review.replaced', submission.id, reviewReplacedMail(gone.name, title, submission.id)));
    }
    const change: ReviewChange = {
      actor: actor.person.id,
      at: now.toISOString(),
      audit: [
        {
          action: replaced ? 'review.reviewer-replaced' : 'review.reviewer-assigned',
          details: { reviewerId: reviewer.ref.id, extra: check.extra, dueAt, ...(replaced ? { replacedReviewerId: replaced.reviewerId } : {}) },
        },
        ...(startReview ? [{ action: 'submission.in-review', details: { round: submission.round } }] : []),
      ],
      notices,
    };
    const assignment = { reviewerId: reviewer.ref.id, dueAt, extra: check.extra, round: submission.round, startReview };
    const made = replaced
      ? await store.assignments.replace(submission.id, submission.revision, replaced.id, assignment, change)
      : await store.assignments.assign(submission.id, submission.revision, assignment, change);
    if (notices.length > 0) deps.onMailQueued?.();
    return made;
  });
}

/** The requested due date (which must be in the future), or now plus the policy's review days. */
function dueDate(requested: string | undefined, now: Date, reviewDays: number): string {
  if (requested === undefined) return addDays(now, reviewDays);
  const due = new Date(requested);
  if (!(due.getTime() > now.getTime())) {
    throw new ProblemError(400, 'The due date must be in the future.', { errors: [{ field: '/dueAt', in: 'body', message: 'must be in the future' }] });
  }
  return due.toISOString();
}
