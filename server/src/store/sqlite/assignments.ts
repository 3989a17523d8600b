// The assignment repository on SQLite: reviewers on submissions, each step with its audit rows and notices in one transaction.
import type { AssignmentRecord, AssignmentRepository, ReviewChange } from '../types.js';
import { randomId } from '../ids.js';
import { prepared, type Db } from './connection.js';
import { advanceSubmission, recordChange } from './review-writes.js';

interface AssignmentRow {
  id: string;
  submission_id: string;
  reviewer_id: string;
  state: 'active' | 'replaced';
  extra: number;
  round: number;
  assigned_by: string;
  assigned_at: string;
  due_at: string;
  replaced_at: string | null;
  reviewed: number;
  reminded_at: string | null;
}

function toRecord(row: AssignmentRow): AssignmentRecord {
  return {
    id: row.id,
    submissionId: row.submission_id,
    reviewerId: row.reviewer_id,
    state: row.state,
    extra: row.extra === 1,
    round: row.round,
    assignedBy: row.assigned_by,
    assignedAt: row.assigned_at,
    dueAt: row.due_at,
    replacedAt: row.replaced_at,
    reviewed: row.reviewed === 1,
    remindedAt: row.reminded_at,
  };
}

type NewAssignment = Parameters<AssignmentRepository['assign']>[2];

export function sqliteAssignments(db: Db): AssignmentRepository {
  // Reminders are recorded by the reminder job's table (migration 6); a store without it has none.
  const hasReminders = prepared(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'review_reminder'").pluck().get() === 1;
  const remindedAt = hasReminders
    ? '(SELECT max(m.sent_at) FROM review_reminder m WHERE m.assignment_id = a.id AND m.round = s.round)'
    : 'NULL';
  const SELECT = `SELECT a.id, a.submission_id, a.reviewer_id, a.state, a.extra, a.round, a.assigned_by, a.assigned_at, a.due_at, a.replaced_at,
      EXISTS (SELECT 1 FROM review r WHERE r.submission_id = a.submission_id AND r.reviewer_id = a.reviewer_id AND r.round = s.round) AS reviewed,
      ${remindedAt} AS reminded_at
    FROM review_assignment a JOIN submission s ON s.id = a.submission_id`;
  const get = (id: string) => {
    const row = prepared(db, `${SELECT} WHERE a.id = ?`).get(id) as AssignmentRow | undefined;
    return row ? toRecord(row) : null;
  };
  const insert = (submissionId: string, assignment: NewAssignment, change: ReviewChange): string => {
    const id = randomId('asg');
    prepared(
      db,
      `INSERT INTO review_assignment (id, submission_id, reviewer_id, state, extra, round, assigned_by, assigned_at, due_at)
       VALUES (?, ?, ?, 'active', ?, ?, ?, ?, ?)`,
    ).run(id, submissionId, assignment.reviewerId, assignment.extra ? 1 : 0, assignment.round, change.actor, change.at, assignment.dueAt);
    return id;
  };

  const assign = db.transaction((submissionId: string, expected: number, assignment: NewAssignment, change: ReviewChange) => {
    advanceSubmission(db, submissionId, expected, change.at, assignment.startReview ? { state: 'in-review' } : {});
    const id = insert(submissionId, assignment, change);
    recordChange(db, submissionId, change);
    return get(id) as AssignmentRecord;
  });

  const replace = db.transaction(
    (submissionId: string, expected: number, replacedId: string, assignment: NewAssignment, change: ReviewChange) => {
      advanceSubmission(db, submissionId, expected, change.at, assignment.startReview ? { state: 'in-review' } : {});
      // Replaced first: the unique index allows one active assignment per reviewer and submission.
      prepared(db, `UPDATE review_assignment SET state = 'replaced', replaced_at = ? WHERE id = ? AND state = 'active'`).run(change.at, replacedId);
      const newId = insert(submissionId, assignment, change);
      prepared(db, 'UPDATE review_assignment SET replaced_by = ? WHERE id = ?').run(newId, replacedId);
      recordChange(db, submissionId, change);
      return get(newId) as AssignmentRecord;
    },
  );

  const reopen = db.transaction(
    (submissionId: string, expected: number, next: Parameters<AssignmentRepository['reopen']>[2], change: ReviewChange) => {
      const round = (prepared(db, 'SELECT round FROM submission WHERE id = ?').pluck().get(submissionId) as number) + 1;
      advanceSubmission(db, submissionId, expected, change.at, { state: 'in-review', round, content: next.content });
      prepared(db, `UPDATE review_assignment SET due_at = ? WHERE submission_id = ? AND state = 'active'`).run(next.dueAt, submissionId);
      recordChange(db, submissionId, change);
    },
  );

  return {
    async forSubmission(submissionId) {
      return (prepared(db, `${SELECT} WHERE a.submission_id = ? ORDER BY a.assigned_at, a.rowid`).all(submissionId) as AssignmentRow[]).map(toRecord);
    },
    async forReviewer(reviewerId) {
      return (prepared(db, `${SELECT} WHERE a.reviewer_id = ? ORDER BY a.due_at, a.rowid`).all(reviewerId) as AssignmentRow[]).map(toRecord);
    },
    async openLoad() {
      const rows = prepared(
        db,
        `SELECT a.reviewer_id AS reviewer, count(*) AS open FROM review_assignment a JOIN submission s ON s.id = a.submission_id
         WHERE a.state = 'active' AND s.state IN ('submitted', 'in-review')
           AND NOT EXISTS (SELECT 1 FROM review r WHERE r.submission_id = a.submission_id AND r.reviewer_id = a.reviewer_id AND r.round = s.round)
         GROUP BY a.reviewer_id`,
      ).all() as { reviewer: string; open: number }[];
      return new Map(rows.map((row) => [row.reviewer, row.open]));
    },
    async assign(submissionId, expected, assignment, change) {
      return assign(submissionId, expected, assignment, change);
    },
    async replace(submissionId, expected, replacedId, assignment, change) {
      return replace(submissionId, expected, replacedId, assignment, change);
    },
    async reopen(submissionId, expected, next, change) {
      reopen(submissionId, expected, next, change);
    },
  };
}
