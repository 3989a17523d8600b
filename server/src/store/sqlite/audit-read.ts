// Reading the audit log for people on SQLite: filtered pages for curators and one subject's history, with actors' names.
import type { AuditReader, AuditView } from '../types.js';
import { prepared, type Db } from './connection.js';
import { decodeCursor, encodeCursor, queryFingerprint } from './cursor.js';

interface AuditViewRow {
  id: number;
  actor: string;
  action: string;
  subject: string;
  at: string;
  details: string | null;
  actor_name: string | null;
}

const SELECT = `SELECT a.id, a.actor, a.action, a.subject, a.at, a.details, p.name AS actor_name
  FROM audit_log a LEFT JOIN person p ON p.id = a.actor`;

function toView(row: AuditViewRow): AuditView {
  return {
    id: row.id,
    actor: row.actor,
    action: row.action,
    subject: row.subject,
    at: row.at,
    details: row.details === null ? null : (JSON.parse(row.details) as Record<string, unknown>),
    actorName: row.actor_name,
  };
}

/** Pages go by the log's own id (it only grows), so a cursor is the last id seen. */
export function sqliteAuditReader(db: Db): AuditReader {
  return {
    async page(query) {
      const { limit, cursor, ...filters } = query;
      const fingerprint = queryFingerprint(filters);
      const where: string[] = [];
      const params: unknown[] = [];
      if (filters.subject !== undefined) {
        where.push('a.subject = ?');
        params.push(filters.subject);
      }
      if (filters.actor !== undefined) {
        where.push('a.actor = ?');
        params.push(filters.actor);
      }
      if (filters.action !== undefined) {
        // The contract allows only [a-z0-9.-] before the `*`, so nothing in the prefix is a LIKE wildcard.
        where.push(filters.action.endsWith('*') ? 'a.action LIKE ?' : 'a.action = ?');
        params.push(filters.action.endsWith('*') ? `${filters.action.slice(0, -1)}%` : filters.action);
      }
      if (cursor !== undefined) {
        const [after] = decodeCursor(cursor, fingerprint, ['number']);
        where.push('a.id < ?');
        params.push(after);
      }
      const sql = `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.id DESC LIMIT ?`;
      const rows = prepared(db, sql).all(...params, limit + 1) as AuditViewRow[];
      const items = rows.slice(0, limit).map(toView);
      const last = items.at(-1);
      return { items, nextCursor: rows.length > limit && last ? encodeCursor(fingerprint, [last.id]) : null };
    },
    async history(subject) {
      return (prepared(db, `${SELECT} WHERE a.subject = ? ORDER BY a.id`).all(subject) as AuditViewRow[]).map(toView);
    },
  };
}

