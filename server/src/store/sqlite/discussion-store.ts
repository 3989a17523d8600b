// The discussion repositories on one SQLite connection, as the store hands them out.
import type { DiscussionStore } from '../../discussions/types.js';
import { sqliteComments } from './comments.js';
import type { Db } from './connection.js';
import { sqliteDiscussionEvents } from './discussion-events.js';
import { sqliteDiscussions } from './discussions.js';
import { sqliteSpaces } from './spaces.js';

export function sqliteDiscussionStore(db: Db): DiscussionStore {
  return { spaces: sqliteSpaces(db), discussions: sqliteDiscussions(db), comments: sqliteComments(db), events: sqliteDiscussionEvents(db) };
}
