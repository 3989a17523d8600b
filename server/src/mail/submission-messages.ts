// The emails a submitter receives about their practice.
import type { MailContent } from './messages.js';

/** The title is the submitter's own text, sent back only to them, as plain text. */
export function submissionReceivedMail(name: string, title: string, id: string): MailContent {
  return {
    subject: 'Your practice was submitted to the Migration Network Hub',
    text: [
      `Hello ${name},`,
      '',
      `Thank you: your practice "${title}" (${id}) has been submitted.`,
      'A curator will assign three peer reviewers, at least one from a UN entity and one from outside the UN.',
      'The practice is published once every reviewer approves it; reviewers may ask you for clarification first.',
      '',
      '— Migration Network Hub',
    ].join('\n'),
  };
}
