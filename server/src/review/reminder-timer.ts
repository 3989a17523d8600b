// Runs the review reminder job on a timer inside the server, and stops it cleanly on shutdown.
import type { Logger } from '../http/logger.js';
import type { Store } from '../store/types.js';
import type { ReviewPolicy } from './policy.js';
import { sendReviewReminders } from './reminders.js';

export interface ReminderTimerOptions {
  store: Store;
  policy: Pick<ReviewPolicy, 'reminderDaysBefore'>;
  logger: Logger;
  /** Default 15 minutes: reminders are counted in days, so a quarter of an hour late is nothing. */
  intervalMs?: number;
  clock?: () => Date;
  /** Called when a run queued mail, so the dispatcher can send it at once. */
  onMailQueued?: () => void;
}

export interface ReminderTimer {
  /** One run now (runs never overlap); what it sent. */
  run(): Promise<void>;
  /** Stops the timer and waits for a run in progress, so the store can be closed after. */
  stop(): Promise<void>;
}

/**
 * Runs once at start (catching up on what came due while the hub was down), then every
 * `intervalMs`. The timer is unref'd: it never keeps the process alive on its own.
 *
 * @example
 * ```ts
 * const reminders = startReminderTimer({ store, policy: config.reviewPolicy, logger });
 * // on shutdown
 * await reminders.stop();
 * ```
 */
export function startReminderTimer(options: ReminderTimerOptions): ReminderTimer {
  const { store, policy, logger, intervalMs = 15 * 60_000, clock = () => new Date() } = options;
  let running: Promise<void> | undefined;

  const run = () =>
    (running ??= sendReviewReminders(store, policy, clock())
      .then((result) => {
        if (result.reminded + result.overdue > 0) {
          logger.info('review reminders sent', { ...result });
          options.onMailQueued?.();
        }
      })
      .catch((error: unknown) => logger.error('review reminders failed', { error: error instanceof Error ? error.message : String(error) }))
      .finally(() => {
        running = undefined;
      }));

  const timer = setInterval(() => void run(), intervalMs);
  timer.unref();
  void run();
  return {
    run,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
