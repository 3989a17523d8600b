// What the discussion routes are built from, and the lookups and after-commit steps they share.
import type { Context } from 'hono';
import type { SignIn, SignedIn } from '../auth/sign-in.js';
import type { Contract } from '../http/contract.js';
import type { HubEnv } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import type { Notice, Store } from '../store/types.js';
import { moderates } from './access.js';
import type { WriteLimits } from './limits.js';
import type { DiscussionLive } from './live.js';
import type { CommentRecord, DiscussionEventType, DiscussionRecord, SpaceRecord } from './types.js';
import { authorsOf, commentView, PUBLIC, type Viewer } from './views.js';

export interface DiscussionDeps {
  store: Store;
  contract: Contract;
  signIn: SignIn;
  clock: () => Date;
  live: DiscussionLive;
  limits: WriteLimits;
  /** Who a stream counts against for the per-address cap. */
  clientKey: (c: Context) => string | undefined;
  /** Milliseconds between heartbeat comments on a stream. */
  heartbeatMs: number;
  onMailQueued?: () => void;
}

export const NO_STORE = { 'Cache-Control': 'no-store' } as const;
/** Public reads change with every comment: caches must ask again each time (no ETag cache here yet). */
export const REVALIDATE = { 'Cache-Control': 'no-cache' } as const;
/** Comment bodies are at most 4,000 characters; a few times that covers any script's UTF-8 and JSON escaping. */
export const COMMENT_BODY = { maxBytes: 64 * 1024 };
/** A space's welcome and summary report are longer texts. */
export const SPACE_BODY = { maxBytes: 256 * 1024 };

export const signedIn = (c: Context<HubEnv>): SignedIn => c.get('signedIn') as SignedIn;
export const param = (c: Context<HubEnv>, name: string): string => (c.get('params') as Record<string, string>)[name] as string;

export async function spaceOf(store: Store, idOrSlug: string): Promise<SpaceRecord> {
  const space = await store.discussions.spaces.get(idOrSlug);
  if (!space) throw new ProblemError(404, `There is no space "${idOrSlug}".`);
  return space;
}

export async function discussionOf(store: Store, id: string): Promise<{ discussion: DiscussionRecord; space: SpaceRecord }> {
  const discussion = await store.discussions.discussions.get(id);
  const space = discussion ? await store.discussions.spaces.get(discussion.spaceId) : null;
  if (!discussion || !space) throw new ProblemError(404, `There is no discussion "${id}".`);
  return { discussion, space };
}

export async function commentOf(store: Store, id: string): Promise<{ comment: CommentRecord; discussion: DiscussionRecord; space: SpaceRecord }> {
  const comment = await store.discussions.comments.get(id);
  if (!comment) throw new ProblemError(404, `There is no comment "${id}".`);
  return { comment, ...(await discussionOf(store, comment.discussionId)) };
}

export function viewerOf(space: SpaceRecord, who: SignedIn | undefined): Viewer {
  return who ? { personId: who.person.id, moderator: moderates(space, who) } : PUBLIC;
}

/** The comment as `viewer` sees it, with its author's name and organisation. */
export async function viewOne(store: Store, comment: CommentRecord, viewer: Viewer) {
  const authors = await authorsOf(store, [comment.authorId]);
  return commentView(comment, authors.get(comment.authorId)!, viewer);
}

/** After a change committed: its public event goes to every open stream of the discussion. */
export async function publish(deps: DiscussionDeps, comment: CommentRecord, eventId: number | null, type: DiscussionEventType): Promise<void> {
  if (eventId === null) return;
  deps.live.publish(comment.discussionId, { id: eventId, type, comment: await viewOne(deps.store, comment, PUBLIC) });
}

/** The notice an author gets when their comment is hidden, by a moderator or by flags. */
export async function hiddenNotice(store: Store, comment: CommentRecord, space: SpaceRecord, reason: string | undefined): Promise<Notice[]> {
  const author = await store.people.get(comment.authorId);
  if (!author) return [];
  const why = reason ? `\n\nThe reason given: ${reason}` : '';
  return [
    {
      personId: author.id,
      email: author.email,
      kind: 'comment.hidden',
      subject: comment.id,
      title: `Your comment in "${space.title}" was hidden for review`,
      text: `A comment you wrote in the discussion space "${space.title}" is hidden while the moderators review it.${why}`,
    },
  ];
}
