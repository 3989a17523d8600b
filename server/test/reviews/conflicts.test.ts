// Conflicts of interest, refused when a curator calls the API directly, and shown (not selectable) in suggestions.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  assign,
  assignAll,
  CONTRIBUTOR,
  CURATOR,
  FOCAL_POINT,
  LANTERN_CONTRIBUTOR,
  mexicanDraft,
  reviewHub,
  stateOf,
  submitted,
  UN,
  type ReviewHub,
} from './support.js';
import type { components } from '@mnh/contract';

type Suggestions = components['schemas']['ReviewerSuggestionList'];
type Problem = components['schemas']['Problem'];

let hub: ReviewHub;
beforeEach(async () => {
  hub = await reviewHub();
});
afterEach(() => hub.close());

async function refusal(submissionId: string, reviewer: string): Promise<Problem> {
  const res = await assign(hub, submissionId, reviewer);
  expect(res.status, res.text).toBe(409);
  const problem = res.json as Problem;
  expect(problem.errors?.[0]).toMatchObject({ field: '/reviewerId', in: 'body' });
  return problem;
}

async function conflictShown(submissionId: string, reviewer: string) {
  const res = await hub.as(CURATOR, `/v1/submissions/${submissionId}/reviewer-suggestions`);
  expect(res.status).toBe(200);
  const id = await hub.id(reviewer);
  return (res.json as Suggestions).items.find((s) => s.reviewer.id === id);
}

