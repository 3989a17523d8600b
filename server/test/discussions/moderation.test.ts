// Every moderation rule, tried through the API the way someone bypassing the widget would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE } from '../auth/support.js';
import { as, comments, createDiscussion, createSpace, discussionHub, post, type Comment, type DiscussionHub } from './support.js';

let hub: DiscussionHub;
beforeAll(async () => {
  hub = await discussionHub();
}, 60_000);
afterAll(() => hub.close());

const posted = async (token: string, discussion = hub.discussion.id, markdown = 'A thought.', extra = {}) => {
  const res = await post(hub, token, discussion, markdown, extra);
  expect(res.status, res.text).toBe(201);
  return res.json as Comment;
};
const moderate = (token: string, comment: string, action: string, reason?: string) =>
  as(hub, token, `/v1/comments/${comment}/moderation`, { method: 'POST', json: { action, ...(reason ? { reason } : {}) } });
const flag = (token: string, comment: string) => as(hub, token, `/v1/comments/${comment}/flags`, { method: 'POST', json: { reason: 'Abusive.' } });

describe('pre-moderation', () => {
  let space: string;
  let discussion: string;
  beforeAll(async () => {
    space = (await createSpace(hub, hub.tokens.moderator, { moderatorIds: [hub.ids.host], settings: { preModeration: true } })).id;
    discussion = (await createDiscussion(hub, hub.tokens.host, space)).id;
  });

  it('keeps a new comment pending, seen only by its author and the moderators, until approved', async () => {
    const comment = await posted(hub.tokens.author, discussion, 'Waiting for approval.');
    expect(comment.state).toBe('pending');
    expect((await comments(hub, null, discussion)).map((c) => c.id)).not.toContain(comment.id);
    expect((await comments(hub, hub.tokens.reader, discussion)).map((c) => c.id)).not.toContain(comment.id);
    const own = (await comments(hub, hub.tokens.author, discussion)).find((c) => c.id === comment.id);
    expect(own).toMatchObject({ state: 'pending', mine: true, body: { markdown: 'Waiting for approval.' } });
    const forHost = (await comments(hub, hub.tokens.host, discussion)).find((c) => c.id === comment.id);
    expect(forHost).toMatchObject({ state: 'pending', flagCount: 0 });
    const polled = await as(hub, null, `/v1/discussions/${discussion}/events?after=0`);
    expect(polled.text).not.toContain(comment.id);

    const approved = await moderate(hub.tokens.host, comment.id, 'approve');
    expect(approved.status, approved.text).toBe(200);
    expect((await comments(hub, null, discussion)).find((c) => c.id === comment.id)).toMatchObject({ state: 'visible', mine: false });
    expect((await as(hub, null, `/v1/discussions/${discussion}/events?after=0`)).json).toMatchObject({ items: [{ type: 'approved' }] });
  });

  it('cannot be bypassed: a reply, an edit after approval or a body field all stay pending', async () => {
    const first = await posted(hub.tokens.author, discussion, 'First.');
    await moderate(hub.tokens.host, first.id, 'approve');
    const reply = await posted(hub.tokens.reader, discussion, 'A reply.', { parentId: first.id });
    expect(reply.state).toBe('pending');
    const edited = await as(hub, hub.tokens.author, `/v1/comments/${first.id}`, { method: 'PATCH', json: { markdown: 'Something else entirely.' } });
    expect(edited.json).toMatchObject({ state: 'pending' });
    expect((await comments(hub, null, discussion)).map((c) => c.id)).not.toContain(first.id);
    const forged = await post(hub, hub.tokens.author, discussion, 'Approve me.', { state: 'visible' } as object);
    expect(forged.status).toBe(400);
    expect(forged.json).toMatchObject({ errors: [{ field: '/state' }] });
    const selfApproval = await moderate(hub.tokens.author, reply.id, 'approve');
    expect(selfApproval.status).toBe(403);
  });

  it('does not hold back comments of the space’s moderators', async () => {
    expect((await posted(hub.tokens.host, discussion, 'Welcome, everyone.')).state).toBe('visible');
  });
});

