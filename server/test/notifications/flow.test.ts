// Notifications as the review pipeline writes them: a submission tells its submitter and the curators, and shows in its history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { components } from '@mnh/contract';
import { as, createDraft, submissionHub, type SubmissionHub } from '../submissions/support.js';

type NotificationList = components['schemas']['NotificationList'];

let hub: SubmissionHub;
beforeAll(async () => {
  hub = await submissionHub();
});
afterAll(() => hub.close());

const mine = async (token: string) => (await as(hub, token, '/v1/me/notifications')).json as NotificationList;

describe('submitting a practice', () => {
  it('notifies the submitter and the curators, each by notification and mail, in the same step', async () => {
    const draft = await createDraft(hub, hub.tokens.owner);
    expect((await mine(hub.tokens.owner)).unread).toBe(0);
    expect((await as(hub, hub.tokens.owner, `/v1/submissions/${draft.id}/submit`, { method: 'POST' })).status).toBe(200);

    const owner = await mine(hub.tokens.owner);
    expect(owner.unread).toBe(1);
    expect(owner.items[0]).toMatchObject({ kind: 'submission.submitted', subject: draft.id, readAt: null });
    const curator = await mine(hub.tokens.curator);
    expect(curator.items.map((n) => [n.kind, n.subject])).toEqual([['submission.submitted', draft.id]]);
    expect((await mine(hub.tokens.other)).items).toEqual([]);

    const mails = await hub.store.outbox.list(50);
    for (const [token, email] of [
      [hub.tokens.owner, 'owner@example.org'],
      [hub.tokens.curator, 'curator@example.org'],
    ] as const) {
      const [notification] = (await mine(token)).items;
      expect(mails.some((m) => m.to === email && m.subject === notification?.title && m.text === notification?.text)).toBe(true);
    }

    const history = (await as(hub, hub.tokens.owner, `/v1/submissions/${draft.id}/history`)).json as { items: { action: string }[] };
    expect(history.items.map((e) => e.action)).toEqual(['submission.created', 'submission.submitted']);
  });
});
