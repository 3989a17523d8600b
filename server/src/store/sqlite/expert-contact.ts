// Messages to experts on SQLite: who to write to, and sending one within the limits, mail and audit row included.
import type { ExpertContactRepository, ExpertContactTarget } from '../expert-profile-types.js';
import { randomId } from '../ids.js';
import { prepared, type Db } from './connection.js';

interface TargetRow {
  id: string;
  name: string;
  email: string;
  contact: number;
  person_id: string | null;
}

const DAY_MS = 24 * 60 * 60_000;

export function sqliteExpertContact(db: Db): ExpertContactRepository {
  const history = (senderId: string, expertId: string, since: string) => ({
    senderSentAt: prepared(db, 'SELECT sent_at FROM expert_contact WHERE sender_id = ? AND sent_at > ? ORDER BY sent_at')
      .pluck()
      .all(senderId, since) as string[],
    expertReceivedAt: prepared(db, 'SELECT sent_at FROM expert_contact WHERE expert_id = ? AND sent_at > ? ORDER BY sent_at')
      .pluck()
      .all(expertId, since) as string[],
  });

  return {
    async target(expertId): Promise<ExpertContactTarget | null> {
      const row = prepared(db, 'SELECT id, name, email, contact, person_id FROM expert WHERE id = ?').get(expertId) as TargetRow | undefined;
      return row ? { id: row.id, name: row.name, email: row.email, contact: row.contact === 1, personId: row.person_id } : null;
    },

    async send(message, allow) {
      // IMMEDIATE: the count and the insert happen under one write lock, so racing requests queue up.
      return db
        .transaction(() => {
          const since = new Date(Date.parse(message.at) - DAY_MS).toISOString();
          const refusal = allow(history(message.senderId, message.expertId, since));
          if (refusal !== null) return refusal;
          const contactId = randomId('ctc');
          prepared(db, 'INSERT INTO expert_contact (id, expert_id, sender_id, sent_at) VALUES (?, ?, ?, ?)').run(
            contactId,
            message.expertId,
            message.senderId,
            message.at,
          );
          prepared(
            db,
            'INSERT INTO outbox (id, recipient, subject, body, created_at, reply_to, discreet) VALUES (?, ?, ?, ?, ?, ?, 1)',
          ).run(randomId('msg'), message.to, message.subject, message.text, message.at, message.replyTo);
          // The audit row names the contact, never the address or the text.
          prepared(db, 'INSERT INTO audit_log (actor, action, subject, at, details) VALUES (?, ?, ?, ?, ?)').run(
            message.senderId,
            'expert.contacted',
            message.expertId,
            message.at,
            JSON.stringify({ contact: contactId }),
          );
          return null;
        })
        .immediate();
    },
  };
}
