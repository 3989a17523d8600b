// Writes notices (a notification row and an outbox mail per person) inside the caller's transaction.
import type { Database } from 'better-sqlite3';
import type { Notice } from '../types.js';
import { randomId } from '../ids.js';
import { prepared } from './connection.js';

/**
 * Synchronous on purpose: it runs inside the `db.transaction()` of the state change it tells
 * about (publish, request changes, assign…), so a rolled-back change leaves neither a
 * notification nor a mail behind, and a committed one always has both. Call it only from
 * inside such a transaction (or for a single notice, where atomicity is trivial).
 */
export function writeNotices(db: Database, notices: readonly Notice[], at: string): void {
  const notification = prepared(
    db,
    'INSERT INTO notification (id, person_id, kind, subject, title, text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const mail = prepared(db, 'INSERT INTO outbox (id, recipient, subject, body, created_at) VALUES (?, ?, ?, ?, ?)');
  for (const notice of notices) {
    notification.run(randomId('ntf'), notice.personId, notice.kind, notice.subject, notice.title, notice.text, at);
    mail.run(randomId('msg'), notice.email, notice.title, notice.text, at);
  }
}
