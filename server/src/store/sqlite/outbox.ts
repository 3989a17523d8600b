// The outbox on SQLite: email waits here until the dispatcher hands it to the sender.
import type { OutboxRecord, OutboxRepository, OutboxStatus } from '../types.js';
import { prepared, type Db } from './connection.js';
import { randomId } from '../ids.js';

interface OutboxRow {
  id: string;
  recipient: string;
  subject: string;
  body: string;
  created_at: string;
  status: OutboxStatus;
  attempts: number;
  sent_at: string | null;
  last_error: string | null;
  reply_to: string | null;
  discreet: number;
}

const COLUMNS = 'id, recipient, subject, body, created_at, status, attempts, sent_at, last_error, reply_to, discreet';

function toMessage(row: OutboxRow): OutboxRecord {
  return {
    id: row.id,
    to: row.recipient,
    subject: row.subject,
    text: row.body,
    createdAt: row.created_at,
    status: row.status,
    attempts: row.attempts,
    sentAt: row.sent_at,
    lastError: row.last_error,
    replyTo: row.reply_to,
    discreet: row.discreet === 1,
  };
}

export function sqliteOutbox(db: Db): OutboxRepository {
  return {
    async enqueue(message) {
      const row = prepared(
        db,
        `INSERT INTO outbox (id, recipient, subject, body, created_at) VALUES (?, ?, ?, ?, ?) RETURNING ${COLUMNS}`,
      ).get(randomId('msg'), message.to, message.subject, message.text, message.createdAt) as OutboxRow;
      return toMessage(row);
    },
    async pending(limit) {
      const rows = prepared(db, `SELECT ${COLUMNS} FROM outbox WHERE status = 'pending' ORDER BY created_at, rowid LIMIT ?`).all(limit);
      return (rows as OutboxRow[]).map(toMessage);
    },
    async markSent(id, at) {
      prepared(db, `UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?`).run(at, id);
    },
    async markAttemptFailed(id, error, maxAttempts) {
      prepared(
        db,
        `UPDATE outbox SET attempts = attempts + 1, last_error = ?,
           status = CASE WHEN attempts + 1 >= ? THEN 'failed' ELSE 'pending' END WHERE id = ?`,
      ).run(error.slice(0, 500), maxAttempts, id);
    },
    async purgeDone(before) {
      return prepared(db, `DELETE FROM outbox WHERE status IN ('sent', 'failed') AND created_at < ?`).run(before).changes;
    },
    async list(limit) {
      const rows = prepared(db, `SELECT ${COLUMNS} FROM outbox ORDER BY created_at DESC, rowid DESC LIMIT ?`).all(limit);
      return (rows as OutboxRow[]).map(toMessage);
    },
  };
}
