// Brings a database's schema up to the latest migration, tracking progress in PRAGMA user_version.
import type { Database } from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations/index.js';

/**
 * Applies every migration newer than the database, each in its own IMMEDIATE transaction so that
 * two processes opening the same file at once cannot both apply it (the second waits on the
 * write lock, then re-reads the version and finds nothing to do). Idempotent.
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): void {
  const latest = migrations.at(-1)?.version ?? 0;
  for (const migration of migrations) {
    db.transaction(() => {
      const current = schemaVersion(db);
      if (current > latest) {
        throw new Error(`The database schema (version ${current}) is newer than this hub knows (${latest}).`);
      }
      if (migration.version <= current) return;
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}
