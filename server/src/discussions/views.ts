// What each audience sees of spaces, discussions and comments (the contract's shapes).
import type { components } from '@mnh/contract';
import type { Store } from '../store/types.js';
import { spaceState } from './access.js';
import type { CommentRecord, DiscussionRecord, SpaceRecord } from './types.js';

type Schemas = components['schemas'];
export type CommentView = Schemas['Comment'];
export type CommentAuthorView = Schemas['CommentAuthor'];

/** Who is reading: nobody, a person, or one of the space's moderators. */
export interface Viewer {
  personId: string | null;
  moderator: boolean;
}
export const PUBLIC: Viewer = { personId: null, moderator: false };

export function discussionSummary(discussion: DiscussionRecord, visible: number): Schemas['DiscussionSummary'] {
  return { id: discussion.id, title: discussion.title, locked: discussion.locked, questionCount: discussion.questions.length, commentCount: visible };
}

export function discussionView(discussion: DiscussionRecord, visible: number): Schemas['Discussion'] {
  return {
    id: discussion.id,
    spaceId: discussion.spaceId,
    title: discussion.title,
    locked: discussion.locked,
    questions: discussion.questions.map((text, i) => ({ number: i + 1, text })),
    commentCount: visible,
    lastEventId: discussion.lastEventId,
  };
}

export function spaceSummary(space: SpaceRecord, discussions: Schemas['DiscussionSummary'][], now: Date): Schemas['SpaceSummary'] {
  return {
    id: space.id,
    slug: space.slug,
    kind: space.kind,
    title: space.title,
    audience: space.audience,
    languages: space.languages,
    opensAt: space.opensAt,
    closesAt: space.closesAt,
    state: spaceState(space, now),
    objectives: space.objectives,
    discussions,
  };
}

/** People's names and organisations, read once per list; emails never leave this function. */
export async function authorsOf(store: Store, ids: Iterable<string>): Promise<Map<string, CommentAuthorView>> {
  const authors = new Map<string, CommentAuthorView>();
  for (const id of new Set(ids)) {
    const person = await store.people.get(id);
    const organisation = person?.organisationId ? await store.organisations.get(person.organisationId) : null;
    authors.set(id, { id, name: person?.name ?? 'Unknown person', organisation: organisation?.name ?? null });
  }
  return authors;
}

export async function spaceView(store: Store, space: SpaceRecord, now: Date): Promise<Schemas['Space']> {
  const discussions = await store.discussions.discussions.forSpaces([space.id]);
  const counts = await store.discussions.discussions.visibleCounts(discussions.map((d) => d.id));
  const moderators = await authorsOf(store, space.moderatorIds);
  return {
    ...spaceSummary(space, discussions.map((d) => discussionSummary(d, counts.get(d.id) ?? 0)), now),
    welcome: space.welcome,
    moderators: space.moderatorIds.map((id) => moderators.get(id)!),
    summaryReport: space.summaryReport,
    settings: space.settings,
  };
}

/**
 * Body and flags as this viewer may see them: the text of a hidden or pending comment only to its
 * author and the moderators, of a deleted one to nobody; flag counts only to moderators.
 */
export function commentView(comment: CommentRecord, author: CommentAuthorView, viewer: Viewer): CommentView {
  const mine = viewer.personId !== null && viewer.personId === comment.authorId;
  const readable = comment.state === 'visible' || (comment.state !== 'deleted' && (mine || viewer.moderator));
  return {
    id: comment.id,
    discussionId: comment.discussionId,
    question: comment.question,
    parentId: comment.parentId,
    author,
    body: readable ? comment.body : null,
    createdAt: comment.createdAt,
    editedAt: comment.editedAt,
    state: comment.state,
    mine,
    ...(viewer.moderator ? { flagCount: comment.flagCount } : {}),
  };
}

/**
 * The comments a viewer is shown, oldest first. Moderators see all. Others see visible ones and
 * their own pending or hidden ones; a comment they may not read is kept as a tombstone only when
 * something shown hangs below it, so threads keep their shape without leaking text.
 */
export function shownComments(comments: CommentRecord[], viewer: Viewer): CommentRecord[] {
  if (viewer.moderator) return comments;
  const own = (c: CommentRecord) => viewer.personId !== null && c.authorId === viewer.personId && c.state !== 'deleted';
  const shown = new Set(comments.filter((c) => c.state === 'visible' || own(c)).map((c) => c.id));
  const byId = new Map(comments.map((c) => [c.id, c]));
  // Walk up from every shown comment, keeping its ancestors as tombstones.
  for (const id of [...shown]) {
    let parent = byId.get(id)?.parentId;
    while (parent && !shown.has(parent)) {
      shown.add(parent);
      parent = byId.get(parent)?.parentId;
    }
  }
  return comments.filter((c) => shown.has(c.id));
}
