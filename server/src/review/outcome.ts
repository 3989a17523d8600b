// A review round's outcome from its verdicts under the policy's decision rule (both variants).
import type { Verdict } from '../store/types.js';
import type { ReviewState } from './context.js';
import type { ReviewPolicy } from './policy.js';

/** `awaiting-extra-reviewer`: the verdicts disagree and a curator must assign one more reviewer. */
export type RoundOutcome = 'pending' | 'awaiting-extra-reviewer' | 'published' | 'rejected' | 'changes-requested';

/** One active reviewer's verdict in the round, null while not given. */
export interface Vote {
  verdict: Verdict | null;
  extra: boolean;
}

/** The unanimous rule: all approve publishes, any reject ends it, anything else asks for changes. */
function unanimous(verdicts: readonly Verdict[]): RoundOutcome {
  if (verdicts.includes('reject')) return 'rejected';
  if (verdicts.every((verdict) => verdict === 'approve')) return 'published';
  return 'changes-requested';
}

const SETTLES: Record<Verdict, RoundOutcome> = { approve: 'published', reject: 'rejected', 'request-changes': 'changes-requested' };

/**
 * The outcome once every active reviewer has given a verdict (`pending` before).
 * `unanimous`: see above. `extra-reviewer-on-disagreement`: when approvals and rejections meet
 * among the regular reviewers, the extra reviewer's verdict settles it (awaited until assigned);
 * without a disagreement the unanimous rule applies.
 */
export function roundOutcome(policy: ReviewPolicy, votes: readonly Vote[]): RoundOutcome {
  const regular = votes.filter((vote) => !vote.extra);
  if (regular.length < policy.reviewers || regular.some((vote) => vote.verdict === null)) return 'pending';
  const verdicts = regular.map((vote) => vote.verdict as Verdict);
  if (policy.decision === 'extra-reviewer-on-disagreement' && verdicts.includes('approve') && verdicts.includes('reject')) {
    const extra = votes.find((vote) => vote.extra);
    if (!extra) return 'awaiting-extra-reviewer';
    return extra.verdict === null ? 'pending' : SETTLES[extra.verdict];
  }
  if (votes.some((vote) => vote.verdict === null)) return 'pending';
  return unanimous(votes.map((vote) => vote.verdict as Verdict));
}

/** The round's votes: one per active assignment, with its reviewer's verdict of the current round. */
export function votesOf(state: Pick<ReviewState, 'active' | 'current'>): Vote[] {
  const given = new Map(state.current.map((review) => [review.reviewerId, review.verdict]));
  return state.active.map((assignment) => ({ verdict: given.get(assignment.reviewerId) ?? null, extra: assignment.extra }));
}

/** True while an in-review submission's verdicts disagree and no extra reviewer is assigned yet. */
export function awaitsExtraReviewer(policy: ReviewPolicy, state: ReviewState): boolean {
  return state.submission.state === 'in-review' && roundOutcome(policy, votesOf(state)) === 'awaiting-extra-reviewer';
}
