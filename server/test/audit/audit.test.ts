// Reading the audit log: curators page and filter all of it; a submitter reads their own submission's history, anonymised.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { components } from '@mnh/contract';
import { as, createDraft, submissionHub, type Submission, type SubmissionHub } from '../submissions/support.js';

type AuditPage = components['schemas']['AuditPage'];
type AuditEntry = components['schemas']['AuditEntry'];

let hub: SubmissionHub;
let submission: Submission;

beforeAll(async () => {
  hub = await submissionHub();
  submission = await createDraft(hub, hub.tokens.owner);
  for (const summary of ['First autosave.', 'Second autosave.', 'Third autosave.']) {
    const res = await as(hub, hub.tokens.owner, `/v1/submissions/${submission.id}`, { method: 'PATCH', json: { summary } });
    expect(res.status).toBe(200);
  }
  expect((await as(hub, hub.tokens.owner, `/v1/submissions/${submission.id}/submit`, { method: 'POST' })).status).toBe(200);
  // A curator's step naming a reviewer, as the review pipeline writes them.
  await hub.store.audit.append({
    actor: hub.ids.curator,
    action: 'review.assigned',
    subject: submission.id,
    at: '2026-03-03T09:00:00.000Z',
    details: { reviewer: 'usr_reviewer0001', assignment: 'asg_abcdef123456', state: 'submitted', round: 1 },
  });
  await hub.store.audit.append({ actor: 'cli', action: 'role.granted', subject: hub.ids.other, at: '2026-03-03T10:00:00.000Z', details: { role: 'reviewer' } });
});
afterAll(() => hub.close());

const audit = (token: string | null, query = '') => as(hub, token, `/v1/audit${query}`);
const history = (token: string | null, id = submission.id) => as(hub, token, `/v1/submissions/${id}/history`);

describe('GET /v1/audit', () => {
  it('gives curators the whole log, newest first, people shown by id and name', async () => {
    const res = await audit(hub.tokens.curator, '?limit=100');
    expect(res.status).toBe(200);
    const { items } = res.json as AuditPage;
    expect(items[0]).toMatchObject({ actor: 'cli', action: 'role.granted', subject: hub.ids.other, details: { role: 'reviewer' } });
    expect(items[1]).toMatchObject({ actor: { id: hub.ids.curator, name: 'Cleo Curator' }, action: 'review.assigned' });
    expect(items.map((e) => e.id)).toEqual([...items.map((e) => e.id)].sort((a, b) => b - a));
    expect(items.some((e) => e.action === 'auth.signed-in' && typeof e.actor === 'object' && e.actor.name === 'Ama Owusu')).toBe(true);
    expect(res.text).not.toContain('@example.org');
  });

  it('filters by subject, actor and action, exactly or by prefix', async () => {
    const bySubject = (await audit(hub.tokens.curator, `?subject=${submission.id}`)).json as AuditPage;
    expect(new Set(bySubject.items.map((e) => e.subject))).toEqual(new Set([submission.id]));
    expect(bySubject.items.map((e) => e.action)).toEqual([
      'review.assigned',
      'submission.submitted',
      'submission.edited',
      'submission.edited',
      'submission.edited',
      'submission.created',
    ]);
    const byActor = (await audit(hub.tokens.curator, '?actor=cli')).json as AuditPage;
    expect(byActor.items.map((e) => e.action)).toEqual(['role.granted']);
    const byAction = (await audit(hub.tokens.curator, '?action=submission.submitted')).json as AuditPage;
    expect(byAction.items).toHaveLength(1);
    const byPrefix = (await audit(hub.tokens.curator, `?action=submission.*&actor=${hub.ids.owner}`)).json as AuditPage;
    expect(byPrefix.items.map((e) => e.action)).toEqual(['submission.submitted', 'submission.edited', 'submission.edited', 'submission.edited', 'submission.created']);
    expect((await audit(hub.tokens.curator, '?action=nothing.like-this')).json).toEqual({ items: [], nextCursor: null });
  });

  it('pages with a cursor through every entry once', async () => {
    const all = ((await audit(hub.tokens.curator, '?limit=100')).json as AuditPage).items.map((e) => e.id);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: AuditPage = (await audit(hub.tokens.curator, `?limit=3${cursor ? `&cursor=${cursor}` : ''}`)).json as AuditPage;
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it('refuses a cursor made for other filters, and bad filters, naming the field', async () => {
    const first = (await audit(hub.tokens.curator, '?limit=1&actor=cli')).json as AuditPage;
    const other = (await audit(hub.tokens.curator, '?limit=1')).json as AuditPage;
    const reused = await audit(hub.tokens.curator, `?limit=1&actor=system&cursor=${other.nextCursor}`);
    expect(first.nextCursor).toBeNull();
    expect(reused.status).toBe(400);
    for (const [query, field] of [
      ['?limit=101', 'limit'],
      ['?actor=someone', 'actor'],
      ['?action=DROP%20TABLE', 'action'],
      ['?action=%25', 'action'],
      ['?cursor=!!', 'cursor'],
      ['?who=me', 'who'],
    ] as const) {
      const res = await audit(hub.tokens.curator, query);
      expect(res.status, query).toBe(400);
      expect((res.json as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain(field);
    }
  });

  it('is for curators and admins only', async () => {
    expect((await audit(null)).status).toBe(401);
    expect((await audit(hub.tokens.owner)).status).toBe(403);
    expect((await audit(hub.tokens.other)).status).toBe(403);
  });
});

describe('GET /v1/submissions/{submission}/history', () => {
  it('shows the owner every step oldest first, autosaves as one, others’ steps without who took them', async () => {
    const res = await history(hub.tokens.owner);
    expect(res.status).toBe(200);
    const items = (res.json as { items: AuditEntry[] }).items;
    const me = { id: hub.ids.owner, name: 'Ama Owusu' };
    expect(items.map(({ actor, action, details }) => ({ actor, action, details }))).toEqual([
      { actor: me, action: 'submission.created', details: null },
      { actor: me, action: 'submission.edited', details: { revision: 4, edits: 3 } },
      { actor: me, action: 'submission.submitted', details: { state: 'submitted', revision: 5 } },
      { actor: 'hub', action: 'review.assigned', details: { state: 'submitted', round: 1 } },
    ]);
    expect(res.text).not.toContain('usr_reviewer0001');
    expect(res.text).not.toContain(hub.ids.curator);
  });

  it('shows a curator who took each step', async () => {
    const items = ((await history(hub.tokens.curator)).json as { items: AuditEntry[] }).items;
    expect(items.at(-1)).toMatchObject({
      actor: { id: hub.ids.curator, name: 'Cleo Curator' },
      details: { reviewer: 'usr_reviewer0001', assignment: 'asg_abcdef123456' },
    });
  });

  it('answers 404 for someone else’s submission, like an unknown one', async () => {
    const theirs = await history(hub.tokens.other);
    const unknown = await history(hub.tokens.owner, 'sub_doesnotexist1');
    expect(theirs.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect((theirs.json as { detail: string }).detail).toBe(`You have no submission with the id "${submission.id}".`);
    expect((await history(null)).status).toBe(401);
    expect((await history(hub.tokens.owner, 'not-an-id')).status).toBe(400);
  });
});
