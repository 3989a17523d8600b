// Migration 6: people's notifications (the in-app list beside each mail) and the record of review reminders sent.

/**
 * A notification is written in the same transaction as the state change it tells about, next to
 * the outbox mail (store/sqlite/notices.ts), so the list a person sees and the mail they get
 * cannot disagree. `subject` is the id of what it is about (a submission id); it has no foreign
 * key because subjects of later kinds (resources, requests) live in other tables. Notifications
 * are private: they are only ever read by `person_id`, newest first, and the partial index keeps
 * the unread count cheap however long the history grows.
 *
 * `review_reminder` makes each reminder step happen once: the reminder job inserts a row per
 * (assignment, round, step) before it writes the notice, and a second run (or a second process)
 * hits the primary key and skips it. `step` is `before-<days>` or `overdue`. The assignment id
 * carries no foreign key so that this migration does not depend on the order in which the
 * review tables' migration lands.
 *
 * The audit log gains indexes for the curators' filters (who acted, what was done).
 */
export const sql = `
  CREATE TABLE notification (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES person (id),
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    read_at TEXT
  );
  CREATE INDEX notification_person ON notification (person_id, created_at DESC, id DESC);
  CREATE INDEX notification_unread ON notification (person_id) WHERE read_at IS NULL;

  CREATE TABLE review_reminder (
    assignment_id TEXT NOT NULL,
    round INTEGER NOT NULL,
    step TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    PRIMARY KEY (assignment_id, round, step)
  ) WITHOUT ROWID;

  -- Curators filter the audit log by who acted and by what was done (GET /v1/audit).
  CREATE INDEX audit_log_actor ON audit_log (actor, id);
  CREATE INDEX audit_log_action ON audit_log (action, id);
`;
