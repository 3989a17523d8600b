// Who may see and change a submission, and how it is shown to them; the rules every submission route shares.
import type { SignedIn } from '../auth/sign-in.js';
import { ProblemError } from '../http/problem.js';
import type { Role, Store, SubmissionRecord } from '../store/types.js';

/** Roles that read every submission (the review queue). */
const READERS_OF_ALL: readonly Role[] = ['curator', 'admin'];

export function readsAll(signedIn: SignedIn): boolean {
  return signedIn.roles.some((role) => READERS_OF_ALL.includes(role));
}

/** Someone else's id is a 404 like an unknown one, so ids cannot be probed. */
function notFound(id: string): ProblemError {
  return new ProblemError(404, `You have no submission with the id "${id}".`);
}

/** The submission when the person owns it, reads all, or is (or was) one of its reviewers; 404 otherwise. */
export async function visibleSubmission(store: Store, id: string, signedIn: SignedIn): Promise<SubmissionRecord> {
  const submission = await store.submissions.get(id);
  if (!submission || (submission.ownerId !== signedIn.person.id && !readsAll(signedIn) && !(await reviews(store, submission, signedIn)))) {
    throw notFound(id);
  }
  return submission;
}

/** Reviewers read what they review (its files too) once its review has started. */
async function reviews(store: Store, submission: SubmissionRecord, signedIn: SignedIn): Promise<boolean> {
  if (submission.state === 'draft' || submission.state === 'submitted') return false;
  return (await store.assignments.forSubmission(submission.id)).some((a) => a.reviewerId === signedIn.person.id);
}

/** The submission when the person owns it; a curator who can see it but not change it gets 403. */
export async function ownSubmission(store: Store, id: string, signedIn: SignedIn): Promise<SubmissionRecord> {
  const submission = await visibleSubmission(store, id, signedIn);
  if (submission.ownerId !== signedIn.person.id) throw new ProblemError(403, 'Only the submitter can change a submission.');
  return submission;
}

/** 409 unless the submission is in one of `states`. */
export function requireState(submission: SubmissionRecord, states: readonly SubmissionRecord['state'][], doing: string): void {
  if (!states.includes(submission.state)) {
    throw new ProblemError(409, `A ${submission.state} submission cannot be ${doing}; only a ${states.join(' or ')} one can.`);
  }
}

/** The focal point's contact is the submitter's own entry: others (curators) never see it. */
export function submissionView(submission: SubmissionRecord, signedIn: SignedIn): SubmissionRecord {
  if (submission.ownerId === signedIn.person.id || !submission.content.focalPoint) return submission;
  const { focalPoint: _hidden, ...content } = submission.content;
  return { ...submission, content };
}

export function etagOf(submission: SubmissionRecord): string {
  return `"${submission.id}.${submission.revision}"`;
}

/**
 * 412 when `If-Match` is sent and names neither `*` nor the current ETag (strong comparison, so a
 * weak validator never matches). Without `If-Match` the change goes ahead.
 */
export function checkIfMatch(header: string | undefined, submission: SubmissionRecord): void {
  if (header === undefined) return;
  const current = etagOf(submission);
  const tags = header.split(',').map((tag) => tag.trim());
  if (!tags.includes('*') && !tags.includes(current)) {
    throw new ProblemError(412, 'The submission has changed since you read it; load it again, then reapply your change.', {
      headers: { ETag: current },
    });
  }
}
