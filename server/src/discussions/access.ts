// Who may do what in a space, and what state a space is in at a given time.
import type { SignedIn } from '../auth/sign-in.js';
import { ProblemError } from '../http/problem.js';
import type { DiscussionRecord, SpaceRecord, SpaceState } from './types.js';

/** Derived from the dates and an early close, never stored, so it cannot drift from the clock. */
export function spaceState(space: SpaceRecord, now: Date): SpaceState {
  if (space.closedAt !== null) return 'closed';
  const at = now.getTime();
  if (at < Date.parse(space.opensAt)) return 'upcoming';
  if (space.closesAt !== null && at >= Date.parse(space.closesAt)) return 'closed';
  return 'open';
}

/** Admins and global moderators moderate every space; anyone else only the spaces that name them. */
export function moderates(space: SpaceRecord, who: SignedIn | undefined): boolean {
  if (!who) return false;
  if (who.roles.includes('admin') || who.roles.includes('moderator')) return true;
  return space.moderatorIds.includes(who.person.id);
}

export function requireModerator(space: SpaceRecord, who: SignedIn): void {
  if (!moderates(space, who)) throw new ProblemError(403, `Only the moderators of the space "${space.slug}" may do this.`);
}

/** Posting, editing and flagging need an open space and an unlocked discussion: a 409 otherwise. */
export function requireWritable(space: SpaceRecord, discussion: DiscussionRecord, now: Date): void {
  const state = spaceState(space, now);
  if (state === 'closed') throw new ProblemError(409, 'The space is closed: its discussions are read-only.');
  if (state === 'upcoming') throw new ProblemError(409, `The space opens at ${space.opensAt}; comments are taken from then.`);
  if (discussion.locked) throw new ProblemError(409, 'The discussion is locked: it takes no new comments or edits.');
}
