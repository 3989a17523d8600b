// Puts email into the outbox; the dispatcher sends it, so a slow mail server never holds up a request.
import type { OutboxRecord, OutboxRepository } from '../store/types.js';
import type { MailContent } from './messages.js';

export interface MailQueue {
  queue(to: string, content: MailContent): Promise<OutboxRecord>;
}

/**
 * @example
 * ```ts
 * const mail = mailQueue(store.outbox, { onQueued: () => dispatcher.kick() });
 * await mail.queue('amina@example.org', signInCodeMail('042917', 10));
 * ```
 */
export function mailQueue(outbox: OutboxRepository, options: { clock?: () => Date; onQueued?: () => void } = {}): MailQueue {
  const clock = options.clock ?? (() => new Date());
  return {
    async queue(to, content) {
      const record = await outbox.enqueue({ to, subject: content.subject, text: content.text, createdAt: clock().toISOString() });
      options.onQueued?.();
      return record;
    },
  };
}
