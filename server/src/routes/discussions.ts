// Discussions: reading one, locking it, listing its comments as each reader may see them, and posting comments.
import { Hono } from 'hono';
import type { components, operations } from '@mnh/contract';
import { authenticate } from '../http/authenticate.js';
import type { HubEnv } from '../http/env.js';
import { jsonBody } from '../http/json-body.js';
import { invalidRequest } from '../http/problem.js';
import { validateParams } from '../http/validate.js';
import { moderates, requireModerator, requireWritable } from '../discussions/access.js';
import { COMMENT_BODY, NO_STORE, REVALIDATE, discussionOf, param, publish, signedIn, viewOne, viewerOf, type DiscussionDeps } from '../discussions/context.js';
import { checkCommentLength, refused } from '../discussions/limits.js';
import { renderRichText } from '../discussions/render.js';
import { authorsOf, commentView, discussionView, shownComments } from '../discussions/views.js';
import type { CommentRecord } from '../discussions/types.js';

type Schemas = components['schemas'];
type CommentQuery = NonNullable<operations['listComments']['parameters']['query']>;

/** The cursor is the last comment of the page, as opaque text; the next page starts after it. */
const encodeCursor = (id: string) => Buffer.from(id).toString('base64url');
function startAfter(all: CommentRecord[], cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const index = all.findIndex((c) => c.id === Buffer.from(cursor, 'base64url').toString());
  if (index < 0) throw invalidRequest([{ field: 'cursor', in: 'query', message: 'Not a cursor this list gave out.' }]);
  return index + 1;
}

export function discussions(deps: DiscussionDeps): Hono<HubEnv> {
  const { store, contract, signIn, clock } = deps;
  const auth = authenticate({ signIn });
  const maybeAuth = authenticate({ signIn, required: false });
  const visibleCount = async (id: string) => (await store.discussions.discussions.visibleCounts([id])).get(id) ?? 0;

  return new Hono<HubEnv>()
    .get('/:discussion', validateParams(contract, 'getDiscussion'), async (c) => {
      const { discussion } = await discussionOf(store, param(c, 'discussion'));
      return c.json(discussionView(discussion, await visibleCount(discussion.id)), 200, REVALIDATE);
    })
    .post('/:discussion/lock', auth, validateParams(contract, 'lockDiscussion'), jsonBody(contract, 'lockDiscussion', COMMENT_BODY), async (c) => {
      const { discussion, space } = await discussionOf(store, param(c, 'discussion'));
      const who = signedIn(c);
      requireModerator(space, who);
      const { locked } = c.get('body') as Schemas['DiscussionLock'];
      const updated = await store.discussions.discussions.setLocked(discussion.id, locked, {
        actor: who.person.id,
        at: clock().toISOString(),
        audit: [{ action: locked ? 'discussion.locked' : 'discussion.unlocked', subject: discussion.id }],
      });
      return c.json(discussionView(updated, await visibleCount(discussion.id)), 200, NO_STORE);
    })
    .get('/:discussion/comments', maybeAuth, validateParams(contract, 'listComments'), async (c) => {
      const { discussion, space } = await discussionOf(store, param(c, 'discussion'));
      const query = c.get('query') as CommentQuery;
      const who = c.get('signedIn');
      const viewer = viewerOf(space, who);
      const all = (await store.discussions.comments.forDiscussion(discussion.id)).filter((x) => query.question === undefined || x.question === query.question);
      const shown = shownComments(all, viewer);
      const from = startAfter(all, query.cursor);
      const limit = query.limit ?? 50;
      // Positions in the whole list, so a cursor still works when its comment was hidden since.
      const position = new Map(all.map((x, i) => [x.id, i]));
      const rest = shown.filter((x) => position.get(x.id)! >= from);
      const page = rest.slice(0, limit);
      const authors = await authorsOf(store, page.map((x) => x.authorId));
      const items = page.map((x) => commentView(x, authors.get(x.authorId)!, viewer));
      const nextCursor = rest.length > limit ? encodeCursor(page[page.length - 1]!.id) : null;
      // Personalised answers (own pending comments, moderators' view) must never sit in a shared cache.
      return c.json({ items, nextCursor } satisfies Schemas['CommentPage'], 200, who ? { ...NO_STORE, Vary: 'Authorization' } : { ...REVALIDATE, Vary: 'Authorization' });
    })
    .post('/:discussion/comments', auth, validateParams(contract, 'createComment'), jsonBody(contract, 'createComment', COMMENT_BODY), async (c) => {
      const { discussion, space } = await discussionOf(store, param(c, 'discussion'));
      const who = signedIn(c);
      const now = clock();
      requireWritable(space, discussion, now);
      const body = c.get('body') as Schemas['NewComment'];
      checkCommentLength(body.markdown);
      deps.limits.take(c, who.person.id);
      const viewer = viewerOf(space, who);
      if (body.question > discussion.questions.length) throw refused('/question', `This discussion has ${discussion.questions.length} questions.`);
      if (body.parentId) {
        const parent = await store.discussions.comments.get(body.parentId);
        // A reply only to a comment the poster can see, in the same discussion and under the same question.
        const seen = parent && parent.discussionId === discussion.id && shownComments([parent], viewer).length === 1 && parent.state !== 'deleted';
        if (!seen) throw refused('/parentId', `There is no comment "${body.parentId}" to reply to in this discussion.`);
        if (parent.question !== body.question) throw refused('/question', `The comment replied to is under question ${parent.question}.`);
      }
      // Moderators' own comments need no approval.
      const state = space.settings.preModeration && !moderates(space, who) ? 'pending' : 'visible';
      const { comment, eventId } = await store.discussions.comments.create(
        {
          discussionId: discussion.id,
          question: body.question,
          parentId: body.parentId ?? null,
          authorId: who.person.id,
          body: renderRichText(body.markdown),
          state,
          createdAt: now.toISOString(),
        },
        { actor: who.person.id, at: now.toISOString(), event: state === 'visible' ? 'created' : null },
      );
      await publish(deps, comment, eventId, 'created');
      c.header('Location', `/v1/comments/${comment.id}`);
      return c.json(await viewOne(store, comment, viewer), 201, NO_STORE);
    });
}
