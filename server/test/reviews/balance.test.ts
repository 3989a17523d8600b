// The policy's balance, enforced on every assignment made through the API; a complete set starts the review.
import { afterEach, describe, expect, it } from 'vitest';
import type { components } from '@mnh/contract';
import { HUB_2020_POLICY } from '../../src/review/policy.js';
import { assign, assignAll, CONTRIBUTOR, CURATOR, mexicanDraft, NON_UN, noticesTo, reviewHub, stateOf, submitted, UN, type ReviewHub } from './support.js';

type Problem = components['schemas']['Problem'];
type AssignmentList = components['schemas']['AssignmentList'];

let hub: ReviewHub;
afterEach(() => hub.close());

async function refused(submissionId: string, reviewer: string, status = 409): Promise<Problem> {
  const res = await assign(hub, submissionId, reviewer);
  expect(res.status, res.text).toBe(status);
  expect((res.json as Problem).errors?.[0]).toMatchObject({ field: '/reviewerId', in: 'body' });
  return res.json as Problem;
}

describe('the hub policy (3 reviewers, ≥ 1 UN, ≥ 1 non-UN)', () => {
  it('refuses a third non-UN reviewer, since no seat would be left for the UN entity', async () => {
    hub = await reviewHub();
    const practice = await submitted(hub, CONTRIBUTOR);
    await assignAll(hub, practice.id, [NON_UN[1], NON_UN[2]]);
    expect((await refused(practice.id, NON_UN[3])).detail).toMatch(/the policy needs 1 more from a UN entity, and only 0 seats would be left/);
    expect(await stateOf(hub, practice.id)).toBe('submitted');
  });

  it('moves the submission to in review when the set becomes complete, and tells the reviewers and the submitter', async () => {
    hub = await reviewHub();
    const practice = await submitted(hub, CONTRIBUTOR);
    const [first] = await assignAll(hub, practice.id, [NON_UN[1], NON_UN[2]]);
    expect(first).toMatchObject({ state: 'active', round: 1, extra: false, reviewed: false, remindedAt: null, reviewer: { name: 'Ines Lemaire' } });
    // Nobody is told before the set is complete: the reviewers cannot act yet.
    expect(await noticesTo(hub, NON_UN[1], practice.id)).toEqual([]);
    const third = await assign(hub, practice.id, UN[0]);
    expect(third.status).toBe(201);
    expect(third.headers.get('Location')).toBe(`/v1/submissions/${practice.id}/assignments`);
    expect(await stateOf(hub, practice.id)).toBe('in-review');
    for (const reviewer of [NON_UN[1], NON_UN[2], UN[0]]) expect(await noticesTo(hub, reviewer, practice.id)).toEqual(['review.assigned']);
    expect(await noticesTo(hub, CONTRIBUTOR, practice.id)).toEqual(['submission.submitted', 'submission.in-review']);
    const list = (await hub.as(CURATOR, `/v1/submissions/${practice.id}/assignments`)).json as AssignmentList;
    expect(list.balance).toEqual({ required: 3, assigned: 3, unEntity: 1, nonUn: 2, minUnEntity: 1, minNonUn: 1, complete: true, missing: [] });
    const actions = (await hub.store.audit.list({ subject: practice.id, limit: 20 })).map((e) => e.action);
    expect(actions.slice(0, 2)).toEqual(['submission.in-review', 'review.reviewer-assigned']);
  });

  it('refuses a fourth reviewer', async () => {
    hub = await reviewHub();
    const practice = await submitted(hub, CONTRIBUTOR);
    await assignAll(hub, practice.id, [UN[0], NON_UN[1], NON_UN[2]]);
    expect((await refused(practice.id, UN[1])).detail).toMatch(/already has the 3 reviewers the policy asks for/);
  });

  it('lets only one of two curators acting at once take the last seat', async () => {
    hub = await reviewHub();
    const practice = await submitted(hub, CONTRIBUTOR);
    await assignAll(hub, practice.id, [UN[0], NON_UN[1]]);
    await hub.token(NON_UN[2]);
    const [a, b] = await Promise.all([assign(hub, practice.id, NON_UN[2]), assign(hub, practice.id, NON_UN[3])]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const active = (await hub.store.assignments.forSubmission(practice.id)).filter((x) => x.state === 'active');
    expect(active).toHaveLength(3);
    expect(await stateOf(hub, practice.id)).toBe('in-review');
  });

  it('is a 404 naming /reviewerId for an unknown person or someone not on the reviewer roster', async () => {
    hub = await reviewHub();
    const practice = await submitted(hub, CONTRIBUTOR);
    const unknown = await hub.as(CURATOR, `/v1/submissions/${practice.id}/assignments`, { method: 'POST', json: { reviewerId: 'usr_nobody0000' } });
    expect(unknown.status).toBe(404);
    expect((unknown.json as Problem).errors?.[0]?.field).toBe('/reviewerId');
    await refused(practice.id, 'contributor3@example.org', 404);
    await refused(practice.id, CURATOR, 404);
  });

  it('only assigns to submitted or in-review submissions', async () => {
    hub = await reviewHub();
    const draft = await hub.as(CONTRIBUTOR, '/v1/submissions', { method: 'POST', json: mexicanDraft() });
    const res = await assign(hub, (draft.json as { id: string }).id, UN[0]);
    expect(res.status).toBe(409);
    expect((res.json as Problem).detail).toMatch(/A draft submission cannot be given reviewers/);
  });

  it('takes a due date in the future, and refuses one in the past naming /dueAt', async () => {
    hub = await reviewHub();
    const practice = await submitted(hub, CONTRIBUTOR);
    const reviewerId = await hub.id(UN[0]);
    const past = await hub.as(CURATOR, `/v1/submissions/${practice.id}/assignments`, {
      method: 'POST',
      json: { reviewerId, dueAt: '2020-01-01T00:00:00Z' },
    });
    expect(past.status).toBe(400);
    expect((past.json as Problem).errors?.[0]?.field).toBe('/dueAt');
    const later = await hub.as(CURATOR, `/v1/submissions/${practice.id}/assignments`, {
      method: 'POST',
      json: { reviewerId, dueAt: '2026-04-01T12:00:00Z' },
    });
    expect(later.json).toMatchObject({ dueAt: '2026-04-01T12:00:00.000Z' });
    // Without one, the policy's 21 days from now (the test clock stands at 2026-03-02 09:00).
    const [other] = await assignAll(hub, practice.id, [NON_UN[1]]);
    expect(other?.dueAt).toBe('2026-03-23T09:00:00.000Z');
  });
});

describe('the 2020 policy (1 UN + 2 non-UN)', () => {
  it('refuses a second UN reviewer, which would leave one seat for the two non-UN ones', async () => {
    hub = await reviewHub({ reviewPolicy: HUB_2020_POLICY });
    const practice = await submitted(hub, CONTRIBUTOR);
    await assignAll(hub, practice.id, [UN[0]]);
    expect((await refused(practice.id, UN[1])).detail).toMatch(/2 more from outside the UN/);
    await assignAll(hub, practice.id, [NON_UN[1], NON_UN[2]]);
    expect(await stateOf(hub, practice.id)).toBe('in-review');
  });
});
