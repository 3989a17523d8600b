// The review flow end to end through the API: hidden verdicts, a request for changes, resubmission to the same reviewers, publication; and rejection.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { components } from '@mnh/contract';
import { call } from '../helpers/contract-check.js';
import {
  assignAll,
  CONTRIBUTOR,
  CURATOR,
  FOCAL_POINT,
  mailTo,
  mexicanDraft,
  NON_UN,
  noticesTo,
  reviewHub,
  stateOf,
  submitted,
  UN,
  verdict,
  type ReviewHub,
  type Submission,
} from './support.js';

type Schemas = components['schemas'];
type ReviewList = Schemas['ReviewList'];
type Queue = Schemas['ReviewQueue'];
type Problem = Schemas['Problem'];
type PracticePage = Schemas['PracticePage'];

const REVIEWERS = [UN[1], NON_UN[1], NON_UN[2]] as const;
let hub: ReviewHub;
let practice: Submission;
beforeEach(async () => {
  hub = await reviewHub();
  practice = await submitted(hub, CONTRIBUTOR, mexicanDraft({ title: 'Portable pensions for seasonal workers', focalPoint: FOCAL_POINT }));
  await assignAll(hub, practice.id, REVIEWERS);
});
afterEach(() => hub.close());

const reviewsAs = async (email: string) => {
  const res = await hub.as(email, `/v1/submissions/${practice.id}/reviews`);
  expect(res.status, res.text).toBe(200);
  return res.json as ReviewList;
};

describe('verdicts', () => {
  it('stay hidden from a reviewer until they have given their own', async () => {
    expect((await verdict(hub, practice.id, REVIEWERS[0], 'approve')).status).toBe(201);
    expect((await reviewsAs(REVIEWERS[1])).items).toEqual([]);
    const mine = await verdict(hub, practice.id, REVIEWERS[1], 'request-changes', 'Say how many workers kept their pension.');
    expect(mine.status).toBe(201);
    expect(mine.json).toMatchObject({ verdict: 'request-changes', round: 1, label: 'Reviewer 2', reviewer: { name: 'Ines Lemaire' } });
    const seen = await reviewsAs(REVIEWERS[1]);
    expect(seen.items.map((r) => [r.label, r.verdict])).toEqual([
      ['Reviewer 1', 'approve'],
      ['Reviewer 2', 'request-changes'],
    ]);
    // The one still to decide sees nothing of the others, nor does the submitter while the round runs.
    expect((await reviewsAs(REVIEWERS[2])).items).toEqual([]);
    expect((await reviewsAs(CONTRIBUTOR)).items).toEqual([]);
    expect((await reviewsAs(CURATOR)).items).toHaveLength(2);
  });

  it('are given once per round, only by an active reviewer, only while in review', async () => {
    await verdict(hub, practice.id, REVIEWERS[0], 'approve');
    const again = await verdict(hub, practice.id, REVIEWERS[0], 'reject');
    expect(again.status).toBe(409);
    expect((again.json as Problem).errors?.[0]?.field).toBe('/verdict');
    const stranger = await verdict(hub, practice.id, UN[0], 'approve');
    expect(stranger.status).toBe(404);
    const other = await submitted(hub, CONTRIBUTOR);
    await assignAll(hub, other.id, [UN[0]]);
    // Assigned, but the set is not complete: the review has not started.
    expect((await verdict(hub, other.id, UN[0], 'approve')).status).toBe(409);
  });

  it('need all seven criteria, each at most 2,000 characters', async () => {
    const res = await hub.as(REVIEWERS[0], `/v1/submissions/${practice.id}/reviews/mine`, {
      method: 'PUT',
      json: { verdict: 'approve', criteria: { applied: 'x'.repeat(2001) }, comment: '' },
    });
    expect(res.status).toBe(400);
    const fields = (res.json as Problem).errors?.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['/criteria/applied', '/criteria/relevant', '/criteria/timely']));
  });
});

