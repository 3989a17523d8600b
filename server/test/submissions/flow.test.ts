// The whole way of a practice from draft to submitted (and withdrawn), as its submitter sees it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { as, completeDraft, createDraft, submissionHub, type Submission, type SubmissionHub } from './support.js';

let hub: SubmissionHub;
beforeEach(async () => {
  hub = await submissionHub();
});
afterEach(() => hub.close());

describe('submitting a practice', () => {
  it('goes from an empty draft through autosaves to submitted, with audit rows and an email', async () => {
    const created = await as(hub, hub.tokens.owner, '/v1/submissions', { method: 'POST', json: { title: 'Fair recruitment' } });
    expect(created.status).toBe(201);
    const draft = created.json as Submission;
    expect(draft).toMatchObject({ state: 'draft', revision: 1, ownerId: hub.ids.owner, content: { title: 'Fair recruitment' }, files: [] });
    expect(created.headers.get('Location')).toBe(`/v1/submissions/${draft.id}`);
    expect(created.headers.get('Cache-Control')).toBe('no-store');

    // Autosave: each save sends the ETag it was based on and gets the next one.
    let etag = created.headers.get('ETag') as string;
    const { title: _title, ...rest } = completeDraft();
    for (const [key, value] of Object.entries(rest)) {
      const saved = await as(hub, hub.tokens.owner, `/v1/submissions/${draft.id}`, {
        method: 'PATCH',
        headers: { 'If-Match': etag },
        json: { [key]: value },
      });
      expect(saved.status).toBe(200);
      expect(saved.headers.get('ETag')).not.toBe(etag);
      etag = saved.headers.get('ETag') as string;
    }
    const read = await as(hub, hub.tokens.owner, `/v1/submissions/${draft.id}`);
    expect((read.json as Submission).content).toEqual({ ...completeDraft(), title: 'Fair recruitment' });
    expect(read.headers.get('ETag')).toBe(etag);

    const submitted = await as(hub, hub.tokens.owner, `/v1/submissions/${draft.id}/submit`, { method: 'POST', headers: { 'If-Match': etag } });
    expect(submitted.status).toBe(200);
    expect(submitted.json).toMatchObject({ state: 'submitted', submittedAt: expect.any(String) });

    const mail = (await hub.store.outbox.list(50)).filter((m) => m.to === 'owner@example.org' && /submitted/.test(m.subject));
    expect(mail).toHaveLength(1);
    expect(mail[0]?.text).toContain('Fair recruitment');

    const audit = await hub.store.audit.list({ subject: draft.id, limit: 50 });
    expect(audit.map((a) => a.action).reverse()).toEqual([
      'submission.created',
      ...Object.keys(rest).map(() => 'submission.edited'),
      'submission.submitted',
    ]);
    expect(audit.every((a) => a.actor === hub.ids.owner)).toBe(true);

    // Submitted is no longer a draft: no more edits, no second submission.
    const edit = await as(hub, hub.tokens.owner, `/v1/submissions/${draft.id}`, { method: 'PATCH', json: { title: 'Changed' } });
    expect(edit.status).toBe(409);
    expect((await as(hub, hub.tokens.owner, `/v1/submissions/${draft.id}/submit`, { method: 'POST' })).status).toBe(409);
  });

  it('clears a field sent as null and keeps fields not sent', async () => {
    const draft = await createDraft(hub, hub.tokens.owner);
    const saved = await as(hub, hub.tokens.owner, `/v1/submissions/${draft.id}`, { method: 'PATCH', json: { results: null, scope: 'national' } });
    const content = (saved.json as Submission).content;
    expect(content.results).toBeUndefined();
    expect(content.scope).toBe('national');
    expect(content.title).toBe(completeDraft().title);
  });

  it('lists the owner’s submissions, filtered by state', async () => {
    const first = await createDraft(hub, hub.tokens.owner);
    const second = await createDraft(hub, hub.tokens.owner);
    await as(hub, hub.tokens.owner, `/v1/submissions/${second.id}/submit`, { method: 'POST' });
    const all = await as(hub, hub.tokens.owner, '/v1/submissions');
    expect((all.json as { items: Submission[] }).items.map((s) => s.id).sort()).toEqual([first.id, second.id].sort());
    const drafts = await as(hub, hub.tokens.owner, '/v1/submissions?state=draft');
    expect((drafts.json as { items: Submission[] }).items.map((s) => s.id)).toEqual([first.id]);
  });

  it('withdraws a submitted practice for good, with an audit row', async () => {
    const draft = await createDraft(hub, hub.tokens.owner);
    await as(hub, hub.tokens.owner, `/v1/submissions/${draft.id}/submit`, { method: 'POST' });
    const withdrawn = await as(hub, hub.tokens.owner, `/v1/submissions/${draft.id}/withdraw`, { method: 'POST' });
    expect(withdrawn.status).toBe(200);
    expect((withdrawn.json as Submission).state).toBe('withdrawn');
    expect((await as(hub, hub.tokens.owner, `/v1/submissions/${draft.id}/withdraw`, { method: 'POST' })).status).toBe(409);
    expect((await as(hub, hub.tokens.owner, `/v1/submissions/${draft.id}/submit`, { method: 'POST' })).status).toBe(409);
    expect((await hub.store.audit.list({ subject: draft.id, limit: 1 }))[0]).toMatchObject({ action: 'submission.withdrawn', actor: hub.ids.owner });
  });

  it('never shows a draft or submitted practice in the public lists', async () => {
    const draft = await createDraft(hub, hub.tokens.owner);
    const other = await createDraft(hub, hub.tokens.owner);
    await as(hub, hub.tokens.owner, `/v1/submissions/${other.id}/submit`, { method: 'POST' });
    for (const path of ['/v1/practices', '/v1/practices?q=recruitment%20corridor', '/v1/practices?objective=6']) {
      const list = await as(hub, null, path);
      expect(list.status).toBe(200);
      expect(list.text).not.toContain('Fair recruitment corridor');
      expect((list.json as { total: number }).total).toBe(0);
    }
    for (const id of [draft.id, other.id]) expect((await as(hub, null, `/v1/practices/${id}`)).status).toBe(404);
  });
});

