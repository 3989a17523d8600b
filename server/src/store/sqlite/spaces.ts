// Discussion spaces on SQLite: create, read by id or slug, list, edit.
import type { NewSpaceRecord, SpaceChanges, SpaceRecord, SpaceRepository } from '../../discussions/types.js';
import { randomId } from '../ids.js';
import { prepared, type Db } from './connection.js';
import { recordChange } from './discussion-events.js';

interface SpaceRow {
  id: string;
  slug: string;
  kind: SpaceRecord['kind'];
  title: string;
  welcome: string;
  audience: string;
  languages: string;
  opens_at: string;
  closes_at: string | null;
  closed_at: string | null;
  objectives: string;
  moderator_ids: string;
  summary_report: string | null;
  settings: string;
  created_at: string;
}

function toSpace(row: SpaceRow): SpaceRecord {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    welcome: JSON.parse(row.welcome) as SpaceRecord['welcome'],
    audience: row.audience,
    languages: JSON.parse(row.languages) as string[],
    opensAt: row.opens_at,
    closesAt: row.closes_at,
    closedAt: row.closed_at,
    objectives: JSON.parse(row.objectives) as number[],
    moderatorIds: JSON.parse(row.moderator_ids) as string[],
    summaryReport: row.summary_report === null ? null : (JSON.parse(row.summary_report) as SpaceRecord['welcome']),
    settings: JSON.parse(row.settings) as SpaceRecord['settings'],
    createdAt: row.created_at,
  };
}

function toRow(space: SpaceRecord): SpaceRow {
  return {
    id: space.id,
    slug: space.slug,
    kind: space.kind,
    title: space.title,
    welcome: JSON.stringify(space.welcome),
    audience: space.audience,
    languages: JSON.stringify(space.languages),
    opens_at: space.opensAt,
    closes_at: space.closesAt,
    closed_at: space.closedAt,
    objectives: JSON.stringify(space.objectives),
    moderator_ids: JSON.stringify(space.moderatorIds),
    summary_report: space.summaryReport === null ? null : JSON.stringify(space.summaryReport),
    settings: JSON.stringify(space.settings),
    created_at: space.createdAt,
  };
}

const COLUMNS = 'id, slug, kind, title, welcome, audience, languages, opens_at, closes_at, closed_at, objectives, moderator_ids, summary_report, settings, created_at';
const VALUES = COLUMNS.split(', ').map((c) => `@${c}`).join(', ');

export function sqliteSpaces(db: Db): SpaceRepository {
  const read = (idOrSlug: string) => {
    const row = prepared(db, 'SELECT * FROM space WHERE id = ? OR slug = ?').get(idOrSlug, idOrSlug) as SpaceRow | undefined;
    return row ? toSpace(row) : null;
  };
  const insert = db.transaction((space: SpaceRecord, change: Parameters<SpaceRepository['create']>[1]) => {
    prepared(db, `INSERT INTO space (${COLUMNS}) VALUES (${VALUES})`).run(toRow(space));
    recordChange(db, change);
  });
  const write = db.transaction((space: SpaceRecord, change: Parameters<SpaceRepository['update']>[2]) => {
    const sets = COLUMNS.split(', ').filter((c) => c !== 'id').map((c) => `${c} = @${c}`).join(', ');
    prepared(db, `UPDATE space SET ${sets} WHERE id = @id`).run(toRow(space));
    recordChange(db, change);
  });
  return {
    async create(input: NewSpaceRecord, change) {
      const space: SpaceRecord = { ...input, id: input.id ?? randomId('spc'), closedAt: null, createdAt: change.at };
      insert(space, change);
      return space;
    },
    async get(idOrSlug) {
      return read(idOrSlug);
    },
    async all() {
      return (prepared(db, 'SELECT * FROM space ORDER BY created_at, id').all() as SpaceRow[]).map(toSpace);
    },
    async update(id, changes: SpaceChanges, change) {
      const current = read(id);
      if (!current) throw new Error(`No space ${id}`);
      const next: SpaceRecord = { ...current, ...changes, id: current.id, createdAt: current.createdAt };
      write(next, change);
      return next;
    },
    async slugTaken(slug) {
      return prepared(db, 'SELECT 1 FROM space WHERE slug = ?').get(slug) !== undefined;
    },
  };
}
