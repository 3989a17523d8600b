// The development sender: writes each message to the log instead of sending it.
import type { Logger } from '../http/logger.js';
import { WITHHELD_ADDRESS, type MailSender } from './sender.js';

/**
 * With `revealText` (development) the whole message, sign-in code included, is logged at info:
 * reading it there (or at /dev/outbox) is how a demo is signed in to. Without it (production with no
 * SMTP configured) only the recipient and subject are logged: the text holds secrets.
 *
 * @example
 * ```ts
 * const sender = logSender(createLogger('info'), { revealText: config.environment === 'development' });
 * ```
 */
export function logSender(logger: Logger, options: { revealText: boolean }): MailSender {
  return {
    kind: 'log',
    async send(mail) {
      // An expert's address is private even in a development log; the reply-to is the sender's own, given to be used.
      const to = mail.discreet ? WITHHELD_ADDRESS : mail.to;
      const replyTo = mail.replyTo === undefined ? {} : { replyTo: mail.replyTo };
      if (options.revealText) logger.info('mail (development: not sent)', { to, ...replyTo, subject: mail.subject, text: mail.text });
      else logger.warn('mail not sent: SMTP_URL is not configured', { to, subject: mail.subject });
    },
  };
}
