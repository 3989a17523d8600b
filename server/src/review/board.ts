// The curators' review board: every submission waiting for or in review, with its balance, progress and deadlines.
import type { Store, SubmissionRecord } from '../store/types.js';
import { policyBalance } from './balance.js';
import { ReviewReader, reviewState } from './context.js';
import { awaitsExtraReviewer } from './outcome.js';
import type { ReviewPolicy } from './policy.js';
import type { BoardItem } from './types.js';
import { assignmentView } from './views.js';

const ON_THE_BOARD = ['submitted', 'in-review', 'changes-requested'] as const;

/** Enough for any real review queue; the board is one page. */
const BOARD_LIMIT = 500;

export async function reviewBoard(store: Store, policy: ReviewPolicy, now: Date): Promise<BoardItem[]> {
  const submissions = await store.submissions.list({ states: [...ON_THE_BOARD], limit: BOARD_LIMIT });
  const reader = new ReviewReader(store);
  const items = await Promise.all(submissions.map((submission) => boardItem(store, reader, policy, submission, now)));
  // Oldest first: what waits longest is looked at first.
  return items.sort((a, b) => (a.submission.submittedAt ?? '').localeCompare(b.submission.submittedAt ?? ''));
}

async function boardItem(store: Store, reader: ReviewReader, policy: ReviewPolicy, submission: SubmissionRecord, now: Date): Promise<BoardItem> {
  const state = await reviewState(store, submission);
  const seats = await Promise.all(state.active.map((a) => reader.seat(a)));
  const awaiting = awaitsExtraReviewer(policy, state);
  const balance = policyBalance(policy, seats, awaiting);
  const given = new Set(state.current.map((r) => r.reviewerId));
  const waiting = submission.state === 'in-review' ? state.active.filter((a) => !given.has(a.reviewerId)) : [];
  const dues = waiting.map((a) => a.dueAt).sort();
  return {
    submission: {
      id: submission.id,
      title: submission.content.title ?? '',
      state: submission.state,
      submittedAt: submission.submittedAt,
      round: submission.round,
      ownerName: (await reader.person(submission.ownerId))?.name ?? '',
    },
    assignments: await Promise.all(state.active.map((a) => assignmentView(reader, a))),
    balance,
    verdicts: { given: state.active.filter((a) => given.has(a.reviewerId)).length, required: Math.max(balance.required, state.active.length) },
    nextDueAt: dues[0] ?? null,
    overdue: dues.filter((due) => due < now.toISOString()).length,
    awaitingExtraReviewer: awaiting,
  };
}
