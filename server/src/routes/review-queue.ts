// A reviewer's queue: their assignments with the submission to review (never the focal point's contact) and their verdict.
import { Hono } from 'hono';
import type { HubEnv } from '../http/env.js';
import { validateParams } from '../http/validate.js';
import { ReviewReader } from '../review/context.js';
import { assignmentView } from '../review/views.js';
import { submissionView } from '../submissions/access.js';
import type { AssignmentRecord, SubmissionRecord } from '../store/types.js';
import { NO_STORE, signedInOnce, whoIs, type ReviewRouteDeps } from './review-deps.js';

/** Open: the reviewer can act now. A reviewer is not shown a submission until its review starts. */
function isOpen(assignment: AssignmentRecord, submission: SubmissionRecord): boolean {
  return assignment.state === 'active' && submission.state === 'in-review' && !assignment.reviewed;
}

export function reviewQueue(deps: ReviewRouteDeps): Hono<HubEnv> {
  const { store, contract } = deps;
  return new Hono<HubEnv>().get('/', signedInOnce(deps.signIn), validateParams(contract, 'listMyAssignments'), async (c) => {
    const who = whoIs(c);
    const wanted = (c.get('query') as { state?: 'open' | 'done' }).state ?? 'open';
    const now = deps.clock().toISOString();
    const reader = new ReviewReader(store);
    const items = [];
    for (const assignment of await store.assignments.forReviewer(who.person.id)) {
      const submission = await store.submissions.get(assignment.submissionId);
      if (!submission || submission.state === 'submitted') continue;
      const open = isOpen(assignment, submission);
      if (open !== (wanted === 'open')) continue;
      const mine = (await store.reviews.forSubmission(submission.id)).find((r) => r.reviewerId === who.person.id && r.round === submission.round);
      items.push({
        assignment: await assignmentView(reader, assignment),
        submission: submissionView(submission, who),
        myVerdict: mine?.verdict ?? null,
        overdue: open && assignment.dueAt < now,
      });
    }
    return c.json({ items }, 200, NO_STORE);
  });
}
