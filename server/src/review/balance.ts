// The policy's balance rules: how a set of reviewers measures up, and whether one more keeps it completable.
import type { ReviewPolicy } from './policy.js';
import type { BalanceGap, PolicyBalance, Seat } from './types.js';

/**
 * How the active seats measure against the policy. The minimums count the regular seats; the
 * extra reviewer of an `extra-reviewer-on-disagreement` policy only settles a disagreement and
 * is wanted (`awaitingExtra`) once the regular verdicts disagree.
 */
export function policyBalance(policy: ReviewPolicy, seats: readonly Seat[], awaitingExtra = false): PolicyBalance {
  const regular = seats.filter((seat) => !seat.extra);
  const extras = seats.length - regular.length;
  const unEntity = regular.filter((seat) => seat.unEntity).length;
  const nonUn = regular.length - unEntity;
  const missing: BalanceGap[] = [];
  const needUn = Math.max(0, policy.minUnEntity - unEntity);
  const needNonUn = Math.max(0, policy.minNonUn - nonUn);
  if (needUn > 0) missing.push('un-entity');
  if (needNonUn > 0) missing.push('non-un');
  if (regular.length + needUn + needNonUn < policy.reviewers) missing.push('reviewers');
  const wantsExtra = awaitingExtra && extras === 0;
  if (wantsExtra) missing.push('extra-reviewer');
  return {
    required: policy.reviewers + (wantsExtra || extras > 0 ? 1 : 0),
    assigned: seats.length,
    unEntity: seats.filter((seat) => seat.unEntity).length,
    nonUn: seats.filter((seat) => !seat.unEntity).length,
    minUnEntity: policy.minUnEntity,
    minNonUn: policy.minNonUn,
    complete: missing.length === 0 && regular.length >= policy.reviewers,
    missing,
  };
}

export type SeatCheck =
  | { ok: true; extra: boolean }
  | { ok: false; reason: 'full' | 'balance'; message: string };

/**
 * Whether a reviewer (from a UN entity or not) can join the set without breaking the policy: the
 * set must not outgrow `policy.reviewers`, and the seats left afterwards must still be enough for
 * the UN and non-UN minimums. While an extra reviewer is awaited, anyone may take that seat.
 */
export function checkSeat(policy: ReviewPolicy, seats: readonly Seat[], candidateUn: boolean, awaitingExtra = false): SeatCheck {
  if (awaitingExtra && !seats.some((seat) => seat.extra)) return { ok: true, extra: true };
  const regular = seats.filter((seat) => !seat.extra);
  if (regular.length >= policy.reviewers) {
    return { ok: false, reason: 'full', message: `the submission already has the ${policy.reviewers} reviewers the policy asks for` };
  }
  const after = [...regular, { unEntity: candidateUn, extra: false }];
  const left = policy.reviewers - after.length;
  const needUn = Math.max(0, policy.minUnEntity - after.filter((seat) => seat.unEntity).length);
  const needNonUn = Math.max(0, policy.minNonUn - after.filter((seat) => !seat.unEntity).length);
  if (needUn + needNonUn > left) {
    const wanted = needUn > 0 ? `${needUn} more from a UN entity` : `${needNonUn} more from outside the UN`;
    return {
      ok: false,
      reason: 'balance',
      message: `the policy needs ${wanted}, and only ${left} seat${left === 1 ? '' : 's'} would be left`,
    };
  }
  return { ok: true, extra: false };
}
