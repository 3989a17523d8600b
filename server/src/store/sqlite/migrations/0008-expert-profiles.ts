// Migration 8: contacting experts through the hub, experts' own profiles with recorded consent, and private mail.

/**
 * `expert.person_id` links a directory entry to the person who keeps it (null for imported
 * experts); `expert.contact` is the expert's switch for messages through the hub (imported experts
 * were listed as contactable, so it defaults on).
 *
 * `expert_profile` is what a person writes about themselves; it reaches the directory (an
 * `expert` row with the same `expert_id`) only when a curator lists it, and leaves it at once when
 * the person withdraws their consent to be listed. Consent is kept as the current choice plus the
 * time each was last recorded; every change is also in the audit log, which is the history.
 *
 * `expert_contact` counts messages for the rate limits (per sender, per expert). It holds no text:
 * the message itself lives only in the outbox until it is sent. Sender and expert carry no
 * foreign keys so that erasing either leaves the counts (which name nobody) consistent.
 *
 * `outbox.reply_to` lets a message be answered straight to whoever wrote it; `outbox.discreet`
 * marks mail whose recipient must not appear in logs or the development outbox (an expert's
 * address is private).
 */
export const sql = `
  ALTER TABLE expert ADD COLUMN person_id TEXT;
  ALTER TABLE expert ADD COLUMN contact INTEGER NOT NULL DEFAULT 1;
  CREATE UNIQUE INDEX expert_person ON expert (person_id) WHERE person_id IS NOT NULL;

  CREATE TABLE expert_profile (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL UNIQUE REFERENCES person (id) ON DELETE CASCADE,
    expert_id TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL CHECK (state IN ('draft', 'pending-check', 'listed', 'declined')),
    content TEXT NOT NULL,
    consent_listed INTEGER NOT NULL,
    consent_listed_at TEXT NOT NULL,
    consent_contact INTEGER NOT NULL,
    consent_contact_at TEXT NOT NULL,
    decline_reason TEXT,
    checked_by TEXT,
    checked_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX expert_profile_state ON expert_profile (state, updated_at);

  CREATE TABLE expert_contact (
    id TEXT PRIMARY KEY,
    expert_id TEXT NOT NULL,
    sender_id TEXT NOT NULL,
    sent_at TEXT NOT NULL
  );
  CREATE INDEX expert_contact_sender ON expert_contact (sender_id, sent_at);
  CREATE INDEX expert_contact_expert ON expert_contact (expert_id, sent_at);

  ALTER TABLE outbox ADD COLUMN reply_to TEXT;
  ALTER TABLE outbox ADD COLUMN discreet INTEGER NOT NULL DEFAULT 0;
`;