describe('request changes, resubmit, approve', () => {
  it('goes back to the submitter with the comments, then to the same reviewers, then is published and listed', async () => {
    await verdict(hub, practice.id, REVIEWERS[0], 'approve');
    await verdict(hub, practice.id, REVIEWERS[1], 'request-changes', 'Say how many workers kept their pension.');
    await verdict(hub, practice.id, REVIEWERS[2], 'approve');
    expect(await stateOf(hub, practice.id)).toBe('changes-requested');

    // The submitter reads the comments without the reviewers' names, and was told by mail with them.
    const forOwner = await reviewsAs(CONTRIBUTOR);
    expect(forOwner.items).toHaveLength(3);
    expect(forOwner.items.every((r) => r.reviewer === null)).toBe(true);
    expect(JSON.stringify(forOwner)).not.toMatch(/Ines Lemaire|Rosa|Dmitri/);
    expect(forOwner.items[1]).toMatchObject({ label: 'Reviewer 2', comment: 'Say how many workers kept their pension.' });
    expect(await noticesTo(hub, CONTRIBUTOR, practice.id)).toContain('submission.changes-requested');
    const [mail] = await mailTo(hub, CONTRIBUTOR, practice.id);
    expect(mail).toContain('Reviewer 2: request changes');
    expect(mail).toContain('Say how many workers kept their pension.');
    expect(mail).not.toContain('Ines');

    // A reviewer's queue no longer lists it as open; the verdict shows under done.
    const done = (await hub.as(REVIEWERS[1], '/v1/me/assignments?state=done')).json as Queue;
    expect(done.items.map((i) => [i.submission.id, i.myVerdict])).toEqual([[practice.id, 'request-changes']]);

    // The submitter edits and resubmits; the same three reviewers get it back in round 2.
    const current = (await hub.as(CONTRIBUTOR, `/v1/submissions/${practice.id}`)).res.headers.get('ETag') as string;
    const edited = await hub.as(CONTRIBUTOR, `/v1/submissions/${practice.id}`, {
      method: 'PATCH',
      headers: { 'If-Match': current },
      json: { results: '12,000 workers covered; 9,500 kept their pension.' },
    });
    expect(edited.status, edited.text).toBe(200);
    const again = await hub.as(CONTRIBUTOR, `/v1/submissions/${practice.id}/submit`, { method: 'POST' });
    expect(again.status, again.text).toBe(200);
    expect(again.json).toMatchObject({ state: 'in-review', round: 2 });
    const list = (await hub.as(CURATOR, `/v1/submissions/${practice.id}/assignments`)).json as { items: { reviewer: { id: string } }[]; round: number };
    expect(list.round).toBe(2);
    expect(list.items.map((a) => a.reviewer.id)).toEqual(await Promise.all(REVIEWERS.map((r) => hub.id(r))));
    for (const reviewer of REVIEWERS) expect(await noticesTo(hub, reviewer, practice.id)).toEqual(['review.assigned', 'review.resubmitted']);

    // Round 2: open again in every queue, with the edited content and never the focal point's contact.
    const queue = await hub.as(REVIEWERS[1], '/v1/me/assignments');
    const open = (queue.json as Queue).items;
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ myVerdict: null, overdue: false, assignment: { reviewed: false, dueAt: '2026-03-23T09:00:00.000Z' } });
    expect(open[0]?.submission.content.results).toMatch(/9,500/);
    expect(queue.text).not.toContain(FOCAL_POINT.email);
    // Round 1's reviews stay readable to the reviewers; round 2's are hidden until one's own.
    expect((await reviewsAs(REVIEWERS[2])).items.map((r) => r.round)).toEqual([1, 1, 1]);

    for (const reviewer of REVIEWERS) expect((await verdict(hub, practice.id, reviewer, 'approve')).status).toBe(201);
    expect(await stateOf(hub, practice.id)).toBe('published');
    expect(await noticesTo(hub, CONTRIBUTOR, practice.id)).toContain('submission.published');

    const listed = await call(hub.app, '/v1/practices?q=portable%20pensions');
    const items = (listed.json as PracticePage).items;
    expect(items.map((p) => p.title)).toEqual(['Portable pensions for seasonal workers']);
    expect(items[0]).toMatchObject({ slug: 'portable-pensions-for-seasonal-workers', regions: ['americas'], scope: 'regional', language: 'es' });
    const full = await call(hub.app, `/v1/practices/${items[0]?.slug}`);
    expect(full.status).toBe(200);
    expect(full.json).toMatchObject({ results: '12,000 workers covered; 9,500 kept their pension.', themes: ['regular-migration'] });
    expect(full.text).not.toContain(FOCAL_POINT.email);
    const published = (await hub.store.audit.list({ subject: practice.id, limit: 5 })).find((e) => e.action === 'submission.published');
    expect(published?.details).toMatchObject({ round: 2, publishedId: expect.stringMatching(/^prc_/) as unknown });
  });
});

describe('rejection', () => {
  it('ends the review unpublished as soon as the round ends with a rejection, and tells the submitter why', async () => {
    await verdict(hub, practice.id, REVIEWERS[0], 'reject', 'Not implemented yet: only a plan.');
    await verdict(hub, practice.id, REVIEWERS[1], 'approve');
    expect(await stateOf(hub, practice.id)).toBe('in-review');
    await verdict(hub, practice.id, REVIEWERS[2], 'approve');
    expect(await stateOf(hub, practice.id)).toBe('rejected');
    expect(await noticesTo(hub, CONTRIBUTOR, practice.id)).toContain('submission.rejected');
    expect((await mailTo(hub, CONTRIBUTOR, practice.id))[0]).toContain('Not implemented yet: only a plan.');
    expect(((await call(hub.app, '/v1/practices?q=portable')).json as PracticePage).items).toEqual([]);
    // It cannot be resubmitted, edited or reviewed further.
    expect((await hub.as(CONTRIBUTOR, `/v1/submissions/${practice.id}/submit`, { method: 'POST' })).status).toBe(409);
    expect((await hub.as(CONTRIBUTOR, `/v1/submissions/${practice.id}`, { method: 'PATCH', json: { title: 'x' } })).status).toBe(409);
    expect((await hub.as(CURATOR, '/v1/review-board')).json).toEqual({ items: [] });
  });
});

describe('withdrawal', () => {
  it('is possible while changes are requested, and while in review tells the reviewers still working', async () => {
    await verdict(hub, practice.id, REVIEWERS[0], 'approve');
    const res = await hub.as(CONTRIBUTOR, `/v1/submissions/${practice.id}/withdraw`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect(await noticesTo(hub, REVIEWERS[1], practice.id)).toEqual(['review.assigned', 'review.withdrawn']);
    expect(await noticesTo(hub, REVIEWERS[0], practice.id)).toEqual(['review.assigned']);
    expect((await verdict(hub, practice.id, REVIEWERS[1], 'approve')).status).toBe(409);

    const other = await submitted(hub, CONTRIBUTOR);
    await assignAll(hub, other.id, REVIEWERS);
    for (const reviewer of REVIEWERS) await verdict(hub, other.id, reviewer, 'request-changes');
    expect((await hub.as(CONTRIBUTOR, `/v1/submissions/${other.id}/withdraw`, { method: 'POST' })).status).toBe(200);
    expect(await stateOf(hub, other.id)).toBe('withdrawn');
  });
});
