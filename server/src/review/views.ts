// How assignments and reviews are shown: reviewers by reference, reviews by label for the submitter.
import type { AssignmentRecord, ReviewRecord } from '../store/types.js';
import type { ReviewReader } from './context.js';
import type { AssignmentView, ReviewView } from './types.js';

export async function assignmentView(reader: ReviewReader, assignment: AssignmentRecord): Promise<AssignmentView> {
  return {
    id: assignment.id,
    submissionId: assignment.submissionId,
    reviewer: await reader.ref(assignment.reviewerId),
    state: assignment.state,
    assignedAt: assignment.assignedAt,
    dueAt: assignment.dueAt,
    round: assignment.round,
    extra: assignment.extra,
    reviewed: assignment.reviewed,
    remindedAt: assignment.remindedAt,
  };
}

/**
 * `Reviewer 1`, `Reviewer 2`… for everyone who wrote a review, in the order they were first
 * assigned: stable across rounds, and the same whoever reads them.
 */
export function reviewLabels(assignments: readonly AssignmentRecord[], reviews: readonly ReviewRecord[]): Map<string, string> {
  const wrote = new Set(reviews.map((review) => review.reviewerId));
  const order: string[] = [];
  for (const assignment of assignments) {
    if (wrote.has(assignment.reviewerId) && !order.includes(assignment.reviewerId)) order.push(assignment.reviewerId);
  }
  return new Map(order.map((reviewerId, i) => [reviewerId, `Reviewer ${i + 1}`]));
}

/** With `anonymous` (for the submitter) the reviewer is null and only the label remains. */
export async function reviewView(reader: ReviewReader, review: ReviewRecord, label: string, anonymous: boolean): Promise<ReviewView> {
  return {
    id: review.id,
    round: review.round,
    reviewer: anonymous ? null : await reader.ref(review.reviewerId),
    label,
    verdict: review.verdict,
    criteria: review.criteria,
    comment: review.comment,
    createdAt: review.createdAt,
  };
}
