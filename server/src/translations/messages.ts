// The mail a translator gets when a curator decides on their translation.
import type { MailContent } from '../mail/messages.js';

const LANGUAGE_NAMES: Record<string, string> = { ar: 'Arabic', en: 'English', es: 'Spanish', fr: 'French', ru: 'Russian', zh: 'Chinese' };

/** The item's title is the original's: the translator knows the item by it, whatever language they translated into. */
export function translationDecidedMail(name: string, itemTitle: string, language: string, approved: boolean, reason: string | null): MailContent {
  const into = LANGUAGE_NAMES[language] ?? language;
  return {
    subject: approved ? `Your ${into} translation is published: ${itemTitle}` : `Your ${into} translation was not accepted: ${itemTitle}`,
    text: [
      `Hello ${name},`,
      '',
      approved
        ? `A curator approved your ${into} translation of "${itemTitle}". Readers who ask for ${into} now see it.`
        : `A curator declined your ${into} translation of "${itemTitle}".`,
      ...(reason ? ['', `The curator's note: ${reason}`] : []),
      ...(approved ? [] : ['', 'You may propose a new translation into this language at any time.']),
      '',
      '— Migration Network Hub',
    ].join('\n'),
  };
}
