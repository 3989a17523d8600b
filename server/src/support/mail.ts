// The emails (and notification texts) about support requests: to curators on new requests and messages, to requesters on changes.
import type { MailContent } from '../mail/messages.js';
import type { SupportState } from '../store/support-types.js';

const SIGNATURE = ['', '— Migration Network Hub'];

/** How each state reads in a sentence to the requester. */
const STATE_WORDS: Record<SupportState, string> = {
  received: 'received',
  'under-assessment': 'under assessment',
  matched: 'matched with experts',
  'in-progress': 'in progress',
  completed: 'completed',
  declined: 'declined',
};

export function newRequestMail(curator: string, entity: string, country: string, id: string): MailContent {
  return {
    subject: `New support request from ${entity}`,
    text: [`Dear ${curator},`, '', `${entity} (${country}) asks the hub for capacity-building support.`, `Request: ${id}`, ...SIGNATURE].join('\n'),
  };
}

export function stateChangedMail(requester: string, entity: string, id: string, state: SupportState, note: string | null): MailContent {
  const lines = [`Dear ${requester},`, '', `The support request of ${entity} is now ${STATE_WORDS[state]}.`, `Request: ${id}`];
  if (note) lines.push('', note);
  return { subject: `Your support request is ${STATE_WORDS[state]}`, text: [...lines, ...SIGNATURE].join('\n') };
}

export function messageMail(recipient: string, author: string, entity: string, id: string, text: string): MailContent {
  return {
    subject: `New message on the support request of ${entity}`,
    text: [`Dear ${recipient},`, '', `${author} wrote:`, '', text, '', `Request: ${id}`, ...SIGNATURE].join('\n'),
  };
}
