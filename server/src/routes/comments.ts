// One comment: its author edits or deletes it, anyone signed in flags it, the space's moderators approve, hide or restore it.
import { Hono } from 'hono';
import type { components } from '@mnh/contract';
import { authenticate } from '../http/authenticate.js';
import type { HubEnv } from '../http/env.js';
import { jsonBody } from '../http/json-body.js';
import { ProblemError } from '../http/problem.js';
import { validateParams } from '../http/validate.js';
import { moderates, requireModerator, requireWritable } from '../discussions/access.js';
import { COMMENT_BODY, NO_STORE, commentOf, hiddenNotice, param, publish, signedIn, viewOne, viewerOf, type DiscussionDeps } from '../discussions/context.js';
import { checkCommentLength } from '../discussions/limits.js';
import { renderRichText } from '../discussions/render.js';
import type { CommentState, DiscussionEventType } from '../discussions/types.js';

type Schemas = components['schemas'];

/** Each moderation action: the states it applies to, the state it leaves, and the public event it makes. */
const MODERATION: Record<Schemas['ModerationAction']['action'], { from: CommentState[]; to: CommentState; event: DiscussionEventType }> = {
  approve: { from: ['pending'], to: 'visible', event: 'approved' },
  hide: { from: ['visible', 'pending'], to: 'hidden', event: 'hidden' },
  restore: { from: ['hidden'], to: 'visible', event: 'restored' },
};

export function comments(deps: DiscussionDeps): Hono<HubEnv> {
  const { store, contract, signIn, clock } = deps;
  const notFound = (id: string) => new ProblemError(404, `You have no comment with the id "${id}".`);

  return new Hono<HubEnv>()
    .use(authenticate({ signIn }))
    .patch('/:comment', validateParams(contract, 'updateComment'), jsonBody(contract, 'updateComment', COMMENT_BODY), async (c) => {
      const id = param(c, 'comment');
      const { comment, discussion, space } = await commentOf(store, id);
      const who = signedIn(c);
      // Someone else's comment is answered like an unknown one, whoever asks.
      if (comment.authorId !== who.person.id || comment.state === 'deleted') throw notFound(id);
      const now = clock();
      requireWritable(space, discussion, now);
      if (comment.state === 'hidden') throw new ProblemError(409, 'A hidden comment cannot be edited while the moderators review it.');
      if (now.getTime() > Date.parse(comment.createdAt) + space.settings.editWindowMinutes * 60_000) {
        throw new ProblemError(409, `Comments can be edited for ${space.settings.editWindowMinutes} minutes after posting.`);
      }
      const { markdown } = c.get('body') as Schemas['CommentEdit'];
      checkCommentLength(markdown);
      deps.limits.take(c, who.person.id);
      // In a pre-moderated space an edit is approved again, so approval cannot be used to slip in other text.
      const state = space.settings.preModeration && !moderates(space, who) ? 'pending' : comment.state;
      const wasPublic = comment.state === 'visible';
      const { comment: edited, eventId } = await store.discussions.comments.update(
        id,
        { body: renderRichText(markdown), state, editedAt: now.toISOString() },
        { actor: who.person.id, at: now.toISOString(), event: wasPublic ? (state === 'visible' ? 'updated' : 'hidden') : null },
      );
      await publish(deps, edited, eventId, state === 'visible' ? 'updated' : 'hidden');
      return c.json(await viewOne(store, edited, viewerOf(space, who)), 200, NO_STORE);
    })
    .delete('/:comment', validateParams(contract, 'deleteComment'), async (c) => {
      const id = param(c, 'comment');
      const { comment, discussion, space } = await commentOf(store, id);
      const who = signedIn(c);
      const own = comment.authorId === who.person.id;
      const moderator = moderates(space, who);
      if (!own && !moderator) throw notFound(id);
      if (comment.state === 'deleted') return c.body(null, 204);
      // Authors follow the space's rules; moderators may clean up a closed space or a locked thread.
      if (!moderator) requireWritable(space, discussion, clock());
      const at = clock().toISOString();
      const { comment: deleted, eventId } = await store.discussions.comments.update(
        id,
        { state: 'deleted' },
        {
          actor: who.person.id,
          at,
          event: comment.state === 'visible' ? 'deleted' : null,
          audit: own ? [] : [{ action: 'comment.deleted', subject: id, details: { author: comment.authorId } }],
        },
      );
      await publish(deps, deleted, eventId, 'deleted');
      return c.body(null, 204);
    })
    .post('/:comment/flags', validateParams(contract, 'flagComment'), jsonBody(contract, 'flagComment', COMMENT_BODY), async (c) => {
      const id = param(c, 'comment');
      const { comment, discussion, space } = await commentOf(store, id);
      const who = signedIn(c);
      if (comment.state !== 'visible' && !moderates(space, who)) throw notFound(id);
      requireWritable(space, discussion, clock());
      if (comment.state !== 'visible') throw new ProblemError(409, 'Only visible comments can be flagged.');
      if (comment.authorId === who.person.id) throw new ProblemError(409, 'You cannot flag your own comment; delete or edit it instead.');
      deps.limits.take(c, who.person.id);
      const at = clock().toISOString();
      const { reason } = c.get('body') as Schemas['NewFlag'];
      const { added, flagCount } = await store.discussions.comments.flag(id, who.person.id, reason, at);
      if (!added) throw new ProblemError(409, 'You flagged this comment already.');
      // Hidden when the count reaches the threshold, once: after a moderator restores it, later flags do not hide it again.
      if (flagCount === space.settings.flagThreshold) {
        const { comment: hidden, eventId } = await store.discussions.comments.update(
          id,
          { state: 'hidden' },
          {
            actor: who.person.id,
            at,
            event: 'hidden',
            audit: [{ action: 'comment.hidden', subject: id, details: { by: 'flags', flags: flagCount } }],
            notices: await hiddenNotice(store, comment, space, undefined),
          },
        );
        deps.onMailQueued?.();
        await publish(deps, hidden, eventId, 'hidden');
      }
      return c.body(null, 202, NO_STORE);
    })
    .post('/:comment/moderation', validateParams(contract, 'moderateComment'), jsonBody(contract, 'moderateComment', COMMENT_BODY), async (c) => {
      const id = param(c, 'comment');
      const { comment, space } = await commentOf(store, id);
      const who = signedIn(c);
      requireModerator(space, who);
      const { action, reason } = c.get('body') as Schemas['ModerationAction'];
      const rule = MODERATION[action];
      if (!rule.from.includes(comment.state)) throw new ProblemError(409, `A ${comment.state} comment cannot be given "${action}".`);
      const at = clock().toISOString();
      // A pending comment was never public: hiding it makes no public event.
      const event = comment.state === 'pending' && action === 'hide' ? null : rule.event;
      const { comment: moderated, eventId } = await store.discussions.comments.update(
        id,
        { state: rule.to },
        {
          actor: who.person.id,
          at,
          event,
          audit: [{ action: `comment.${rule.event}`, subject: id, details: { by: 'moderator', ...(reason ? { reason } : {}) } }],
          notices: action === 'hide' ? await hiddenNotice(store, comment, space, reason) : [],
        },
      );
      if (action === 'hide') deps.onMailQueued?.();
      await publish(deps, moderated, eventId, rule.event);
      return c.json(await viewOne(store, moderated, viewerOf(space, who)), 200, NO_STORE);
    });
}
