// A person's data on SQLite: everything held about them as one export, and erasing them.
import type { PersonalDataExport, PersonalDataRepository } from '../expert-profile-types.js';
import type { NotificationRecord, OrganisationRepository, PersonRepository } from '../types.js';
import { prepared, type Db } from './connection.js';
import { audit, PROFILE_COLUMNS, toProfile, type ProfileRow } from './expert-profile-rows.js';

type SubmissionMeta = PersonalDataExport['submissions'][number];

/** Tables other modules add that hold a person's rows, erased when they exist (their migration may not have landed). */
const OPTIONAL_ERASES: readonly { table: string; sql: string }[] = [
  { table: 'support_request', sql: 'DELETE FROM support_request WHERE requester_id = ?' },
];

export function sqlitePersonalData(db: Db, repos: { people: PersonRepository; organisations: OrganisationRepository }): PersonalDataRepository {
  const erase = db.transaction((personId: string, email: string, at: string) => {
    prepared(db, 'DELETE FROM expert WHERE person_id = ?').run(personId);
    prepared(db, 'DELETE FROM expert_profile WHERE person_id = ?').run(personId);
    prepared(db, 'DELETE FROM notification WHERE person_id = ?').run(personId);
    prepared(db, 'DELETE FROM session WHERE person_id = ?').run(personId);
    prepared(db, 'DELETE FROM sign_in_code WHERE email = ?').run(email);
    prepared(db, "DELETE FROM outbox WHERE recipient = ? AND status = 'pending'").run(email);
    prepared(db, 'UPDATE outbox SET reply_to = NULL WHERE reply_to = ?').run(email);
    prepared(db, 'DELETE FROM person_role WHERE person_id = ?').run(personId);
    prepared(db, 'DELETE FROM reviewer_conflict WHERE person_id = ?').run(personId);
    prepared(db, 'DELETE FROM reviewer_profile WHERE person_id = ?').run(personId);
    for (const { table, sql } of OPTIONAL_ERASES) {
      if (prepared(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table)) prepared(db, sql).run(personId);
    }
    // Unfinished work is withdrawn; what reviewers or the public already hold stays, under the bare id.
    prepared(
      db,
      `UPDATE submission SET state = 'withdrawn', revision = revision + 1, updated_at = ?
       WHERE owner_id = ? AND state IN ('draft', 'changes-requested')`,
    ).run(at, personId);
    // The row stays so that submissions, reviews and the audit log keep a valid id; nothing else of the person does.
    prepared(db, 'UPDATE person SET email = ?, name = ?, organisation_id = NULL WHERE id = ?').run(
      `erased.${personId}@hub.invalid`.toLowerCase(),
      'Erased person',
      personId,
    );
    audit(db, { actor: personId, action: 'person.erased', subject: personId, at, details: null });
  });

  return {
    async export(personId, at) {
      const person = await repos.people.get(personId);
      if (!person) return null;
      const organisation = person.organisationId ? await repos.organisations.get(person.organisationId) : null;
      const profile = prepared(db, `SELECT ${PROFILE_COLUMNS} FROM expert_profile p WHERE p.person_id = ?`).get(personId) as ProfileRow | undefined;
      const submissions = prepared(
        db,
        `SELECT id, state, coalesce(json_extract(content, '$.title'), '') AS title, created_at AS createdAt, updated_at AS updatedAt,
           submitted_at AS submittedAt FROM submission WHERE owner_id = ? ORDER BY created_at`,
      ).all(personId) as SubmissionMeta[];
      const notifications = prepared(
        db,
        `SELECT id, kind, subject, title, text, created_at AS createdAt, read_at AS readAt FROM notification
         WHERE person_id = ? ORDER BY created_at, rowid`,
      ).all(personId) as NotificationRecord[];
      audit(db, { actor: personId, action: 'person.data-exported', subject: personId, at, details: null });
      return {
        exportedAt: at,
        person: {
          id: person.id,
          name: person.name,
          email: person.email,
          organisation: organisation ? { id: organisation.id, name: organisation.name, kind: organisation.kind } : null,
          createdAt: person.createdAt,
        },
        roles: await repos.people.roles(personId),
        expertProfile: profile ? toProfile(profile) : null,
        submissions,
        notifications,
      };
    },
    async erase(personId, at) {
      const person = await repos.people.get(personId);
      if (person) erase.immediate(personId, person.email, at);
    },
  };
}
