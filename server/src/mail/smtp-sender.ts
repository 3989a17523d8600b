// The production sender: SMTP through nodemailer, configured by one URL.
import nodemailer from 'nodemailer';
import type { MailSender } from './sender.js';

/**
 * @example
 * ```ts
 * const sender = smtpSender('smtps://hub:secret@mail.example.org:465');
 * await sender.send({ from: 'Hub <hub@example.org>', to: 'amina@example.org', subject: 'Hello', text: '…' });
 * ```
 */
export function smtpSender(url: string): MailSender {
  // Pooled: the dispatcher sends in bursts, and one connection per message is slow and impolite.
  const transport = nodemailer.createTransport(`${url}${url.includes('?') ? '&' : '?'}pool=true`);
  return {
    kind: 'smtp',
    async send(mail) {
      await transport.sendMail({ from: mail.from, to: mail.to, subject: mail.subject, text: mail.text, ...(mail.replyTo ? { replyTo: mail.replyTo } : {}) });
    },
    async close() {
      transport.close();
    },
  };
}
