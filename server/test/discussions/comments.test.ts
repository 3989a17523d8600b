// Listing comments: oldest first, by question, in pages whose cursors chain, with counts that follow visibility.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { components } from '@mnh/contract';
import { as, createDiscussion, discussionHub, post, type Comment, type DiscussionHub } from './support.js';

type Page = components['schemas']['CommentPage'];

let hub: DiscussionHub;
beforeAll(async () => {
  hub = await discussionHub();
}, 60_000);
afterAll(() => hub.close());

describe('a discussion’s comments', () => {
  it('come oldest first, filtered by question, in chained pages', async () => {
    const discussion = (await createDiscussion(hub, hub.tokens.host, hub.space.id)).id;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(((await post(hub, hub.tokens.author, discussion, `n${i}`, { question: (i % 2) + 1 })).json as Comment).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = (await as(hub, null, `/v1/discussions/${discussion}/comments?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json as Page;
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(ids);
    const second = (await as(hub, null, `/v1/discussions/${discussion}/comments?question=2`)).json as Page;
    expect(second.items.map((c) => c.id)).toEqual([ids[1], ids[3]]);
    expect((await as(hub, null, `/v1/discussions/${discussion}/comments?limit=0`)).status).toBe(400);
    expect((await as(hub, null, `/v1/discussions/${discussion}/comments?cursor=bm9wZQ`)).status).toBe(400);
  });

  it('count only visible comments, and a personalised list is never stored by caches', async () => {
    const discussion = (await createDiscussion(hub, hub.tokens.host, hub.space.id)).id;
    const kept = (await post(hub, hub.tokens.author, discussion, 'kept')).json as Comment;
    const hidden = (await post(hub, hub.tokens.author, discussion, 'hidden')).json as Comment;
    await as(hub, hub.tokens.host, `/v1/comments/${hidden.id}/moderation`, { method: 'POST', json: { action: 'hide' } });
    expect((await as(hub, null, `/v1/discussions/${discussion}`)).json).toMatchObject({ commentCount: 1, lastEventId: 3 });
    const mine = await as(hub, hub.tokens.author, `/v1/discussions/${discussion}/comments`);
    expect(mine.headers.get('Cache-Control')).toBe('no-store');
    expect((mine.json as Page).items.map((c) => [c.id, c.mine])).toEqual([
      [kept.id, true],
      [hidden.id, true],
    ]);
    expect((await as(hub, null, `/v1/discussions/${discussion}/comments`)).headers.get('Cache-Control')).toBe('no-cache');
    expect((await as(hub, 'not-a-real-token', `/v1/discussions/${discussion}/comments`)).status).toBe(401);
  });
});
