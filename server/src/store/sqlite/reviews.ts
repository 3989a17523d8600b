// The review repository on SQLite: verdicts per round, and the round's outcome (up to publishing) in the same transaction.
import type { ReviewChange, ReviewCriteria, ReviewRecord, ReviewRepository, SubmissionContent, SubmissionState, Verdict } from '../types.js';
import { randomId } from '../ids.js';
import { prepared, type Db } from './connection.js';
import { publishSubmission, type Approved } from './publish.js';
import { advanceSubmission, recordChange } from './review-writes.js';

interface ReviewRow {
  id: string;
  submission_id: string;
  assignment_id: string;
  reviewer_id: string;
  round: number;
  verdict: Verdict;
  criteria: string;
  comment: string;
  created_at: string;
}

function toRecord(row: ReviewRow): ReviewRecord {
  return {
    id: row.id,
    submissionId: row.submission_id,
    assignmentId: row.assignment_id,
    reviewerId: row.reviewer_id,
    round: row.round,
    verdict: row.verdict,
    criteria: JSON.parse(row.criteria) as ReviewCriteria,
    comment: row.comment,
    createdAt: row.created_at,
  };
}

type Outcome = { state: SubmissionState | null; publish: boolean };

/** The submission as it is inside the transaction: the content that was approved. */
function approved(db: Db, id: string): Approved {
  const row = prepared(db, 'SELECT id, content, created_at FROM submission WHERE id = ?').get(id) as { id: string; content: string; created_at: string };
  return { id: row.id, content: JSON.parse(row.content) as SubmissionContent, createdAt: row.created_at };
}

export function sqliteReviews(db: Db): ReviewRepository {
  const record = db.transaction(
    (submissionId: string, expected: number, review: Omit<ReviewRecord, 'id' | 'createdAt'>, outcome: Outcome, change: ReviewChange) => {
      advanceSubmission(db, submissionId, expected, change.at, outcome.state ? { state: outcome.state } : {});
      const id = randomId('rev');
      prepared(
        db,
        `INSERT INTO review (id, submission_id, assignment_id, reviewer_id, round, verdict, criteria, comment, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, submissionId, review.assignmentId, review.reviewerId, review.round, review.verdict, JSON.stringify(review.criteria), review.comment, change.at);
      let publishedId: string | null = null;
      if (outcome.publish) {
        publishedId = publishSubmission(db, approved(db, submissionId), change.at);
        change = { ...change, audit: change.audit.map((entry) => withPublished(entry, publishedId as string)) };
      }
      recordChange(db, submissionId, change);
      return { review: { ...review, id, createdAt: change.at }, publishedId };
    },
  );
  return {
    async forSubmission(submissionId) {
      const rows = prepared(db, 'SELECT * FROM review WHERE submission_id = ? ORDER BY round, created_at, rowid').all(submissionId) as ReviewRow[];
      return rows.map(toRecord);
    },
    async record(submissionId, expected, review, outcome, change) {
      return record(submissionId, expected, review, outcome, change);
    },
  };
}

/** The publishing audit row names the new public id, known only once inserted. */
function withPublished(entry: ReviewChange['audit'][number], publishedId: string): ReviewChange['audit'][number] {
  return entry.action === 'submission.published' ? { ...entry, details: { ...entry.details, publishedId } } : entry;
}
