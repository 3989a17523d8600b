// The authorisation matrix's requests for the discussion operations: a space, a discussion and fresh comments in the matrix world.
import type { Fixture } from '../auth/matrix-fixtures.js';
import type { World } from '../auth/matrix-world.js';
import { createDiscussion, createSpace, post, type Comment } from './support.js';

interface DiscussionWorld {
  space: string;
  discussion: string;
}

/** One space (moderated by the global moderator only) and discussion per matrix world, made on first use. */
const made = new WeakMap<World, Promise<DiscussionWorld>>();
function discussionWorld(w: World): Promise<DiscussionWorld> {
  let world = made.get(w);
  if (!world) {
    world = (async () => {
      const space = await createSpace(w, w.tokens.moderator);
      const discussion = await createDiscussion(w, w.tokens.moderator, space.id);
      return { space: space.id, discussion: discussion.id };
    })();
    made.set(w, world);
  }
  return world;
}

/** A new comment by the matrix's owner, so each operation acts on one nobody else touched. */
async function freshComment(w: World): Promise<{ comment: string }> {
  const { discussion } = await discussionWorld(w);
  const res = await post(w, w.tokens.owner, discussion, 'A comment for the matrix.');
  if (res.status !== 201) throw new Error(`the matrix cannot post a comment (${res.status}): ${res.text}`);
  return { comment: (res.json as Comment).id };
}

export const DISCUSSION_FIXTURES: Record<string, Fixture> = {
  createSpace: {
    as: 'moderator',
    status: 201,
    json: () => ({ slug: 'matrix-space', kind: 'event', title: 'A space', welcome: 'Hello.', audience: 'All', languages: ['en'], opensAt: '2026-01-01T00:00:00Z' }),
  },
  updateSpace: { as: 'moderator', status: 200, params: async (w) => ({ space: (await discussionWorld(w)).space }), json: () => ({ audience: 'Everyone' }) },
  createDiscussion: {
    as: 'moderator',
    status: 201,
    params: async (w) => ({ space: (await discussionWorld(w)).space }),
    json: () => ({ title: 'Another round', questions: ['Why?'] }),
  },
  lockDiscussion: {
    as: 'moderator',
    status: 200,
    // A discussion of its own: locking the shared one would refuse the other fixtures' comments.
    params: async (w) => ({ discussion: (await createDiscussion(w, w.tokens.moderator, (await discussionWorld(w)).space)).id }),
    json: () => ({ locked: true }),
  },
  createComment: {
    as: 'contributor',
    status: 201,
    params: async (w) => ({ discussion: (await discussionWorld(w)).discussion }),
    json: () => ({ question: 1, markdown: 'From the matrix.' }),
  },
  updateComment: { as: 'owner', status: 200, params: freshComment, json: () => ({ markdown: 'Edited by the matrix.' }) },
  deleteComment: { as: 'owner', status: 204, params: freshComment },
  flagComment: { as: 'contributor', status: 202, params: freshComment, json: () => ({ reason: 'Off topic.' }) },
  moderateComment: { as: 'moderator', status: 200, params: freshComment, json: () => ({ action: 'hide', reason: 'Off topic.' }) },
};
