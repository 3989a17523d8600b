// Who is told about a review step: notices (notification + mail) for people, and the curators to tell.
import type { MailContent } from '../mail/messages.js';
import type { Notice, PersonRecord, Store } from '../store/types.js';

/** One notice: the mail's subject is the notification's title. */
export function notice(person: Pick<PersonRecord, 'id' | 'email'>, kind: string, subject: string, mail: MailContent): Notice {
  return { personId: person.id, email: person.email, kind, subject, title: mail.subject, text: mail.text };
}

/** The curators, who run the review board; the admins when the hub has no curator yet. */
export async function curatorsOf(store: Store): Promise<PersonRecord[]> {
  const curators = await store.people.withRole('curator');
  return curators.length > 0 ? curators : store.people.withRole('admin');
}

/** The same notice for several people, each once. */
export function noticeAll(people: readonly Pick<PersonRecord, 'id' | 'email'>[], kind: string, subject: string, mail: MailContent): Notice[] {
  const seen = new Set<string>();
  return people.filter((p) => !seen.has(p.id) && seen.add(p.id)).map((p) => notice(p, kind, subject, mail));
}
