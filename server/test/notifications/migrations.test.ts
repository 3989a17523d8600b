// Migration numbers taken by features built side by side may land out of order; every one must still apply once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../src/store/sqlite/migrate.js';
import type { Migration } from '../../src/store/sqlite/migrations/index.js';

const dir = mkdtempSync(join(tmpdir(), 'mnh-migrate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const one: Migration = { version: 1, name: 'one', sql: 'CREATE TABLE one (id INTEGER)' };
const four: Migration = { version: 4, name: 'four', sql: 'CREATE TABLE four (id INTEGER)' };
const six: Migration = { version: 6, name: 'six', sql: 'CREATE TABLE six (id INTEGER)' };

const tables = (db: Database.Database) =>
  db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'schema_migration' ORDER BY name").pluck().all();

describe('migrations landing out of order', () => {
  it('applies a list given out of order in version order', () => {
    const db = new Database(':memory:');
    const order: string[] = [];
    db.function('note', (name: string) => (order.push(name), null));
    migrate(db, [
      { ...six, sql: `${six.sql}; SELECT note('six')` },
      { ...one, sql: `${one.sql}; SELECT note('one')` },
      { ...four, sql: `${four.sql}; SELECT note('four')` },
    ]);
    expect(order).toEqual(['one', 'four', 'six']);
    expect(schemaVersion(db)).toBe(6);
  });

  it('still applies 4 to a database already at 6, and only once', () => {
    const path = join(dir, 'gap.db');
    const first = new Database(path);
    migrate(first, [one, six]);
    expect(schemaVersion(first)).toBe(6);
    expect(tables(first)).toEqual(['one', 'six']);
    first.close();

    for (let i = 0; i < 2; i++) {
      const again = new Database(path);
      migrate(again, [one, six, four]);
      expect(tables(again)).toEqual(['four', 'one', 'six']);
      expect(schemaVersion(again)).toBe(6);
      again.close();
    }
  });

  it('treats a database from before the record as having every version up to its user_version', () => {
    const db = new Database(':memory:');
    db.exec(one.sql);
    db.pragma('user_version = 1');
    // Would fail with "table one already exists" if 1 were applied again.
    migrate(db, [one, four]);
    expect(tables(db)).toEqual(['four', 'one']);
  });

  it('still refuses a database newer than every migration it knows', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 7');
    expect(() => migrate(db, [one, four, six])).toThrow(/newer/);
  });
});
