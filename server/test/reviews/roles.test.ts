// Who may call the review routes: curators assign, assigned reviewers review, others get 401, 403 or 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { components } from '@mnh/contract';
import { assignAll, CONTRIBUTOR, CURATOR, FOCAL_POINT, mexicanDraft, NON_UN, NO_COMMENTS, reviewHub, submitted, UN, type Assignment, type ReviewHub } from './support.js';

type Schemas = components['schemas'];
type AssignmentList = Schemas['AssignmentList'];
type Board = Schemas['ReviewBoard'];

const OUTSIDER = 'contributor3@example.org';
const MODERATOR = 'moderator@example.org';
const ADMIN = 'admin@example.org';

let hub: ReviewHub;
let inReview: string;
let waiting: string;
let assignment: Assignment;
beforeAll(async () => {
  hub = await reviewHub();
  inReview = (await submitted(hub, CONTRIBUTOR, mexicanDraft({ focalPoint: FOCAL_POINT }))).id;
  [assignment] = (await assignAll(hub, inReview, [UN[0], NON_UN[1], NON_UN[2]])) as [Assignment];
  waiting = (await submitted(hub, CONTRIBUTOR)).id;
  await assignAll(hub, waiting, [UN[1]]);
});
afterAll(() => hub.close());

const routes = () => ({
  board: { path: '/v1/review-board' },
  suggestions: { path: `/v1/submissions/${inReview}/reviewer-suggestions` },
  assignments: { path: `/v1/submissions/${inReview}/assignments` },
  assign: { path: `/v1/submissions/${waiting}/assignments`, method: 'POST', json: { reviewerId: assignment.reviewer.id } },
  replace: { path: `/v1/submissions/${inReview}/assignments/${assignment.id}/replace`, method: 'POST', json: { reviewerId: assignment.reviewer.id } },
  reviews: { path: `/v1/submissions/${inReview}/reviews` },
  verdict: { path: `/v1/submissions/${inReview}/reviews/mine`, method: 'PUT', json: { verdict: 'approve', criteria: NO_COMMENTS, comment: '' } },
  queue: { path: '/v1/me/assignments' },
});
type Route = keyof ReturnType<typeof routes>;
const ROUTES: Route[] = ['board', 'suggestions', 'assignments', 'assign', 'replace', 'reviews', 'verdict', 'queue'];

async function statusOf(email: string | null, route: Route): Promise<number> {
  const { path, ...init } = routes()[route];
  return (await hub.as(email, path, init)).status;
}

describe('the review routes', () => {
  it.each(ROUTES)('%s needs a sign-in', async (route) => {
    expect(await statusOf(null, route)).toBe(401);
  });

  it.each([OUTSIDER, MODERATOR, CONTRIBUTOR])('keep %s out of the curators’ routes and the reviewers’ own', async (email) => {
    for (const route of ['board', 'suggestions', 'assignments', 'assign', 'replace', 'verdict'] as const) {
      expect([route, await statusOf(email, route)]).toEqual([route, 403]);
    }
  });

  it('answer 404 for reviews of a submission that is not one’s own nor reviewed by one', async () => {
    expect(await statusOf(OUTSIDER, 'reviews')).toBe(404);
    expect(await statusOf(MODERATOR, 'reviews')).toBe(404);
    expect(await statusOf(CONTRIBUTOR, 'reviews')).toBe(200);
  });

  it('answer a reviewer not assigned to the submission as if it did not exist', async () => {
    const stranger = NON_UN[3];
    expect(await statusOf(stranger, 'assignments')).toBe(404);
    expect(await statusOf(stranger, 'reviews')).toBe(404);
    expect(await statusOf(stranger, 'verdict')).toBe(404);
    expect((await hub.as(stranger, `/v1/submissions/${inReview}`)).status).toBe(404);
    expect(await statusOf(stranger, 'board')).toBe(403);
    expect(await statusOf(stranger, 'suggestions')).toBe(403);
  });

  it('show an assigned reviewer their own assignment only, and the submission without the focal point', async () => {
    const res = await hub.as(NON_UN[1], `/v1/submissions/${inReview}/assignments`);
    expect(res.status).toBe(200);
    const list = res.json as AssignmentList;
    expect(list.items.map((a) => a.reviewer.name)).toEqual(['Ines Lemaire']);
    const submission = await hub.as(NON_UN[1], `/v1/submissions/${inReview}`);
    expect(submission.status).toBe(200);
    expect(submission.text).not.toContain(FOCAL_POINT.email);
    // Before its review starts, an assigned reviewer does not see a submission yet.
    expect((await hub.as(UN[1], `/v1/submissions/${waiting}`)).status).toBe(404);
    expect(((await hub.as(UN[1], '/v1/me/assignments')).json as { items: unknown[] }).items).toEqual([]);
  });

  it('let curators and admins run the board', async () => {
    const board = (await hub.as(ADMIN, '/v1/review-board')).json as Board;
    expect(board.items.map((i) => [i.submission.id, i.submission.state, i.verdicts, i.balance.complete])).toEqual(
      expect.arrayContaining([
        [inReview, 'in-review', { given: 0, required: 3 }, true],
        [waiting, 'submitted', { given: 0, required: 3 }, false],
      ]),
    );
    expect(board.items).toHaveLength(2);
    expect(board.items.find((i) => i.submission.id === inReview)).toMatchObject({ nextDueAt: '2026-03-23T09:00:00.000Z', overdue: 0, submission: { ownerName: 'Omar Farouk', round: 1 } });
    expect((await hub.as(CURATOR, '/v1/review-board')).status).toBe(200);
  });

  it('give a contributor an empty queue', async () => {
    const res = await hub.as(OUTSIDER, '/v1/me/assignments?state=done');
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ items: [] });
    expect((await hub.as(OUTSIDER, '/v1/me/assignments?state=all')).status).toBe(400);
  });

  it('answer 404 for an unknown submission, and 400 for a malformed id', async () => {
    expect((await hub.as(CURATOR, '/v1/submissions/sub_unknown000/reviewer-suggestions')).status).toBe(404);
    expect((await hub.as(CURATOR, '/v1/submissions/sub_unknown000/assignments')).status).toBe(404);
    expect((await hub.as(CURATOR, '/v1/submissions/not-an-id/assignments')).status).toBe(400);
  });
});

describe('the queue', () => {
  it('marks an assignment overdue once its due date has passed', async () => {
    hub.clock.advance(22 * 86_400_000);
    hub.signOutAll(); // the access tokens expired with the time
    const res = await hub.as(UN[0], '/v1/me/assignments');
    const items = (res.json as Schemas['ReviewQueue']).items;
    expect(items.map((i) => [i.submission.id, i.overdue])).toEqual([[inReview, true]]);
    const board = (await hub.as(CURATOR, '/v1/review-board')).json as Board;
    expect(board.items.find((i) => i.submission.id === inReview)?.overdue).toBe(3);
  });
});
