// The sign-in repository on SQLite: one-time codes and sessions, both kept only as hashes.
import type { NewSession, SessionRecord, SignInCodeRecord, SignInRepository } from '../types.js';
import { prepared, type Db } from './connection.js';
import { randomId } from '../ids.js';

interface CodeRow {
  id: string;
  email: string;
  code_hash: string;
  created_at: string;
  expires_at: string;
  attempts: number;
  used_at: string | null;
}

interface SessionRow {
  id: string;
  family_id: string;
  person_id: string;
  access_expires_at: string;
  refresh_expires_at: string;
  created_at: string;
  rotated_at: string | null;
  revoked_at: string | null;
}

const SESSION_COLUMNS = 'id, family_id, person_id, access_expires_at, refresh_expires_at, created_at, rotated_at, revoked_at';

function toCode(row: CodeRow): SignInCodeRecord {
  return {
    id: row.id,
    email: row.email,
    codeHash: row.code_hash,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    attempts: row.attempts,
    usedAt: row.used_at,
  };
}

function toSession(row: SessionRow): SessionRecord {
  return {
    id: row.id,
    familyId: row.family_id,
    personId: row.person_id,
    accessExpiresAt: row.access_expires_at,
    refreshExpiresAt: row.refresh_expires_at,
    createdAt: row.created_at,
    rotatedAt: row.rotated_at,
    revokedAt: row.revoked_at,
  };
}

export function sqliteSignIn(db: Db): SignInRepository {
  const sessionBy = (column: 'id' | 'access_hash' | 'refresh_hash', value: string) => {
    const row = prepared(db, `SELECT ${SESSION_COLUMNS} FROM session WHERE ${column} = ?`).get(value) as SessionRow | undefined;
    return row ? toSession(row) : null;
  };
  return {
    async saveCode(code) {
      prepared(db, 'INSERT INTO sign_in_code (id, email, code_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)').run(
        code.id,
        code.email,
        code.codeHash,
        code.createdAt,
        code.expiresAt,
      );
    },
    async latestCode(email) {
      const row = prepared(db, 'SELECT * FROM sign_in_code WHERE email = ? ORDER BY created_at DESC, rowid DESC LIMIT 1').get(email) as
        | CodeRow
        | undefined;
      return row ? toCode(row) : null;
    },
    async codesSince(email, since) {
      return prepared(db, 'SELECT created_at FROM sign_in_code WHERE email = ? AND created_at > ? ORDER BY created_at').pluck().all(email, since) as string[];
    },
    async countAttempt(codeId) {
      return prepared(db, 'UPDATE sign_in_code SET attempts = attempts + 1 WHERE id = ? RETURNING attempts').pluck().get(codeId) as number;
    },
    async useCode(codeId, at) {
      return prepared(db, 'UPDATE sign_in_code SET used_at = ? WHERE id = ? AND used_at IS NULL').run(at, codeId).changes === 1;
    },
    async purgeCodes(before) {
      prepared(db, 'DELETE FROM sign_in_code WHERE created_at < ?').run(before);
    },
    async createSession(session: NewSession) {
      const id = randomId('ses');
      prepared(
        db,
        `INSERT INTO session (id, family_id, person_id, access_hash, refresh_hash, access_expires_at, refresh_expires_at, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        session.familyId,
        session.personId,
        session.accessHash,
        session.refreshHash,
        session.accessExpiresAt,
        session.refreshExpiresAt,
        session.createdAt,
      );
      return sessionBy('id', id) as SessionRecord;
    },
    async sessionByAccessHash(hash) {
      return sessionBy('access_hash', hash);
    },
    async sessionByRefreshHash(hash) {
      return sessionBy('refresh_hash', hash);
    },
    async rotateSession(sessionId, at) {
      return (
        prepared(db, 'UPDATE session SET rotated_at = ? WHERE id = ? AND rotated_at IS NULL AND revoked_at IS NULL').run(at, sessionId).changes === 1
      );
    },
    async revokeFamily(familyId, at) {
      prepared(db, 'UPDATE session SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL').run(at, familyId);
    },
  };
}
