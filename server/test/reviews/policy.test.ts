// The review policy as configuration: both of the Hub's variants, custom JSON, and errors that name the field.
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { checkSeat, policyBalance } from '../../src/review/balance.js';
import { roundOutcome, type Vote } from '../../src/review/outcome.js';
import { HUB_2020_POLICY, HUB_POLICY, parseReviewPolicy } from '../../src/review/policy.js';
import { call } from '../helpers/contract-check.js';
import { reviewHub, type ReviewHub } from './support.js';

let hub: ReviewHub | undefined;
afterEach(async () => hub?.close());

describe('REVIEW_POLICY', () => {
  it('is the Hub’s rule when unset: three reviewers, at least one UN and one non-UN, unanimous', () => {
    expect(loadConfig({}).reviewPolicy).toEqual({
      name: 'hub',
      reviewers: 3,
      minUnEntity: 1,
      minNonUn: 1,
      decision: 'unanimous',
      reviewDays: 21,
      reminderDaysBefore: [7, 1],
    });
  });

  it('names the 2020 design: one UN and two non-UN reviewers, an extra reviewer on disagreement', () => {
    expect(loadConfig({ REVIEW_POLICY: 'hub-2020' }).reviewPolicy).toMatchObject({
      name: 'hub-2020',
      reviewers: 3,
      minUnEntity: 1,
      minNonUn: 2,
      decision: 'extra-reviewer-on-disagreement',
    });
  });

  it('takes a JSON object whose fields override the policy it extends', () => {
    const policy = parseReviewPolicy('{"name":"four","reviewers":4,"minNonUn":2,"reminderDaysBefore":[1,7,7],"extends":"hub-2020"}');
    expect(policy).toEqual({ ...HUB_2020_POLICY, name: 'four', reviewers: 4, minNonUn: 2, reminderDaysBefore: [7, 1] });
  });

  it('stops the start with a message naming the variable when the JSON does not parse', () => {
    expect(() => loadConfig({ REVIEW_POLICY: '{"reviewers": 3,' })).toThrow(ConfigError);
    expect(() => loadConfig({ REVIEW_POLICY: '{"reviewers": 3,' })).toThrow(/^REVIEW_POLICY is not valid JSON/);
  });

  it.each([
    ['{"minNonUn":"two"}', /^REVIEW_POLICY\.minNonUn must be a whole number/],
    ['{"reviewers":0}', /^REVIEW_POLICY\.reviewers must be a whole number from 1/],
    ['{"decision":"majority"}', /^REVIEW_POLICY\.decision must be one of unanimous, extra-reviewer-on-disagreement/],
    ['{"reviewers":2,"minUnEntity":1,"minNonUn":2}', /^REVIEW_POLICY\.reviewers \(2\) must be at least minUnEntity \+ minNonUn \(3\)/],
    ['{"reviewer":3}', /^REVIEW_POLICY\.reviewer is not a policy field/],
    ['{"extends":"hub-2030"}', /^REVIEW_POLICY\.extends must be/],
    ['{"reminderDaysBefore":[-1]}', /^REVIEW_POLICY\.reminderDaysBefore must be a list/],
    ['[3]', /^REVIEW_POLICY must be hub, hub-2020 or a JSON object, got "\[3\]"/],
    ['strict', /^REVIEW_POLICY must be hub, hub-2020 or a JSON object, got "strict"/],
  ])('refuses %s, naming the field', (value, message) => {
    expect(() => loadConfig({ REVIEW_POLICY: value })).toThrow(message);
  });
});

describe('GET /v1/review-policy', () => {
  it('answers the policy in force to anyone, signed in or not', async () => {
    hub = await reviewHub();
    const res = await call(hub.app, '/v1/review-policy');
    expect(res.status).toBe(200);
    expect(res.json).toEqual(HUB_POLICY);
  });

  it('answers the configured policy', async () => {
    hub = await reviewHub({ reviewPolicy: HUB_2020_POLICY });
    expect((await call(hub.app, '/v1/review-policy')).json).toMatchObject({ name: 'hub-2020', minNonUn: 2 });
  });
});

describe('the rules, one by one', () => {
  const votes = (...verdicts: (Vote['verdict'] | [Vote['verdict'], 'extra'])[]): Vote[] =>
    verdicts.map((v) => (Array.isArray(v) ? { verdict: v[0], extra: true } : { verdict: v, extra: false }));

  it('hub: publishes only on three approvals; any rejection rejects; otherwise changes are requested', () => {
    expect(roundOutcome(HUB_POLICY, votes('approve', 'approve', null))).toBe('pending');
    expect(roundOutcome(HUB_POLICY, votes('approve', 'approve', 'approve'))).toBe('published');
    expect(roundOutcome(HUB_POLICY, votes('approve', 'reject', 'approve'))).toBe('rejected');
    expect(roundOutcome(HUB_POLICY, votes('approve', 'request-changes', 'reject'))).toBe('rejected');
    expect(roundOutcome(HUB_POLICY, votes('approve', 'request-changes', 'approve'))).toBe('changes-requested');
  });

  it('hub-2020: a disagreement waits for the extra reviewer, whose verdict settles it', () => {
    expect(roundOutcome(HUB_2020_POLICY, votes('approve', 'reject', 'approve'))).toBe('awaiting-extra-reviewer');
    expect(roundOutcome(HUB_2020_POLICY, votes('approve', 'reject', 'approve', [null, 'extra']))).toBe('pending');
    expect(roundOutcome(HUB_2020_POLICY, votes('approve', 'reject', 'approve', ['approve', 'extra']))).toBe('published');
    expect(roundOutcome(HUB_2020_POLICY, votes('approve', 'reject', 'reject', ['reject', 'extra']))).toBe('rejected');
    expect(roundOutcome(HUB_2020_POLICY, votes('reject', 'reject', 'request-changes'))).toBe('rejected');
    expect(roundOutcome(HUB_2020_POLICY, votes('approve', 'approve', 'approve'))).toBe('published');
  });

  it('measures a set against the minimums and refuses the seat that would make them impossible', () => {
    const un = { unEntity: true, extra: false };
    const other = { unEntity: false, extra: false };
    expect(policyBalance(HUB_POLICY, [other, other])).toMatchObject({ complete: false, missing: ['un-entity'], assigned: 2, nonUn: 2 });
    expect(policyBalance(HUB_POLICY, [un, other, other])).toMatchObject({ complete: true, missing: [] });
    expect(checkSeat(HUB_POLICY, [other, other], false)).toMatchObject({ ok: false, reason: 'balance' });
    expect(checkSeat(HUB_POLICY, [other, other], true)).toEqual({ ok: true, extra: false });
    expect(checkSeat(HUB_POLICY, [un, other, other], true)).toMatchObject({ ok: false, reason: 'full' });
    expect(checkSeat(HUB_2020_POLICY, [un], true)).toMatchObject({ ok: false, reason: 'balance' });
    expect(checkSeat(HUB_2020_POLICY, [un, other, other], true, true)).toEqual({ ok: true, extra: true });
    expect(policyBalance(HUB_2020_POLICY, [un, other, other], true)).toMatchObject({ required: 4, complete: false, missing: ['extra-reviewer'] });
  });
});
