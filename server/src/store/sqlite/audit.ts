// The audit log on SQLite: append and read, nothing else (triggers refuse updates and deletes).
import type { AuditEntry, AuditLog } from '../types.js';
import { prepared, type Db } from './connection.js';

interface AuditRow {
  id: number;
  actor: string;
  action: string;
  subject: string;
  at: string;
  details: string | null;
}

function toEntry(row: AuditRow): AuditEntry {
  return { ...row, details: row.details === null ? null : (JSON.parse(row.details) as Record<string, unknown>) };
}

export function sqliteAudit(db: Db): AuditLog {
  return {
    async append(entry) {
      prepared(db, 'INSERT INTO audit_log (actor, action, subject, at, details) VALUES (?, ?, ?, ?, ?)').run(
        entry.actor,
        entry.action,
        entry.subject,
        entry.at,
        entry.details === null ? null : JSON.stringify(entry.details),
      );
    },
    async list({ subject, limit }) {
      const rows =
        subject === undefined
          ? prepared(db, 'SELECT * FROM audit_log ORDER BY id DESC LIMIT ?').all(limit)
          : prepared(db, 'SELECT * FROM audit_log WHERE subject = ? ORDER BY id DESC LIMIT ?').all(subject, limit);
      return (rows as AuditRow[]).map(toEntry);
    },
  };
}
