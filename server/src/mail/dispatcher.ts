// Sends what waits in the outbox: at once when something is queued, and on a timer for retries.
import type { Logger } from '../http/logger.js';
import type { OutboxRepository } from '../store/types.js';
import { WITHHELD_ADDRESS, type MailSender } from './sender.js';

export interface DispatcherOptions {
  outbox: OutboxRepository;
  sender: MailSender;
  /** The From of every message. */
  from: string;
  logger: Logger;
  clock?: () => Date;
  /** Tries before a message is marked failed. Default 5. */
  maxAttempts?: number;
  /** Messages per run. Default 50. */
  batch?: number;
  /** How long sent and failed messages are kept (their text may hold a sign-in code). Default one day. */
  retainMs?: number;
}

export interface Dispatcher {
  /** Sends pending messages once; resolves with how many were sent. Runs never overlap. */
  run(): Promise<number>;
  /** Asks for a run soon, without waiting for it. */
  kick(): void;
  /** Runs every `intervalMs` until `stop()`. */
  start(intervalMs: number): void;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Errors are logged by message only: an SMTP error can quote the conversation, never the password,
 * but the mail's text (which holds sign-in codes) is never logged here.
 *
 * @example
 * ```ts
 * const dispatcher = createDispatcher({ outbox: store.outbox, sender, from: config.mailFrom, logger });
 * dispatcher.start(5_000);
 * ```
 */
export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const { outbox, sender, from, logger, maxAttempts = 5, batch = 50, retainMs = 24 * 60 * 60_000 } = options;
  const clock = options.clock ?? (() => new Date());
  let running: Promise<number> | undefined;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  async function sendPending(): Promise<number> {
    let sent = 0;
    for (const message of await outbox.pending(batch)) {
      try {
        await sender.send({
          from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          ...(message.replyTo ? { replyTo: message.replyTo } : {}),
          ...(message.discreet ? { discreet: true } : {}),
        });
        await outbox.markSent(message.id, clock().toISOString());
        sent += 1;
      } catch (error) {
        const said = error instanceof Error ? error.message : String(error);
        // A mail server's refusal may quote the recipient; a private one stays out of the log.
        const reason = message.discreet ? said.split(message.to).join(WITHHELD_ADDRESS) : said;
        await outbox.markAttemptFailed(message.id, reason, maxAttempts);
        logger.error('mail not sent', { id: message.id, sender: sender.kind, attempt: message.attempts + 1, error: reason });
      }
    }
    await outbox.purgeDone(new Date(clock().getTime() - retainMs).toISOString());
    return sent;
  }

  function run(): Promise<number> {
    if (running) {
      again = true;
      return running;
    }
    running = sendPending().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        void run();
      }
    });
    return running;
  }

  const kick = () => {
    run().catch((error: unknown) => logger.error('mail dispatch failed', { error: String(error) }));
  };

  return {
    run,
    kick,
    start(intervalMs) {
      timer ??= setInterval(kick, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running?.catch(() => undefined);
    },
  };
}
