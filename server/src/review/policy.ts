// The review policy as configuration: the Hub's rule by default, its 2020 design, or a JSON object from REVIEW_POLICY.
import type { components } from '@mnh/contract';

export type ReviewPolicy = components['schemas']['ReviewPolicy'];
export type ReviewDecision = ReviewPolicy['decision'];

/**
 * The Hub's published rule (talking points, 2022): three reviewers, at least one from a UN entity
 * and one from outside the UN, published only when all three approve.
 */
export const HUB_POLICY: ReviewPolicy = Object.freeze({
  name: 'hub',
  reviewers: 3,
  minUnEntity: 1,
  minNonUn: 1,
  decision: 'unanimous',
  reviewDays: 21,
  reminderDaysBefore: [7, 1],
});

/** The 2020 design: one UN and two non-UN reviewers, and an extra reviewer when they disagree. */
export const HUB_2020_POLICY: ReviewPolicy = Object.freeze({
  ...HUB_POLICY,
  name: 'hub-2020',
  minNonUn: 2,
  decision: 'extra-reviewer-on-disagreement',
});

export const NAMED_POLICIES: Readonly<Record<string, ReviewPolicy>> = { hub: HUB_POLICY, 'hub-2020': HUB_2020_POLICY };

const DECISIONS: readonly ReviewDecision[] = ['unanimous', 'extra-reviewer-on-disagreement'];

/** A policy that cannot be used; `field` names the offending part, e.g. `REVIEW_POLICY.minNonUn`. */
export class ReviewPolicyError extends Error {
  override name = 'ReviewPolicyError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field} ${message}`);
  }
}

const VARIABLE = 'REVIEW_POLICY';

/**
 * Reads REVIEW_POLICY: unset or empty is `hub`; `hub` or `hub-2020` name a built-in policy; text
 * starting with `{` is a JSON object whose fields override the `hub` policy (`"extends":
 * "hub-2020"` starts from the other one). Anything else throws ReviewPolicyError naming the field.
 *
 * @example
 * ```ts
 * parseReviewPolicy('{"reviewers": 4, "minNonUn": 2}'); // hub, with four reviewers, two from outside the UN
 * ```
 */
export function parseReviewPolicy(value: string | undefined): ReviewPolicy {
  const text = value?.trim() ?? '';
  if (text === '') return HUB_POLICY;
  const named = NAMED_POLICIES[text.toLowerCase()];
  if (named) return named;
  if (!text.startsWith('{')) {
    throw new ReviewPolicyError(VARIABLE, `must be hub, hub-2020 or a JSON object, got "${text.slice(0, 40)}".`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ReviewPolicyError(VARIABLE, `is not valid JSON: ${(error as Error).message}.`);
  }
  return validatePolicy(parsed);
}

/** Checks a policy object field by field; missing fields come from the policy it extends. */
export function validatePolicy(input: unknown): ReviewPolicy {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new ReviewPolicyError(VARIABLE, 'must be a JSON object.');
  }
  const given = input as Record<string, unknown>;
  const known = new Set(['extends', ...Object.keys(HUB_POLICY)]);
  for (const key of Object.keys(given)) {
    if (!known.has(key)) throw new ReviewPolicyError(`${VARIABLE}.${key}`, `is not a policy field (known: ${[...known].join(', ')}).`);
  }
  const baseName = given.extends ?? 'hub';
  const base = typeof baseName === 'string' ? NAMED_POLICIES[baseName] : undefined;
  if (!base) throw new ReviewPolicyError(`${VARIABLE}.extends`, 'must be "hub" or "hub-2020".');
  const name = given.name ?? 'custom';
  if (typeof name !== 'string' || name.trim() === '' || name.length > 60) {
    throw new ReviewPolicyError(`${VARIABLE}.name`, 'must be a short text.');
  }
  const policy: ReviewPolicy = {
    name,
    reviewers: whole(given, 'reviewers', base.reviewers, 1, 10),
    minUnEntity: whole(given, 'minUnEntity', base.minUnEntity, 0, 10),
    minNonUn: whole(given, 'minNonUn', base.minNonUn, 0, 10),
    decision: decision(given.decision ?? base.decision),
    reviewDays: whole(given, 'reviewDays', base.reviewDays, 1, 365),
    reminderDaysBefore: reminders(given.reminderDaysBefore ?? base.reminderDaysBefore),
  };
  if (policy.minUnEntity + policy.minNonUn > policy.reviewers) {
    throw new ReviewPolicyError(
      `${VARIABLE}.reviewers`,
      `(${policy.reviewers}) must be at least minUnEntity + minNonUn (${policy.minUnEntity + policy.minNonUn}).`,
    );
  }
  return Object.freeze(policy);
}

function whole(given: Record<string, unknown>, field: keyof ReviewPolicy, fallback: number, min: number, max: number): number {
  const value = given[field] ?? fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new ReviewPolicyError(`${VARIABLE}.${field}`, `must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}.`);
  }
  return value;
}

function decision(value: unknown): ReviewDecision {
  const found = DECISIONS.find((known) => known === value);
  if (!found) throw new ReviewPolicyError(`${VARIABLE}.decision`, `must be one of ${DECISIONS.join(', ')}, got ${JSON.stringify(value)}.`);
  return found;
}

function reminders(value: unknown): number[] {
  const ok = Array.isArray(value) && value.length <= 10 && value.every((d) => typeof d === 'number' && Number.isInteger(d) && d >= 0 && d <= 365);
  if (!ok) throw new ReviewPolicyError(`${VARIABLE}.reminderDaysBefore`, 'must be a list of at most 10 whole numbers of days from 0 to 365.');
  // Largest first: the earliest reminder comes first; duplicates would send the same reminder twice.
  return [...new Set(value as number[])].sort((a, b) => b - a);
}
