// Live updates: the event stream, resuming with Last-Event-ID, polling, caps on streams, and freeing what a dropped client held.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscussionLive } from '../../src/discussions/live.js';
import { as, createDiscussion, discussionHub, post, type Comment, type DiscussionHub } from './support.js';
import { openStream } from './sse.js';

const live = new DiscussionLive({ perClient: 600, total: 1000 });
let hub: DiscussionHub;
beforeAll(async () => {
  hub = await discussionHub({ rateLimitKey: (c) => c.req.header('X-Test-Address') ?? 'test', discussions: { live, heartbeatMs: 50, writes: { perMinute: 10_000, perHour: 10_000 } } });
}, 60_000);
afterAll(() => hub.close());

const say = async (markdown: string, discussion = hub.discussion.id) => (await post(hub, hub.tokens.author, discussion, markdown)).json as Comment;

describe('the event stream', () => {
  it('sends retry, replays what happened, then new comments as they are posted, with heartbeats', async () => {
    const discussion = (await createDiscussion(hub, hub.tokens.host, hub.space.id)).id;
    const before = await say('Before the stream.', discussion);
    const stream = await openStream(hub, discussion);
    expect(stream.res.headers.get('Content-Type')).toMatch(/^text\/event-stream/);
    expect(stream.res.headers.get('Cache-Control')).toBe('no-store');
    await stream.until((t) => t.includes(before.id));
    expect(stream.text()).toMatch(/^retry: 3000\n\n/);
    const after = await say('Live!', discussion);
    await stream.until((t) => t.includes(after.id));
    await stream.until((t) => t.includes(': heartbeat'));
    expect(stream.events().map((e) => [e.id, e.data.type, e.data.comment.id])).toEqual([
      [1, 'created', before.id],
      [2, 'created', after.id],
    ]);
    await stream.close();
  });

  it('resumes after Last-Event-ID (header or query) without repeating or missing anything', async () => {
    const discussion = (await createDiscussion(hub, hub.tokens.host, hub.space.id)).id;
    const [a, b, c] = [await say('a', discussion), await say('b', discussion), await say('c', discussion)];
    const resumed = await openStream(hub, discussion, { 'Last-Event-ID': '1' });
    await resumed.until((t) => t.includes(c.id));
    expect(resumed.events().map((e) => e.data.comment.id)).toEqual([b.id, c.id]);
    expect(resumed.text()).not.toContain(a.id);
    await resumed.close();
    const byQuery = await openStream(hub, discussion, {}, '?lastEventId=2');
    await byQuery.until((t) => t.includes(c.id));
    expect(byQuery.events().map((e) => e.id)).toEqual([3]);
    await byQuery.close();
  });

  it('carries hides and edits, and never replays a hidden comment’s text', async () => {
    const discussion = (await createDiscussion(hub, hub.tokens.host, hub.space.id)).id;
    const secret = await say('Soon hidden text.', discussion);
    await as(hub, hub.tokens.host, `/v1/comments/${secret.id}/moderation`, { method: 'POST', json: { action: 'hide' } });
    const stream = await openStream(hub, discussion);
    await stream.until((t) => t.includes('"type":"hidden"'));
    expect(stream.text()).not.toContain('Soon hidden text.');
    expect(stream.events().map((e) => e.data.type)).toEqual(['created', 'hidden']);
    const edited = await say('Original.', discussion);
    await as(hub, hub.tokens.author, `/v1/comments/${edited.id}`, { method: 'PATCH', json: { markdown: 'Edited.' } });
    await stream.until((t) => t.includes('Edited.'));
    expect(stream.events().at(-1)?.data.type).toBe('updated');
    await stream.close();
  });

  it('answers polls with the same events as JSON, and a 404 for an unknown discussion', async () => {
    const discussion = (await createDiscussion(hub, hub.tokens.host, hub.space.id)).id;
    await say('one', discussion);
    const two = await say('two', discussion);
    const polled = await as(hub, null, `/v1/discussions/${discussion}/events?after=1`);
    expect(polled.json).toMatchObject({ items: [{ id: 2, type: 'created', comment: { id: two.id } }], lastEventId: 2 });
    expect((await as(hub, null, `/v1/discussions/${discussion}/events?after=2`)).json).toEqual({ items: [], lastEventId: 2 });
    expect((await as(hub, null, '/v1/discussions/dsc_unknown0000/events')).status).toBe(404);
    expect((await as(hub, null, `/v1/discussions/${discussion}/events?after=-1`)).status).toBe(400);
  });
});

describe('caps on open streams', () => {
  it('refuses more streams from one address with 429 and more in all with 503, both problems', async () => {
    const small = await discussionHub({ rateLimitKey: (c) => c.req.header('X-Test-Address'), discussions: { streams: { perClient: 2, total: 3 } } });
    const open = (address: string) => openStream(small, small.discussion.id, { 'X-Test-Address': address });
    const [a, b] = [await open('10.0.0.1'), await open('10.0.0.1')];
    const third = await small.app.request(`/v1/discussions/${small.discussion.id}/events`, { headers: { Accept: 'text/event-stream', 'X-Test-Address': '10.0.0.1' } });
    expect(third.status).toBe(429);
    expect(third.headers.get('Content-Type')).toBe('application/problem+json');
    const c = await open('10.0.0.2');
    const fourth = await small.app.request(`/v1/discussions/${small.discussion.id}/events`, { headers: { Accept: 'text/event-stream', 'X-Test-Address': '10.0.0.3' } });
    expect(fourth.status).toBe(503);
    await a.close();
    const again = await open('10.0.0.1');
    expect(again.res.status).toBe(200);
    for (const s of [b, c, again]) await s.close();
    await small.close();
  }, 60_000);
});

function heapAfterGc(): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe('dropped clients', () => {
  it('opening and dropping 500 streams leaves no listener, slot or growing heap behind', async () => {
    const discussions = [hub.discussion.id, (await createDiscussion(hub, hub.tokens.host, hub.space.id)).id];
    const warm = await openStream(hub, discussions[0]!);
    await warm.until((t) => t.startsWith('retry'));
    await warm.close();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const baseline = live.stats();
    const heapBefore = heapAfterGc();

    const streams = [];
    for (let i = 0; i < 500; i++) {
      const stream = await openStream(hub, discussions[i % 2]!, { 'X-Test-Address': `10.1.${i >> 8}.${i & 255}` });
      await stream.until((t) => t.startsWith('retry'));
      streams.push(stream);
    }
    expect(live.stats()).toMatchObject({ open: baseline.open + 500, listeners: baseline.listeners + 500 });
    const posted = await say('To five hundred readers.');
    await Promise.all(streams.filter((_, i) => i % 2 === 0).map((s) => s.until((t) => t.includes(posted.id))));
    await Promise.all(streams.map((s) => s.close()));
    streams.length = 0;
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(live.stats()).toEqual(baseline);
    const grown = heapAfterGc() - heapBefore;
    expect(grown, `heap grew by ${Math.round(grown / 1024)} KiB`).toBeLessThan(8 * 1024 * 1024);
  }, 120_000);
});