describe('conflicts of interest', () => {
  it('refuses the submitter as a reviewer of their own practice', async () => {
    const own = await submitted(
      hub,
      UN[0],
      mexicanDraft({ organisation: { name: 'UN Country Team, Kenya', kind: 'un-entity' }, countries: ['KEN'] }),
    );
    expect((await refusal(own.id, UN[0])).detail).toMatch(/submitted this practice/);
    expect(await conflictShown(own.id, UN[0])).toMatchObject({ eligible: false, conflict: 'submitter' });
  });

  it("refuses a member of the submitter's organisation", async () => {
    // Priya (Lantern Legal Aid) submits for the Mexican ministry; Kwame works at Lantern.
    const practice = await submitted(hub, LANTERN_CONTRIBUTOR, mexicanDraft({ focalPoint: FOCAL_POINT }));
    expect((await refusal(practice.id, 'reviewer3@example.org')).detail).toMatch(/belongs to the submitter's organisation/);
    expect(await conflictShown(practice.id, 'reviewer3@example.org')).toMatchObject({ eligible: false, conflict: 'submitter-organisation' });
  });

  it('refuses a member of the implementing organisation, matching its name whatever the case', async () => {
    const draft = mexicanDraft({ organisation: { name: 'lantern LEGAL aid', kind: 'civil-society' }, focalPoint: FOCAL_POINT });
    const practice = await submitted(hub, CONTRIBUTOR, draft);
    expect((await refusal(practice.id, 'reviewer3@example.org')).detail).toMatch(/belongs to the implementing organisation/);
    expect(await conflictShown(practice.id, 'reviewer3@example.org')).toMatchObject({ conflict: 'implementer-organisation' });
  });

  it("refuses a reviewer who declared a conflict with the submitter's or the implementer's organisation", async () => {
    // Fatou declared a conflict with Lantern Legal Aid.
    const bySubmitter = await submitted(hub, LANTERN_CONTRIBUTOR, mexicanDraft({ focalPoint: FOCAL_POINT }));
    expect((await refusal(bySubmitter.id, 'reviewer7@example.org')).detail).toMatch(/declared a conflict of interest/);
    const byImplementer = await submitted(
      hub,
      CONTRIBUTOR,
      mexicanDraft({ organisation: { name: 'Lantern Legal Aid', kind: 'civil-society' }, focalPoint: FOCAL_POINT }),
    );
    await refusal(byImplementer.id, 'reviewer7@example.org');
    expect(await conflictShown(byImplementer.id, 'reviewer7@example.org')).toMatchObject({ eligible: false, conflict: 'declared' });
  });

  it('refuses the same reviewer twice', async () => {
    const practice = await submitted(hub, CONTRIBUTOR);
    await assignAll(hub, practice.id, ['reviewer4@example.org']);
    expect((await refusal(practice.id, 'reviewer4@example.org')).detail).toMatch(/already assigned/);
    expect(await conflictShown(practice.id, 'reviewer4@example.org')).toMatchObject({ eligible: false, conflict: 'already-assigned' });
    expect((await hub.store.assignments.forSubmission(practice.id)).length).toBe(1);
  });

  it('leaves no trace of a refused assignment', async () => {
    const practice = await submitted(hub, LANTERN_CONTRIBUTOR, mexicanDraft({ focalPoint: FOCAL_POINT }));
    const before = await hub.store.audit.list({ subject: practice.id, limit: 50 });
    await refusal(practice.id, 'reviewer3@example.org');
    expect(await hub.store.assignments.forSubmission(practice.id)).toEqual([]);
    expect(await hub.store.audit.list({ subject: practice.id, limit: 50 })).toEqual(before);
    expect(await stateOf(hub, practice.id)).toBe('submitted');
  });
});

describe('suggestions', () => {
  it('put eligible reviewers first, best fit first, with short reasons', async () => {
    // Objectives 5, 6, 22 in Spanish: Rosa (UN, es, knows 5 and 6) fits best; Dmitri knows 6 and 22.
    const practice = await submitted(hub, CONTRIBUTOR);
    const res = await hub.as(CURATOR, `/v1/submissions/${practice.id}/reviewer-suggestions`);
    const { items, balance } = res.json as Suggestions;
    expect(items).toHaveLength(7);
    expect(items[0]).toMatchObject({ reviewer: { name: 'Rosa Ramírez', organisation: { unEntity: true } }, eligible: true, conflict: null });
    expect(items[0]?.matches).toEqual({ objectives: [5, 6], themes: ['regular-migration'], languages: ['es'] });
    expect(items[0]?.reasons).toContain("reads es, the submission's language");
    expect(items[0]?.reasons).toContain('brings the UN entity the set still needs');
    const scores = items.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(balance).toMatchObject({ required: 3, assigned: 0, complete: false, missing: ['un-entity', 'non-un', 'reviewers'] });
    // Emails never leave in a suggestion.
    expect(res.text).not.toMatch(/@example\.org/);
  });

  it('show a reviewer who would break the balance as not eligible, with the reason', async () => {
    const practice = await submitted(hub, CONTRIBUTOR);
    await assignAll(hub, practice.id, ['reviewer4@example.org', 'reviewer5@example.org']);
    const { items, balance } = (await hub.as(CURATOR, `/v1/submissions/${practice.id}/reviewer-suggestions`)).json as Suggestions;
    const wei = items.find((s) => s.reviewer.name === 'Wei Zhou');
    expect(wei).toMatchObject({ eligible: false, conflict: null });
    expect(wei?.reasons[0]).toMatch(/1 more from a UN entity/);
    expect(items.filter((s) => s.eligible).map((s) => s.reviewer.organisation?.unEntity)).toEqual([true, true]);
    expect(balance).toMatchObject({ assigned: 2, nonUn: 2, missing: ['un-entity'] });
  });

  it('count open reviews as load', async () => {
    const first = await submitted(hub, CONTRIBUTOR);
    await assignAll(hub, first.id, ['reviewer1@example.org', 'reviewer4@example.org', 'reviewer5@example.org']);
    const second = await submitted(hub, CONTRIBUTOR);
    const { items } = (await hub.as(CURATOR, `/v1/submissions/${second.id}/reviewer-suggestions`)).json as Suggestions;
    expect(items.find((s) => s.reviewer.name === 'Hana Haddad')).toMatchObject({ load: 1 });
    expect(items.find((s) => s.reviewer.name === 'Hana Haddad')?.reasons).toContain('1 open review');
    expect(items.find((s) => s.reviewer.name === 'Rosa Ramírez')).toMatchObject({ load: 0 });
  });
});
