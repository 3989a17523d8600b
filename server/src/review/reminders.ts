// The review reminder job: reviewers reminded before their due date, curators told once a review is overdue.
import type { OpenAssignment, Store } from '../store/types.js';
import type { ReviewPolicy } from './policy.js';
import { overdueNotice, reminderNotice } from './reminder-notices.js';

const DAY = 24 * 60 * 60_000;

export interface ReminderRun {
  /** Reviewers reminded in this run. */
  reminded: number;
  /** Overdue reviews reported to the curators in this run. */
  overdue: number;
}

/** The step's key in `review_reminder`: one row per assignment, round and step makes it happen once. */
const beforeStep = (days: number) => `before-${days}`;
const OVERDUE = 'overdue';

/**
 * Sends what is due at `now` and records it, so it is safe to run as often as one likes, from
 * the server's timer and the CLI at once: a step is sent by whichever run records it first.
 *
 * - Before the due date, step `before-d` is due once `dueAt − d days` has passed. When several
 *   are due together (the hub was down, or the review window is short), only the most urgent is
 *   sent and the others are recorded as done: one mail, not three at once. A step whose time
 *   came before the reviewer was even assigned is skipped, the assignment mail said it all.
 * - Once past the due date, the curators (or the admins, when there is no curator) are told
 *   once; the reviewer's remaining steps are recorded as done.
 */
export async function sendReviewReminders(
  store: Store,
  policy: Pick<ReviewPolicy, 'reminderDaysBefore'>,
  now: Date,
): Promise<ReminderRun> {
  const at = now.toISOString();
  const run: ReminderRun = { reminded: 0, overdue: 0 };
  let curators: Awaited<ReturnType<Store['reminders']['curators']>> | undefined;
  for (const assignment of await store.reminders.open()) {
    const due = Date.parse(assignment.dueAt);
    const steps = policy.reminderDaysBefore.map(beforeStep);
    const pending = (wanted: string[]) => wanted.filter((step) => !assignment.stepsDone.includes(step));

    if (now.getTime() >= due) {
      if (assignment.stepsDone.includes(OVERDUE)) continue;
      curators ??= await store.reminders.curators();
      const notices = curators.map((curator) => overdueNotice(curator, assignment));
      if (await record(store, assignment, [OVERDUE, ...pending(steps)], notices, at)) run.overdue += 1;
      continue;
    }

    const come = [...policy.reminderDaysBefore]
      .filter((days) => now.getTime() >= due - days * DAY)
      .sort((a, b) => a - b); // most urgent (fewest days left) first
    const [urgent, ...earlier] = come;
    if (urgent === undefined || assignment.stepsDone.includes(beforeStep(urgent))) continue;
    const send = due - urgent * DAY > Date.parse(assignment.assignedAt);
    const toRecord = [beforeStep(urgent), ...pending(earlier.map(beforeStep))];
    const notices = send ? [reminderNotice(assignment, now)] : [];
    if ((await record(store, assignment, toRecord, notices, at)) && send) run.reminded += 1;
  }
  return run;
}

function record(store: Store, assignment: OpenAssignment, steps: string[], notices: ReturnType<typeof reminderNotice>[], at: string) {
  return store.reminders.record(
    { assignmentId: assignment.assignmentId, submissionId: assignment.submissionId, round: assignment.round, steps, notices },
    at,
  );
}
