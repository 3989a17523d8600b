// The email an expert receives when someone writes to them through the hub: plain text, answered by replying.
import type { MailContent } from '../mail/messages.js';

export interface ContactSender {
  name: string;
  organisation: string | null;
}

/** The sender's address is not in the text: it is the Reply-To, so answering is one click and nothing is copied around. */
export function expertContactMail(expertName: string, sender: ContactSender, subject: string, message: string): MailContent {
  const who = sender.organisation ? `${sender.name} (${sender.organisation})` : sender.name;
  return {
    // Line breaks in a subject would end the header; the contract allows any text, so they are flattened here.
    subject: `[Migration Network Hub] ${subject.replace(/[\r\n]+/g, ' ').trim()}`,
    text: [
      `Hello ${expertName},`,
      '',
      `${who} wrote to you through the Migration Network Hub. Reply to this email to answer them;`,
      'your address is not shown to them until you do.',
      '',
      '————',
      message,
      '————',
      '',
      'You receive this because you are listed in the Hub’s experts directory and accept messages.',
      'You can switch messages off in your expert profile at any time.',
      '',
      '— Migration Network Hub',
    ].join('\n'),
  };
}
