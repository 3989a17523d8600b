// A discussion's public events: a Server-Sent Events stream that resumes from Last-Event-ID, or JSON pages for polling.
import { Hono } from 'hono';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import type { operations } from '@mnh/contract';
import type { HubEnv } from '../http/env.js';
import { ProblemError, invalidRequest } from '../http/problem.js';
import { validateParams } from '../http/validate.js';
import { NO_STORE, discussionOf, type DiscussionDeps } from '../discussions/context.js';
import type { DiscussionEvent } from '../discussions/live.js';
import { authorsOf, commentView, PUBLIC } from '../discussions/views.js';
import type { EventRecord } from '../discussions/types.js';
import type { Store } from '../store/types.js';

type EventQuery = NonNullable<operations['listDiscussionEvents']['parameters']['query']>;

/** Events replayed or returned per read; a client further behind catches up in several reads. */
const PAGE = 500;
/** Writes a stream may have waiting before the client counts as stuck and is let go. */
const MAX_BACKLOG = 100;

/** Events as the public sees their comments now: a comment hidden since is never replayed with its text. */
async function publicEvents(store: Store, records: EventRecord[]): Promise<DiscussionEvent[]> {
  const comments = new Map<string, NonNullable<Awaited<ReturnType<Store['discussions']['comments']['get']>>>>();
  for (const record of records) {
    if (!comments.has(record.commentId)) comments.set(record.commentId, (await store.discussions.comments.get(record.commentId))!);
  }
  const authors = await authorsOf(store, [...comments.values()].map((c) => c.authorId));
  return records.map((r) => {
    const comment = comments.get(r.commentId)!;
    return { id: r.id, type: r.type, comment: commentView(comment, authors.get(comment.authorId)!, PUBLIC) };
  });
}

function lastSeen(header: string | undefined, query: EventQuery): number {
  if (query.lastEventId !== undefined) return query.lastEventId;
  if (header === undefined || header === '') return query.after ?? 0;
  if (!/^\d{1,15}$/.test(header)) throw invalidRequest([{ field: 'Last-Event-ID', in: 'header', message: 'An event number, as sent in `id:`.' }]);
  return Number(header);
}

export function discussionEvents(deps: DiscussionDeps): Hono<HubEnv> {
  const { store, contract } = deps;
  return new Hono<HubEnv>().get('/:discussion/events', validateParams(contract, 'listDiscussionEvents'), async (c) => {
    const { discussion } = await discussionOf(store, (c.get('params') as { discussion: string }).discussion);
    const query = c.get('query') as EventQuery;
    const after = lastSeen(c.req.header('Last-Event-ID'), query);

    if (!(c.req.header('Accept') ?? '').includes('text/event-stream')) {
      const records = await store.discussions.events.after(discussion.id, after, PAGE);
      const items = await publicEvents(store, records);
      const lastEventId = items.at(-1)?.id ?? Math.max(after, 0);
      return c.json({ items, lastEventId: records.length === PAGE ? lastEventId : Math.max(lastEventId, discussion.lastEventId) }, 200, NO_STORE);
    }

    const admission = deps.live.admit(deps.clientKey(c) ?? 'in-process');
    if (!admission.ok) {
      throw admission.reason === 'client'
        ? new ProblemError(429, 'Too many open streams from this address; close one or poll instead.', { headers: { 'Retry-After': '30' } })
        : new ProblemError(503, 'The hub has as many open streams as it can hold; poll instead.', { headers: { 'Retry-After': '30' } });
    }
    c.header('X-Accel-Buffering', 'no'); // proxies must pass events on at once
    const res = streamSSE(c, (stream) => follow(stream, discussion.id, after, admission.release));
    // Events are for this client only: no cache, shared or private, may keep them.
    res.headers.set('Cache-Control', 'no-store');
    return res;
  });

  /** Sends the events after `after`, then live ones, until the client goes; then frees everything it held. */
  async function follow(stream: SSEStreamingApi, discussionId: string, after: number, release: () => void): Promise<void> {
    let sent = after;
    let backlog = 0;
    let chain = Promise.resolve();
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const send = (event: DiscussionEvent) => {
      if (event.id <= sent) return; // already replayed
      sent = event.id;
      backlog += 1;
      if (backlog > MAX_BACKLOG) return stop();
      chain = chain.then(async () => {
        await stream.writeSSE({ event: 'comment', id: String(event.id), data: JSON.stringify(event) });
        backlog -= 1;
      });
    };
    // Live events that arrive during the replay wait in order, so none is lost between the two.
    let replaying: DiscussionEvent[] | null = [];
    const unsubscribe = deps.live.subscribe(discussionId, (event) => (replaying ? replaying.push(event) : send(event)));
    const heartbeat = setInterval(() => {
      chain = chain.then(() => stream.write(': heartbeat\n\n').then(() => undefined));
    }, deps.heartbeatMs);
    let stopped = false;
    function stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(heartbeat);
      unsubscribe();
      release();
      finish();
    }
    stream.onAbort(stop);
    // A client gone before this ran never fires onAbort again.
    if (stream.aborted) stop();

    await stream.write('retry: 3000\n\n');
    for (let from = after; !stopped; ) {
      const records = await store.discussions.events.after(discussionId, from, PAGE);
      for (const event of await publicEvents(store, records)) send(event);
      if (records.length < PAGE) break;
      from = records.at(-1)!.id;
    }
    const waiting = replaying;
    replaying = null;
    for (const event of waiting) send(event);
    await finished;
    await chain.catch(() => undefined);
  }
}
