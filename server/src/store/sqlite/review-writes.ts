// What every review write shares: the submission's revision check and bump, and the audit rows and notices of the step.
import { StaleRevisionError, type ReviewChange, type SubmissionContent, type SubmissionState } from '../types.js';
import { prepared, type Db } from './connection.js';
import { writeNotices } from './notices.js';

/**
 * Moves the submission on from `expected` (StaleRevisionError when another write came first):
 * the revision grows, and state, round or content change when given. Run inside the step's transaction.
 */
export function advanceSubmission(
  db: Db,
  id: string,
  expected: number,
  at: string,
  next: { state?: SubmissionState; round?: number; content?: SubmissionContent } = {},
): void {
  const updated = prepared(
    db,
    `UPDATE submission SET revision = revision + 1, updated_at = @at,
       state = coalesce(@state, state), round = coalesce(@round, round), content = coalesce(@content, content)
     WHERE id = @id AND revision = @expected`,
  ).run({
    id,
    expected,
    at,
    state: next.state ?? null,
    round: next.round ?? null,
    content: next.content === undefined ? null : JSON.stringify(next.content),
  });
  if (updated.changes === 0) {
    const current = prepared(db, 'SELECT revision FROM submission WHERE id = ?').pluck().get(id) as number | undefined;
    throw new StaleRevisionError(current ?? 0);
  }
}

/** The step's audit rows (about the submission) and notices. */
export function recordChange(db: Db, submissionId: string, change: ReviewChange): void {
  const audit = prepared(db, 'INSERT INTO audit_log (actor, action, subject, at, details) VALUES (?, ?, ?, ?, ?)');
  for (const entry of change.audit) {
    audit.run(change.actor, entry.action, submissionId, change.at, entry.details === null ? null : JSON.stringify(entry.details));
  }
  if (change.notices.length > 0) writeNotices(db, change.notices, change.at);
}