describe('concurrency', () => {
  it('refuses a save based on an old ETag with 412 and keeps the newer text', async () => {
    const created = await as(hub, hub.tokens.owner, '/v1/submissions', { method: 'POST', json: { title: 'First' } });
    const id = (created.json as Submission).id;
    const stale = created.headers.get('ETag') as string;
    const tabA = await as(hub, hub.tokens.owner, `/v1/submissions/${id}`, { method: 'PATCH', headers: { 'If-Match': stale }, json: { title: 'Tab A' } });
    expect(tabA.status).toBe(200);
    const tabB = await as(hub, hub.tokens.owner, `/v1/submissions/${id}`, { method: 'PATCH', headers: { 'If-Match': stale }, json: { title: 'Tab B' } });
    expect(tabB.status).toBe(412);
    expect(tabB.headers.get('Content-Type')).toBe('application/problem+json');
    expect(tabB.headers.get('ETag')).toBe(tabA.headers.get('ETag'));
    const read = await as(hub, hub.tokens.owner, `/v1/submissions/${id}`);
    expect((read.json as Submission).content.title).toBe('Tab A');
    // A weak tag never matches; * always does.
    const weak = `W/${tabA.headers.get('ETag') as string}`;
    expect((await as(hub, hub.tokens.owner, `/v1/submissions/${id}`, { method: 'PATCH', headers: { 'If-Match': weak }, json: { title: 'W' } })).status).toBe(412);
    expect((await as(hub, hub.tokens.owner, `/v1/submissions/${id}`, { method: 'PATCH', headers: { 'If-Match': '*' }, json: { title: 'S' } })).status).toBe(200);
  });

  it('refuses to submit or withdraw a version the submitter has not seen', async () => {
    const created = await as(hub, hub.tokens.owner, '/v1/submissions', { method: 'POST', json: completeDraft() });
    const id = (created.json as Submission).id;
    const stale = created.headers.get('ETag') as string;
    await as(hub, hub.tokens.owner, `/v1/submissions/${id}`, { method: 'PATCH', json: { summary: 'Edited in another tab.' } });
    expect((await as(hub, hub.tokens.owner, `/v1/submissions/${id}/submit`, { method: 'POST', headers: { 'If-Match': stale } })).status).toBe(412);
    expect((await as(hub, hub.tokens.owner, `/v1/submissions/${id}/withdraw`, { method: 'POST', headers: { 'If-Match': stale } })).status).toBe(412);
    expect((await as(hub, hub.tokens.owner, `/v1/submissions/${id}`)).json).toMatchObject({ state: 'draft' });
  });
});
