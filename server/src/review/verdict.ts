// A reviewer's verdict, and when it ends the round, the outcome under the policy — all in one transaction.
import type { SignedIn } from '../auth/sign-in.js';
import { ProblemError } from '../http/problem.js';
import {
  changesRequestedMail,
  extraReviewerNeededMail,
  publishedMail,
  rejectedMail,
  roundEndedMail,
  type ReviewForSubmitter,
} from '../mail/review-messages.js';
import type { Notice, ReviewChange, ReviewCriteria, ReviewRecord, SubmissionState, Verdict } from '../store/types.js';
import { ReviewReader, reviewState, type ReviewState } from './context.js';
import { curatorsOf, noticeAll, notice } from './notices.js';
import { roundOutcome, votesOf, type RoundOutcome } from './outcome.js';
import { refused, retrying, type ReviewDeps } from './steps.js';
import { reviewLabels } from './views.js';

export interface VerdictRequest {
  verdict: Verdict;
  criteria: ReviewCriteria;
  comment: string;
}

const ENDS: Partial<Record<RoundOutcome, SubmissionState>> = {
  published: 'published',
  rejected: 'rejected',
  'changes-requested': 'changes-requested',
};

/**
 * Records the signed-in reviewer's verdict for the current round. Only an active reviewer of an
 * in-review submission may give one, once per round. The last verdict applies the outcome.
 */
export function giveVerdict(deps: ReviewDeps, who: SignedIn, submissionId: string, request: VerdictRequest): Promise<ReviewRecord> {
  return retrying(async () => {
    const { store, policy } = deps;
    const submission = await store.submissions.get(submissionId);
    const state = submission ? await reviewState(store, submission) : null;
    const mine = state?.active.find((a) => a.reviewerId === who.person.id);
    if (!submission || !state || !mine) throw new ProblemError(404, `You are not reviewing a submission with the id "${submissionId}".`);
    if (submission.state !== 'in-review') {
      throw refused('/verdict', `A ${submission.state} submission takes no verdicts; only one in review does.`);
    }
    if (state.current.some((review) => review.reviewerId === who.person.id)) {
      throw refused('/verdict', `You gave your verdict for round ${submission.round} already; it cannot be changed.`);
    }
    const at = deps.clock().toISOString();
    const review: Omit<ReviewRecord, 'id' | 'createdAt'> = {
      submissionId,
      assignmentId: mine.id,
      reviewerId: who.person.id,
      round: submission.round,
      verdict: request.verdict,
      criteria: request.criteria,
      comment: request.comment,
    };
    const after: ReviewState = { ...state, current: [...state.current, { ...review, id: 'new', createdAt: at }] };
    const outcome = roundOutcome(policy, votesOf(after));
    const ends = ENDS[outcome] ?? null;
    const change: ReviewChange = {
      actor: who.person.id,
      at,
      audit: [
        { action: 'review.verdict-given', details: { round: submission.round, verdict: request.verdict } },
        ...(ends ? [{ action: `submission.${ends}`, details: { round: submission.round } }] : []),
        ...(outcome === 'awaiting-extra-reviewer' ? [{ action: 'review.extra-reviewer-needed', details: { round: submission.round } }] : []),
      ],
      notices: await outcomeNotices(deps, after, outcome),
    };
    const recorded = await store.reviews.record(submissionId, submission.revision, review, { state: ends, publish: outcome === 'published' }, change);
    if (change.notices.length > 0) deps.onMailQueued?.();
    return recorded.review;
  });
}

async function outcomeNotices(deps: ReviewDeps, state: ReviewState, outcome: RoundOutcome): Promise<Notice[]> {
  if (outcome === 'pending') return [];
  const { submission } = state;
  const title = submission.content.title;
  const curators = await curatorsOf(deps.store);
  if (outcome === 'awaiting-extra-reviewer') {
    return noticeAll(curators, 'review.extra-reviewer-needed', submission.id, extraReviewerNeededMail(title, submission.id));
  }
  const reader = new ReviewReader(deps.store);
  const owner = await reader.person(submission.ownerId);
  const labels = reviewLabels(state.assignments, state.current);
  const comments: ReviewForSubmitter[] = state.current.map((r) => ({ label: labels.get(r.reviewerId) ?? 'Reviewer', ...r }));
  const toOwner =
    outcome === 'published'
      ? publishedMail(owner?.name ?? '', title, submission.id)
      : outcome === 'rejected'
        ? rejectedMail(owner?.name ?? '', title, submission.id, comments)
        : changesRequestedMail(owner?.name ?? '', title, submission.id, comments);
  return [
    ...(owner ? [notice(owner, `submission.${outcome}`, submission.id, toOwner)] : []),
    ...noticeAll(curators, 'review.round-ended', submission.id, roundEndedMail(title, submission.id, outcome)),
  ];
}
