// A person's notifications on SQLite: their own list, newest first, and marking them read.
import type { NotificationRecord, NotificationRepository } from '../types.js';
import { prepared, type Db } from './connection.js';

interface NotificationRow {
  id: string;
  kind: string;
  subject: string;
  title: string;
  text: string;
  created_at: string;
  read_at: string | null;
}

const COLUMNS = 'id, kind, subject, title, text, created_at, read_at';

function toNotification(row: NotificationRow): NotificationRecord {
  return {
    id: row.id,
    kind: row.kind,
    subject: row.subject,
    title: row.title,
    text: row.text,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}

/** Every statement names `person_id`: there is no way to read or mark another person's notifications. */
export function sqliteNotifications(db: Db): NotificationRepository {
  return {
    async list(personId, { unreadOnly, limit }) {
      const rows = prepared(
        db,
        `SELECT ${COLUMNS} FROM notification WHERE person_id = ? AND (? = 0 OR read_at IS NULL)
         ORDER BY created_at DESC, rowid DESC LIMIT ?`,
      ).all(personId, unreadOnly ? 1 : 0, limit) as NotificationRow[];
      const unread = prepared(db, 'SELECT count(*) FROM notification WHERE person_id = ? AND read_at IS NULL').pluck().get(personId) as number;
      return { items: rows.map(toNotification), unread };
    },
    async markRead(personId, ids, at) {
      if (ids === undefined) {
        return prepared(db, 'UPDATE notification SET read_at = ? WHERE person_id = ? AND read_at IS NULL').run(at, personId).changes;
      }
      // One statement whatever the number of ids (≤ 100 by the contract): json_each takes them as one parameter.
      return prepared(
        db,
        `UPDATE notification SET read_at = ? WHERE person_id = ? AND read_at IS NULL
           AND id IN (SELECT value FROM json_each(?))`,
      ).run(at, personId, JSON.stringify(ids)).changes;
    },
  };
}
