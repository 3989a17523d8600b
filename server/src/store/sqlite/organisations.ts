// The organisation repository on SQLite; whether one is a UN entity is read from its kind's taxonomy term.
import { DuplicateError, type NewOrganisation, type OrganisationKind, type OrganisationRecord, type OrganisationRepository } from '../types.js';
import { prepared, type Db } from './connection.js';
import { isoNow, randomId } from '../ids.js';
import { isUniqueViolation } from './unique.js';

interface OrganisationRow {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  un_entity: number | null;
  created_at: string;
}

const SELECT = `SELECT o.id, o.name, o.kind, o.country, o.created_at, t.un_entity
  FROM organisation o LEFT JOIN taxonomy_term t ON t.vocabulary = 'organisation-kind' AND t.key = o.kind`;

function toOrganisation(row: OrganisationRow): OrganisationRecord {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as OrganisationKind,
    country: row.country,
    unEntity: row.un_entity === 1,
    createdAt: row.created_at,
  };
}

export function sqliteOrganisations(db: Db): OrganisationRepository {
  const get = (id: string) => {
    const row = prepared(db, `${SELECT} WHERE o.id = ?`).get(id) as OrganisationRow | undefined;
    return row ? toOrganisation(row) : null;
  };
  return {
    async create(organisation: NewOrganisation) {
      const id = organisation.id ?? randomId('org');
      try {
        prepared(db, 'INSERT INTO organisation (id, name, kind, country, created_at) VALUES (?, ?, ?, ?, ?)').run(
          id,
          organisation.name,
          organisation.kind,
          organisation.country ?? null,
          isoNow(),
        );
      } catch (error) {
        if (isUniqueViolation(error)) throw new DuplicateError('name', `An organisation named "${organisation.name}" exists already.`);
        throw error;
      }
      return get(id) as OrganisationRecord;
    },
    async get(id) {
      return get(id);
    },
    async findByName(name) {
      const row = prepared(db, `${SELECT} WHERE lower(o.name) = lower(?)`).get(name) as OrganisationRow | undefined;
      return row ? toOrganisation(row) : null;
    },
    async list() {
      return (prepared(db, `${SELECT} ORDER BY o.name`).all() as OrganisationRow[]).map(toOrganisation);
    },
  };
}