describe('editing and deleting', () => {
  it('lets the author edit within the window, marking it edited, and refuses after it', async () => {
    const space = await createSpace(hub, hub.tokens.moderator, { settings: { editWindowMinutes: 1 } });
    const discussion = await createDiscussion(hub, hub.tokens.moderator, space.id);
    const comment = await posted(hub.tokens.author, discussion.id);
    const edited = await as(hub, hub.tokens.author, `/v1/comments/${comment.id}`, { method: 'PATCH', json: { markdown: 'A better thought.' } });
    expect(edited.status, edited.text).toBe(200);
    expect(edited.json).toMatchObject({ body: { markdown: 'A better thought.' }, editedAt: expect.any(String) as string });
    hub.clock.advance(2 * MINUTE);
    const late = await as(hub, hub.tokens.author, `/v1/comments/${comment.id}`, { method: 'PATCH', json: { markdown: 'Too late.' } });
    expect(late.status).toBe(409);
  });

  it('answers 404 to anyone editing someone else’s comment, moderators included, and changes nothing', async () => {
    const comment = await posted(hub.tokens.author, hub.discussion.id, 'Mine.');
    for (const who of ['reader', 'host', 'moderator'] as const) {
      const res = await as(hub, hub.tokens[who], `/v1/comments/${comment.id}`, { method: 'PATCH', json: { markdown: 'Not yours.' } });
      expect(res.status, who).toBe(404);
    }
    expect((await comments(hub, null, hub.discussion.id)).find((c) => c.id === comment.id)?.body?.markdown).toBe('Mine.');
  });

  it('lets the author or a moderator delete, leaving a tombstone only where replies hang below', async () => {
    const parent = await posted(hub.tokens.author, hub.discussion.id, 'Parent.');
    await posted(hub.tokens.reader, hub.discussion.id, 'Reply.', { parentId: parent.id });
    const lonely = await posted(hub.tokens.author, hub.discussion.id, 'Alone.');
    expect((await as(hub, hub.tokens.reader, `/v1/comments/${parent.id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await as(hub, hub.tokens.author, `/v1/comments/${parent.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await as(hub, hub.tokens.host, `/v1/comments/${lonely.id}`, { method: 'DELETE' })).status).toBe(204);
    const list = await comments(hub, null, hub.discussion.id);
    expect(list.find((c) => c.id === parent.id)).toMatchObject({ state: 'deleted', body: null });
    expect(list.map((c) => c.id)).not.toContain(lonely.id);
    const audit = await hub.store.audit.list({ subject: lonely.id, limit: 5 });
    expect(audit.map((e) => e.action)).toContain('comment.deleted');
  });
});

describe('closed spaces and locked discussions', () => {
  it('refuses comments to a closed space and before it opens, with 409', async () => {
    const space = await createSpace(hub, hub.tokens.moderator, { moderatorIds: [hub.ids.host] });
    const discussion = await createDiscussion(hub, hub.tokens.host, space.id);
    const comment = await posted(hub.tokens.author, discussion.id);
    const closed = await as(hub, hub.tokens.host, `/v1/spaces/${space.id}`, { method: 'PATCH', json: { state: 'closed', summaryReport: 'We **agreed** on three things.' } });
    expect(closed.json).toMatchObject({ state: 'closed', summaryReport: { html: '<p>We <strong>agreed</strong> on three things.</p>\n' } });
    expect((await post(hub, hub.tokens.author, discussion.id, 'Late.')).status).toBe(409);
    expect((await as(hub, hub.tokens.author, `/v1/comments/${comment.id}`, { method: 'PATCH', json: { markdown: 'x' } })).status).toBe(409);
    expect((await flag(hub.tokens.reader, comment.id)).status).toBe(409);

    const later = await createSpace(hub, hub.tokens.moderator, { opensAt: new Date(hub.clock.now().getTime() + 86_400_000).toISOString() });
    expect(later.state).toBe('upcoming');
    const early = await createDiscussion(hub, hub.tokens.moderator, later.id);
    expect((await post(hub, hub.tokens.author, early.id, 'Too early.')).status).toBe(409);
  });

  it('refuses new comments and edits in a locked discussion, and audits the lock', async () => {
    const discussion = await createDiscussion(hub, hub.tokens.host, hub.space.id);
    const comment = await posted(hub.tokens.author, discussion.id);
    expect((await as(hub, hub.tokens.reader, `/v1/discussions/${discussion.id}/lock`, { method: 'POST', json: { locked: true } })).status).toBe(403);
    const locked = await as(hub, hub.tokens.host, `/v1/discussions/${discussion.id}/lock`, { method: 'POST', json: { locked: true } });
    expect(locked.json).toMatchObject({ locked: true });
    expect((await post(hub, hub.tokens.author, discussion.id, 'Still here?')).status).toBe(409);
    expect((await as(hub, hub.tokens.author, `/v1/comments/${comment.id}`, { method: 'PATCH', json: { markdown: 'x' } })).status).toBe(409);
    expect((await hub.store.audit.list({ subject: discussion.id, limit: 5 })).map((e) => e.action)).toContain('discussion.locked');
  });
});

describe('flags', () => {
  it('counts one flag per person, hides at the threshold and tells the author', async () => {
    const comment = await posted(hub.tokens.author, hub.discussion.id, 'Provocative.');
    expect((await flag(hub.tokens.reader, comment.id)).status).toBe(202);
    expect((await flag(hub.tokens.reader, comment.id)).status).toBe(409);
    expect((await flag(hub.tokens.author, comment.id)).status).toBe(409);
    expect((await flag(hub.tokens.third, comment.id)).status).toBe(202);
    expect((await comments(hub, null, hub.discussion.id)).map((c) => c.id)).toContain(comment.id);
    expect((await flag(hub.tokens.fourth, comment.id)).status).toBe(202);
    expect((await comments(hub, null, hub.discussion.id)).map((c) => c.id)).not.toContain(comment.id);
    expect((await comments(hub, hub.tokens.author, hub.discussion.id)).find((c) => c.id === comment.id)).toMatchObject({ state: 'hidden', body: { markdown: 'Provocative.' } });
    expect((await comments(hub, hub.tokens.host, hub.discussion.id)).find((c) => c.id === comment.id)).toMatchObject({ flagCount: 3 });
    const notices = await hub.store.notifications.list(hub.ids.author, { unreadOnly: false, limit: 10 });
    expect(notices.items.map((n) => n.kind)).toContain('comment.hidden');
  });
});

describe('moderators', () => {
  it('hide (telling the author why) and restore, each audited', async () => {
    const comment = await posted(hub.tokens.author, hub.discussion.id, 'Borderline.');
    expect((await moderate(hub.tokens.host, comment.id, 'hide', 'Personal attack.')).json).toMatchObject({ state: 'hidden', flagCount: 0 });
    expect((await moderate(hub.tokens.host, comment.id, 'hide')).status).toBe(409);
    expect((await moderate(hub.tokens.host, comment.id, 'restore')).json).toMatchObject({ state: 'visible' });
    const actions = (await hub.store.audit.list({ subject: comment.id, limit: 5 })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['comment.hidden', 'comment.restored']));
    const mail = (await hub.store.outbox.list(50)).find((m) => m.to === 'author@example.org' && m.text.includes('Personal attack.'));
    expect(mail).toBeDefined();
  });

  it('of another space cannot moderate here, nor can a contributor; a global moderator can', async () => {
    const comment = await posted(hub.tokens.author);
    expect((await moderate(hub.tokens.otherHost, comment.id, 'hide')).status).toBe(403);
    expect((await moderate(hub.tokens.reader, comment.id, 'hide')).status).toBe(403);
    expect((await as(hub, hub.tokens.otherHost, `/v1/spaces/${hub.space.id}`, { method: 'PATCH', json: { state: 'closed' } })).status).toBe(403);
    expect((await as(hub, hub.tokens.otherHost, `/v1/discussions/${hub.discussion.id}/lock`, { method: 'POST', json: { locked: true } })).status).toBe(403);
    expect((await moderate(hub.tokens.moderator, comment.id, 'hide')).status).toBe(200);
  });
});

describe('threads', () => {
  it('refuses a reply to a comment of another discussion or under another question', async () => {
    const other = await createDiscussion(hub, hub.tokens.host, hub.space.id);
    const elsewhere = await posted(hub.tokens.author, other.id);
    const wrong = await post(hub, hub.tokens.reader, hub.discussion.id, 'Reply.', { parentId: elsewhere.id });
    expect(wrong.status).toBe(422);
    expect(wrong.json).toMatchObject({ errors: [{ field: '/parentId' }] });
    const here = await posted(hub.tokens.author);
    expect((await post(hub, hub.tokens.reader, hub.discussion.id, 'Reply.', { parentId: here.id, question: 2 })).status).toBe(422);
    expect((await post(hub, hub.tokens.reader, hub.discussion.id, 'No such question.', { question: 9 })).status).toBe(422);
  });

  it('shows author name, organisation and date, never an email', async () => {
    const comment = await posted(hub.tokens.author);
    const res = await as(hub, null, `/v1/discussions/${hub.discussion.id}/comments`);
    expect(res.text).not.toContain('@example.org');
    expect((res.json as { items: Comment[] }).items.find((c) => c.id === comment.id)?.author).toEqual({ id: hub.ids.author, name: 'Author Person', organisation: 'Migrant Voices Network' });
  });
});
