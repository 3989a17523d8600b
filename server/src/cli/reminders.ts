// `hub reminders`: runs the review reminder job once, as the server does every 15 minutes.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import type { ReviewPolicy } from '../review/policy.js';
import { sendReviewReminders } from '../review/reminders.js';
import { databasePath, withStore } from './db.js';
import { UsageError } from './errors.js';

export const REMINDERS_HELP = `  reminders [--now <ISO date-time>] [--db <path>]
                    Sends the review reminders and overdue notices that are due (each only
                    once, whoever runs it); the policy's days come from $REVIEW_POLICY. A
                    running hub mails them; --now pretends it is another time (for trying it).`;

export async function remindersCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { now: { type: 'string' }, db: { type: 'string' } }, strict: true });
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime()) || (values.now !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(values.now))) {
    throw new UsageError(`--now must be an ISO date-time such as 2026-03-21T09:00:00Z, not "${values.now}".`);
  }
  const policy = reviewPolicy();
  await withStore(databasePath(values.db), async (store) => {
    const run = await sendReviewReminders(store, policy, now);
    console.log(
      `Reminded ${run.reminded} reviewer${run.reminded === 1 ? '' : 's'}; reported ${run.overdue} overdue review${run.overdue === 1 ? '' : 's'} to the curators.`,
    );
  });
}

/** REVIEW_POLICY as the server reads it; a bad one is the caller's mistake, named like any other. */
function reviewPolicy(): ReviewPolicy {
  try {
    return loadConfig().reviewPolicy;
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}
