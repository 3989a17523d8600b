// The submission repository: a state change, its audit row and its mail commit together or not at all.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { StaleRevisionError, type Store } from '../../src/store/types.js';

let store: Store;
let owner: string;
const at = '2026-03-02T09:00:00.000Z';
beforeEach(async () => {
  store = await openSqliteStore(':memory:');
  owner = (await store.people.create({ email: 'owner@example.org', name: 'Owner' })).id;
});
afterEach(() => store.close());

describe('submission changes', () => {
  it('rolls back the state and the audit row when the mail cannot be queued', async () => {
    const draft = await store.submissions.create(owner, { title: 'T' }, { actor: owner, at, action: 'submission.created' });
    // A recipient the outbox refuses (NOT NULL) makes the last write of the transaction fail.
    const broken = { personId: owner, email: null as unknown as string, kind: 'submission.submitted', subject: draft.id, title: 's', text: 't' };
    await expect(
      store.submissions.change(draft.id, 1, { state: 'submitted', submittedAt: at }, { actor: owner, at, action: 'submission.submitted', notices: [broken] }),
    ).rejects.toThrow();
    expect(await store.submissions.get(draft.id)).toMatchObject({ state: 'draft', revision: 1, submittedAt: null });
    expect((await store.audit.list({ subject: draft.id, limit: 10 })).map((a) => a.action)).toEqual(['submission.created']);
    expect(await store.outbox.list(10)).toEqual([]);
  });

  it('refuses a change based on an old revision, naming the current one', async () => {
    const draft = await store.submissions.create(owner, {}, { actor: owner, at, action: 'submission.created' });
    await store.submissions.change(draft.id, 1, { content: { title: 'A' } }, { actor: owner, at, action: 'submission.edited' });
    const stale = store.submissions.change(draft.id, 1, { content: { title: 'B' } }, { actor: owner, at, action: 'submission.edited' });
    await expect(stale).rejects.toBeInstanceOf(StaleRevisionError);
    await expect(stale).rejects.toMatchObject({ current: 2 });
    expect((await store.submissions.get(draft.id))?.content).toEqual({ title: 'A' });
  });

  it('is not counted as published data: the public cache version does not move', async () => {
    const before = store.version();
    await store.submissions.create(owner, { title: 'T' }, { actor: owner, at, action: 'submission.created' });
    expect(store.version()).toBe(before);
  });
});
