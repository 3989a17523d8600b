// The person repository on SQLite: people, their roles and their reviewer profiles.
import {
  DuplicateError,
  type NewPerson,
  type PersonRecord,
  type PersonRepository,
  type ReviewerProfile,
  type Role,
} from '../types.js';
import { prepared, type Db } from './connection.js';
import { isoNow, randomId } from '../ids.js';
import { isUniqueViolation } from './unique.js';

interface PersonRow {
  id: string;
  email: string;
  name: string;
  organisation_id: string | null;
  created_at: string;
}

interface ProfileRow {
  objectives: string;
  themes: string;
  languages: string;
  updated_at: string;
}

const COLUMNS = 'id, email, name, organisation_id, created_at';
/** The order roles are listed in, from least to most trusted. */
const ROLE_ORDER: readonly Role[] = ['contributor', 'reviewer', 'curator', 'moderator', 'admin'];

function toPerson(row: PersonRow): PersonRecord {
  return { id: row.id, email: row.email, name: row.name, organisationId: row.organisation_id, createdAt: row.created_at };
}

export function sqlitePeople(db: Db): PersonRepository {
  const get = (id: string) => {
    const row = prepared(db, `SELECT ${COLUMNS} FROM person WHERE id = ?`).get(id) as PersonRow | undefined;
    return row ? toPerson(row) : null;
  };
  const saveProfile = db.transaction((personId: string, profile: Omit<ReviewerProfile, 'updatedAt'>) => {
    prepared(
      db,
      `INSERT INTO reviewer_profile (person_id, objectives, themes, languages, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (person_id) DO UPDATE SET objectives = excluded.objectives, themes = excluded.themes,
         languages = excluded.languages, updated_at = excluded.updated_at`,
    ).run(
      personId,
      JSON.stringify(profile.expertise.objectives),
      JSON.stringify(profile.expertise.themes),
      JSON.stringify(profile.languages),
      isoNow(),
    );
    prepared(db, 'DELETE FROM reviewer_conflict WHERE person_id = ?').run(personId);
    const conflict = prepared(db, 'INSERT OR IGNORE INTO reviewer_conflict (person_id, organisation_id) VALUES (?, ?)');
    for (const organisationId of profile.conflictOrganisationIds) conflict.run(personId, organisationId);
  });

  return {
    async create(person: NewPerson) {
      const id = person.id ?? randomId('usr');
      try {
        prepared(db, `INSERT INTO person (${COLUMNS}) VALUES (?, ?, ?, ?, ?)`).run(
          id,
          person.email.trim().toLowerCase(),
          person.name,
          person.organisationId ?? null,
          isoNow(),
        );
      } catch (error) {
        if (isUniqueViolation(error, 'email')) throw new DuplicateError('email', `Someone has the address ${person.email} already.`);
        throw error;
      }
      return get(id) as PersonRecord;
    },
    async get(id) {
      return get(id);
    },
    async findByEmail(email) {
      const row = prepared(db, `SELECT ${COLUMNS} FROM person WHERE email = ?`).get(email.trim().toLowerCase()) as PersonRow | undefined;
      return row ? toPerson(row) : null;
    },
    async count() {
      return prepared(db, 'SELECT count(*) FROM person').pluck().get() as number;
    },
    async roles(personId) {
      const held = new Set(prepared(db, 'SELECT role FROM person_role WHERE person_id = ?').pluck().all(personId) as Role[]);
      return ROLE_ORDER.filter((role) => role === 'contributor' || held.has(role));
    },
    async grantRole(personId, role) {
      if (role === 'contributor') return false;
      const result = prepared(db, 'INSERT OR IGNORE INTO person_role (person_id, role, granted_at) VALUES (?, ?, ?)').run(personId, role, isoNow());
      return result.changes > 0;
    },
    async revokeRole(personId, role) {
      return prepared(db, 'DELETE FROM person_role WHERE person_id = ? AND role = ?').run(personId, role).changes > 0;
    },
    async withRole(role) {
      const rows =
        role === 'contributor'
          ? prepared(db, `SELECT ${COLUMNS} FROM person ORDER BY email`).all()
          : prepared(db, `SELECT p.id, p.email, p.name, p.organisation_id, p.created_at FROM person p
              JOIN person_role r ON r.person_id = p.id WHERE r.role = ? ORDER BY p.email`).all(role);
      return (rows as PersonRow[]).map(toPerson);
    },
    async reviewerProfile(personId) {
      const row = prepared(db, 'SELECT objectives, themes, languages, updated_at FROM reviewer_profile WHERE person_id = ?').get(personId) as
        | ProfileRow
        | undefined;
      if (!row) return null;
      const conflicts = prepared(db, 'SELECT organisation_id FROM reviewer_conflict WHERE person_id = ? ORDER BY organisation_id')
        .pluck()
        .all(personId) as string[];
      return {
        expertise: { objectives: JSON.parse(row.objectives) as number[], themes: JSON.parse(row.themes) as string[] },
        languages: JSON.parse(row.languages) as string[],
        conflictOrganisationIds: conflicts,
        updatedAt: row.updated_at,
      };
    },
    async setReviewerProfile(personId, profile) {
      saveProfile(personId, profile);
    },
  };
}
