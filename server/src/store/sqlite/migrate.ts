// Brings a database's schema up to the latest migration, tracking progress in PRAGMA user_version.
import type { Database } from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations/index.js';

/**
 * Applies every migration the database has not had, in version order, each in its own IMMEDIATE
 * transaction so that two processes opening the same file at once cannot both apply it (the
 * second waits on the write lock, then re-reads what was applied and finds nothing to do).
 * Idempotent.
 *
 * Numbers are taken by features developed side by side and may land out of order: a database
 * migrated to 6 before 4 existed must still get 4 later. So besides user_version (the highest
 * version, kept for tools and for the "newer hub" check) each applied version is recorded in
 * `schema_migration`; a database from before that table counts every version up to its
 * user_version as applied.
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): void {
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  const latest = ordered.at(-1)?.version ?? 0;
  for (const migration of ordered) {
    db.transaction(() => {
      const current = schemaVersion(db);
      if (current > latest) {
        throw new Error(`The database schema (version ${current}) is newer than this hub knows (${latest}).`);
      }
      if (appliedVersions(db, current, ordered).has(migration.version)) return;
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migration (version, name) VALUES (?, ?)').run(migration.version, migration.name);
      db.pragma(`user_version = ${Math.max(current, migration.version)}`);
    }).immediate();
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** The versions this database has had; creates and back-fills the record on a database from before it. */
function appliedVersions(db: Database, current: number, known: readonly Migration[]): Set<number> {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migration'").get();
  if (!exists) {
    db.exec('CREATE TABLE schema_migration (version INTEGER PRIMARY KEY, name TEXT NOT NULL)');
    const backfill = db.prepare('INSERT INTO schema_migration (version, name) VALUES (?, ?)');
    for (const migration of known) if (migration.version <= current) backfill.run(migration.version, migration.name);
  }
  return new Set(db.prepare('SELECT version FROM schema_migration').pluck().all() as number[]);
}
