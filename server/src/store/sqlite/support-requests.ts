// The support-request repository on SQLite: each step with its timeline row, audit rows and notices in one transaction.
import { StaleRevisionError } from '../types.js';
import type {
  SupportAssignmentRecord,
  SupportChange,
  SupportContent,
  SupportMessageRecord,
  SupportRequestRecord,
  SupportRequestRepository,
  SupportState,
} from '../support-types.js';
import { randomId } from '../ids.js';
import { prepared, type Db } from './connection.js';
import { writeNotices } from './notices.js';
import { supportMatching } from './support-matching.js';

interface RequestRow {
  id: string;
  requester_id: string;
  state: SupportState;
  content: string;
  agreement: string | null;
  decline_reason: string | null;
  revision: number;
  created_at: string;
  updated_at: string;
}

function toRecord(row: RequestRow): SupportRequestRecord {
  return {
    id: row.id,
    requesterId: row.requester_id,
    state: row.state,
    content: JSON.parse(row.content) as SupportContent,
    agreement: row.agreement,
    declineReason: row.decline_reason,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const MESSAGE_COLUMNS = 'id, request_id AS requestId, author_id AS authorId, side, text, created_at AS createdAt';
const ASSIGNMENT_COLUMNS = 'id, request_id AS requestId, expert_id AS expertId, note, assigned_by AS assignedBy, assigned_at AS assignedAt';

export function sqliteSupportRequests(db: Db): SupportRequestRepository {
  const get = (id: string): SupportRequestRecord | null => {
    const row = prepared(db, 'SELECT * FROM support_request WHERE id = ?').get(id) as RequestRow | undefined;
    return row ? toRecord(row) : null;
  };
  const record = (requestId: string, change: SupportChange) => {
    const audit = prepared(db, 'INSERT INTO audit_log (actor, action, subject, at, details) VALUES (?, ?, ?, ?, ?)');
    for (const entry of change.audit) {
      audit.run(change.actor, entry.action, requestId, change.at, entry.details === null ? null : JSON.stringify(entry.details));
    }
    if (change.notices.length > 0) writeNotices(db, change.notices, change.at);
  };
  const event = (requestId: string, state: SupportState, reason: string | null, at: string) =>
    prepared(db, 'INSERT INTO support_request_event (request_id, state, reason, at) VALUES (?, ?, ?, ?)').run(requestId, state, reason, at);
  /** Bumps the revision from `expected`, changing what `sets` says; StaleRevisionError when another write came first. */
  const advance = (id: string, expected: number, at: string, sets: string, values: Record<string, unknown> = {}) => {
    const updated = prepared(
      db,
      `UPDATE support_request SET revision = revision + 1, updated_at = @at${sets} WHERE id = @id AND revision = @expected`,
    ).run({ ...values, id, expected, at });
    if (updated.changes === 0) throw new StaleRevisionError(get(id)?.revision ?? 0);
  };

  const create = db.transaction((id: string, requesterId: string, content: SupportContent, change: SupportChange) => {
    prepared(
      db,
      `INSERT INTO support_request (id, requester_id, state, content, created_at, updated_at) VALUES (?, ?, 'received', ?, ?, ?)`,
    ).run(id, requesterId, JSON.stringify(content), change.at, change.at);
    event(id, 'received', null, change.at);
    record(id, change);
  });
  const edit = db.transaction((id: string, expected: number, content: SupportContent, change: SupportChange) => {
    advance(id, expected, change.at, ', content = @content', { content: JSON.stringify(content) });
    record(id, change);
  });
  const move = db.transaction(
    (id: string, expected: number, next: { state: SupportState; reason: string | null; agreement?: string }, change: SupportChange) => {
      advance(
        id,
        expected,
        change.at,
        `, state = @state, agreement = coalesce(@agreement, agreement),
          decline_reason = CASE WHEN @state = 'declined' THEN @reason ELSE decline_reason END`,
        { state: next.state, agreement: next.agreement ?? null, reason: next.reason },
      );
      event(id, next.state, next.reason, change.at);
      record(id, change);
    },
  );
  const addMessage = db.transaction((requestId: string, message: Omit<SupportMessageRecord, 'id' | 'requestId'>, change: SupportChange) => {
    const id = randomId('spm');
    prepared(db, 'INSERT INTO support_message (id, request_id, author_id, side, text, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      id,
      requestId,
      message.authorId,
      message.side,
      message.text,
      message.createdAt,
    );
    record(requestId, change);
    return id;
  });
  const assign = db.transaction(
    (requestId: string, expected: number, assignment: Omit<SupportAssignmentRecord, 'id' | 'requestId'>, change: SupportChange) => {
      // The revision moves so that a transition decided before this assignment cannot race it.
      advance(requestId, expected, change.at, '');
      const id = randomId('spa');
      prepared(db, 'INSERT INTO support_assignment (id, request_id, expert_id, note, assigned_by, assigned_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        id,
        requestId,
        assignment.expertId,
        assignment.note,
        assignment.assignedBy,
        assignment.assignedAt,
      );
      record(requestId, change);
      return id;
    },
  );

  return {
    async create(id, requesterId, content, change) {
      create(id, requesterId, content, change);
      return get(id) as SupportRequestRecord;
    },
    async get(id) {
      return get(id);
    },
    async list({ requesterId, state, limit }) {
      const rows = prepared(
        db,
        `SELECT * FROM support_request WHERE (@requester IS NULL OR requester_id = @requester) AND (@state IS NULL OR state = @state)
         ORDER BY created_at DESC, id DESC LIMIT @limit`,
      ).all({ requester: requesterId ?? null, state: state ?? null, limit }) as RequestRow[];
      return rows.map(toRecord);
    },
    async edit(id, expected, content, change) {
      edit(id, expected, content, change);
      return get(id) as SupportRequestRecord;
    },
    async move(id, expected, next, change) {
      move(id, expected, next, change);
      return get(id) as SupportRequestRecord;
    },
    async history(id) {
      return prepared(db, 'SELECT state, reason, at FROM support_request_event WHERE request_id = ? ORDER BY id').all(id) as Awaited<
        ReturnType<SupportRequestRepository['history']>
      >;
    },
    async messages(id) {
      return prepared(db, `SELECT ${MESSAGE_COLUMNS} FROM support_message WHERE request_id = ? ORDER BY created_at, rowid`).all(
        id,
      ) as SupportMessageRecord[];
    },
    async addMessage(requestId, message, change) {
      const id = addMessage(requestId, message, change);
      return prepared(db, `SELECT ${MESSAGE_COLUMNS} FROM support_message WHERE id = ?`).get(id) as SupportMessageRecord;
    },
    async assignments(requestId) {
      return prepared(db, `SELECT ${ASSIGNMENT_COLUMNS} FROM support_assignment WHERE request_id = ? ORDER BY assigned_at, rowid`).all(
        requestId,
      ) as SupportAssignmentRecord[];
    },
    async assign(requestId, expected, assignment, change) {
      const id = assign(requestId, expected, assignment, change);
      return prepared(db, `SELECT ${ASSIGNMENT_COLUMNS} FROM support_assignment WHERE id = ?`).get(id) as SupportAssignmentRecord;
    },
    ...supportMatching(db),
  };
}
