// Discussion events on SQLite: numbering a public change in its write's transaction, and reading them back for replay.
import type { DiscussionChange, DiscussionEventRepository, DiscussionEventType, EventRecord } from '../../discussions/types.js';
import { prepared, type Db } from './connection.js';
import { writeNotices } from './notices.js';

interface EventRow {
  discussion_id: string;
  id: number;
  type: DiscussionEventType;
  comment_id: string;
  at: string;
}

const toEvent = (row: EventRow): EventRecord => ({ discussionId: row.discussion_id, id: row.id, type: row.type, commentId: row.comment_id, at: row.at });

/**
 * Writes what goes with a discussion change: its audit rows, its notices and, when it is public,
 * the next numbered event of the discussion. Synchronous: call it inside the change's transaction.
 * Returns the event's number, or null when the change records none.
 */
export function recordChange(db: Db, change: DiscussionChange, event?: { discussionId: string; commentId: string }): number | null {
  const audit = prepared(db, 'INSERT INTO audit_log (actor, action, subject, at, details) VALUES (?, ?, ?, ?, ?)');
  for (const entry of change.audit ?? []) {
    audit.run(change.actor, entry.action, entry.subject, change.at, entry.details ? JSON.stringify(entry.details) : null);
  }
  if (change.notices?.length) writeNotices(db, change.notices, change.at);
  if (!change.event || !event) return null;
  const id = prepared(db, 'UPDATE discussion SET last_event_id = last_event_id + 1 WHERE id = ? RETURNING last_event_id')
    .pluck()
    .get(event.discussionId) as number;
  prepared(db, 'INSERT INTO discussion_event (discussion_id, id, type, comment_id, at) VALUES (?, ?, ?, ?, ?)').run(
    event.discussionId,
    id,
    change.event,
    event.commentId,
    change.at,
  );
  return id;
}

export function sqliteDiscussionEvents(db: Db): DiscussionEventRepository {
  return {
    async after(discussionId, after, limit) {
      const rows = prepared(db, 'SELECT * FROM discussion_event WHERE discussion_id = ? AND id > ? ORDER BY id LIMIT ?').all(discussionId, after, limit);
      return (rows as EventRow[]).map(toEvent);
    },
  };
}
