// What the review reminder job reads and writes on SQLite: open assignments, curators, and each step recorded once.
import type { OpenAssignment, ReminderRepository } from '../types.js';
import { prepared, type Db } from './connection.js';
import { writeNotices } from './notices.js';

interface OpenRow {
  assignment_id: string;
  submission_id: string;
  title: string | null;
  round: number;
  assigned_at: string;
  due_at: string;
  reviewer_id: string;
  reviewer_name: string;
  reviewer_email: string;
  steps: string;
}

/**
 * Reads the review tables of migration 4 (review_assignment, review, submission.round). Only
 * submissions in review count: before that, reviewers cannot give a verdict yet; after it,
 * there is nothing left to remind anyone of. "This round" is the submission's current round,
 * so a resubmission starts the steps afresh for the same assignment.
 */
const OPEN = `
  SELECT a.id AS assignment_id, a.submission_id, json_extract(s.content, '$.title') AS title, s.round, a.assigned_at, a.due_at,
         p.id AS reviewer_id, p.name AS reviewer_name, p.email AS reviewer_email,
         (SELECT json_group_array(r.step) FROM review_reminder r WHERE r.assignment_id = a.id AND r.round = s.round) AS steps
  FROM review_assignment a
  JOIN submission s ON s.id = a.submission_id AND s.state = 'in-review'
  JOIN person p ON p.id = a.reviewer_id
  WHERE a.state = 'active'
    AND NOT EXISTS (SELECT 1 FROM review v WHERE v.submission_id = a.submission_id AND v.reviewer_id = a.reviewer_id AND v.round = s.round)
  ORDER BY a.due_at, a.id`;

export function sqliteReminders(db: Db): ReminderRepository {
  const record = db.transaction(
    (reminder: Parameters<ReminderRepository['record']>[0], at: string): boolean => {
      const insert = prepared(db, 'INSERT OR IGNORE INTO review_reminder (assignment_id, round, step, sent_at) VALUES (?, ?, ?, ?)');
      const [first, ...rest] = reminder.steps;
      if (first === undefined) return false;
      // Another run got here first: it sent the notices, so this one sends nothing.
      if (insert.run(reminder.assignmentId, reminder.round, first, at).changes === 0) return false;
      for (const step of rest) insert.run(reminder.assignmentId, reminder.round, step, at);
      // A step recorded without notices (its time came before the assignment) is not a reminder sent.
      if (reminder.notices.length === 0) return true;
      writeNotices(db, reminder.notices, at);
      prepared(db, 'INSERT INTO audit_log (actor, action, subject, at, details) VALUES (?, ?, ?, ?, ?)').run(
        'system',
        first === 'overdue' ? 'review.overdue' : 'review.reminded',
        reminder.submissionId,
        at,
        JSON.stringify({ assignment: reminder.assignmentId, round: reminder.round, step: first }),
      );
      return true;
    },
  );

  return {
    async open() {
      return (prepared(db, OPEN).all() as OpenRow[]).map(
        (row): OpenAssignment => ({
          assignmentId: row.assignment_id,
          submissionId: row.submission_id,
          title: row.title ?? '',
          round: row.round,
          assignedAt: row.assigned_at,
          dueAt: row.due_at,
          reviewer: { id: row.reviewer_id, name: row.reviewer_name, email: row.reviewer_email },
          stepsDone: JSON.parse(row.steps) as string[],
        }),
      );
    },
    async curators() {
      const byRole = prepared(
        db,
        `SELECT p.id, p.name, p.email FROM person p JOIN person_role r ON r.person_id = p.id WHERE r.role = ? ORDER BY p.name, p.id`,
      );
      const curators = byRole.all('curator') as { id: string; name: string; email: string }[];
      return curators.length > 0 ? curators : (byRole.all('admin') as { id: string; name: string; email: string }[]);
    },
    async record(reminder, at) {
      return record.immediate(reminder, at);
    },
  };
}
