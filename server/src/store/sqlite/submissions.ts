// The submission repository on SQLite: drafts and their state changes, each with its audit row (and notices) in one transaction.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  StaleRevisionError,
  type SubmissionChange,
  type SubmissionContent,
  type SubmissionFile,
  type SubmissionRecord,
  type SubmissionRepository,
  type SubmissionState,
} from '../types.js';
import { randomId } from '../ids.js';
import { prepared, type Db } from './connection.js';
import { writeNotices } from './notices.js';

interface SubmissionRow {
  id: string;
  owner_id: string;
  state: SubmissionState;
  revision: number;
  content: string;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  round: number;
}

interface FileRow {
  id: string;
  filename: string;
  media_type: SubmissionFile['mediaType'];
  size: number;
  created_at: string;
}

const FILE_COLUMNS = 'id, filename, media_type, size, created_at';

function toFile(row: FileRow): SubmissionFile {
  return { id: row.id, filename: row.filename, mediaType: row.media_type, size: row.size, createdAt: row.created_at };
}

/** `filesDir` is asked for only when bytes are written or read, so it may be created lazily. */
export function sqliteSubmissions(db: Db, filesDir: () => string): SubmissionRepository {
  const filesOf = (id: string) =>
    (prepared(db, `SELECT ${FILE_COLUMNS} FROM submission_file WHERE submission_id = ? ORDER BY created_at, rowid`).all(id) as FileRow[]).map(
      toFile,
    );
  const toRecord = (row: SubmissionRow): SubmissionRecord => ({
    id: row.id,
    ownerId: row.owner_id,
    state: row.state,
    revision: row.revision,
    content: JSON.parse(row.content) as SubmissionContent,
    files: filesOf(row.id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    submittedAt: row.submitted_at,
    round: row.round,
  });
  const get = (id: string) => {
    const row = prepared(db, 'SELECT * FROM submission WHERE id = ?').get(id) as SubmissionRow | undefined;
    return row ? toRecord(row) : null;
  };
  const record = (subject: string, change: SubmissionChange, details: Record<string, unknown> | null = null) => {
    prepared(db, 'INSERT INTO audit_log (actor, action, subject, at, details) VALUES (?, ?, ?, ?, ?)').run(
      change.actor,
      change.action,
      subject,
      change.at,
      details === null ? null : JSON.stringify(details),
    );
    if (change.notices?.length) writeNotices(db, change.notices, change.at);
  };

  const create = db.transaction((ownerId: string, content: SubmissionContent, change: SubmissionChange) => {
    const id = randomId('sub');
    prepared(
      db,
      `INSERT INTO submission (id, owner_id, state, revision, content, created_at, updated_at) VALUES (?, ?, 'draft', 1, ?, ?, ?)`,
    ).run(id, ownerId, JSON.stringify(content), change.at, change.at);
    record(id, change);
    return get(id) as SubmissionRecord;
  });

  const change = db.transaction(
    (id: string, expected: number, next: { content?: SubmissionContent; state?: SubmissionState; submittedAt?: string }, change: SubmissionChange) => {
      const updated = prepared(
        db,
        `UPDATE submission SET revision = revision + 1, updated_at = @at,
           content = coalesce(@content, content), state = coalesce(@state, state), submitted_at = coalesce(@submittedAt, submitted_at)
         WHERE id = @id AND revision = @expected`,
      ).run({
        id,
        expected,
        at: change.at,
        content: next.content === undefined ? null : JSON.stringify(next.content),
        state: next.state ?? null,
        submittedAt: next.submittedAt ?? null,
      });
      if (updated.changes === 0) {
        const current = prepared(db, 'SELECT revision FROM submission WHERE id = ?').pluck().get(id) as number | undefined;
        throw new StaleRevisionError(current ?? 0);
      }
      record(id, change, next.state ? { state: next.state, revision: expected + 1 } : { revision: expected + 1 });
      return get(id) as SubmissionRecord;
    },
  );

  const addFile = db.transaction((id: string, file: SubmissionFile, sha256: string, change: SubmissionChange) => {
    prepared(db, `INSERT INTO submission_file (${FILE_COLUMNS}, submission_id, sha256) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
      file.id,
      file.filename,
      file.mediaType,
      file.size,
      file.createdAt,
      id,
      sha256,
    );
    prepared(db, 'UPDATE submission SET revision = revision + 1, updated_at = ? WHERE id = ?').run(change.at, id);
    record(id, change, { file: file.id, mediaType: file.mediaType, size: file.size });
  });

  return {
    async create(ownerId, content, change) {
      return create(ownerId, content, change);
    },
    async get(id) {
      return get(id);
    },
    async list({ ownerId, states, limit }) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (ownerId !== undefined) {
        where.push('owner_id = ?');
        params.push(ownerId);
      }
      if (states?.length) {
        where.push(`state IN (${states.map(() => '?').join(', ')})`);
        params.push(...states);
      }
      const sql = `SELECT * FROM submission ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY updated_at DESC, rowid DESC LIMIT ?`;
      return (prepared(db, sql).all(...params, limit) as SubmissionRow[]).map(toRecord);
    },
    async change(id, expectedRevision, next, details) {
      return change(id, expectedRevision, next, details);
    },
    async attachFile(id, { filename, mediaType, bytes }, details) {
      const file: SubmissionFile = { id: randomId('fil'), filename, mediaType, size: bytes.byteLength, createdAt: details.at };
      // Bytes first, under a name the hub chose (never the uploader's), renamed into place whole.
      mkdirSync(filesDir(), { recursive: true });
      const path = join(filesDir(), file.id);
      writeFileSync(`${path}.part`, bytes);
      renameSync(`${path}.part`, path);
      try {
        addFile(id, file, createHash('sha256').update(bytes).digest('hex'), details);
      } catch (error) {
        rmSync(path, { force: true });
        throw error;
      }
      return file;
    },
    async readFile(id, fileId) {
      const row = prepared(db, `SELECT ${FILE_COLUMNS} FROM submission_file WHERE id = ? AND submission_id = ?`).get(fileId, id) as
        | FileRow
        | undefined;
      return row ? { file: toFile(row), bytes: readFileSync(join(filesDir(), row.id)) } : null;
    },
  };
}
