// The resource store on SQLite: inserting inside another transaction, state changes, the migration onto older databases.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/store/sqlite/connection.js';
import { migrate } from '../../src/store/sqlite/migrate.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations/index.js';
import { sqlitePractices } from '../../src/store/sqlite/practices.js';
import { insertResource, sqliteResources } from '../../src/store/sqlite/resources.js';
import { storeVersion } from '../../src/store/sqlite/version.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { practice } from '../store/support.js';
import { resource } from './support.js';

function libraryOn(db: Db) {
  const version = storeVersion(db);
  return { resources: sqliteResources(db, { version, rankWindow: 2000 }), version };
}

const listed = async (db: Db) => (await libraryOn(db).resources.list({ sort: 'newest', limit: 100 })).items.map((r) => r.id);

describe('insertResource, for publishing from a submission', () => {
  it('runs inside the caller’s transaction: all of it commits, or none of it', async () => {
    const db = openDatabase(':memory:');
    const kept = resource();
    const lost = resource();
    db.transaction(() => insertResource(db, kept))();
    expect(() =>
      db.transaction(() => {
        insertResource(db, lost);
        throw new Error('the submission could not be marked published');
      })(),
    ).toThrow(/could not be marked/);
    expect(await listed(db)).toEqual([kept.id]);
    db.close();
  });

  it('bumps the store version, so cached lists are rebuilt', () => {
    const db = openDatabase(':memory:');
    const { version } = libraryOn(db);
    const before = version();
    insertResource(db, resource());
    expect(version()).toBeGreaterThan(before);
    db.close();
  });

  it('refuses a second resource with the same slug', () => {
    const db = openDatabase(':memory:');
    insertResource(db, resource({ slug: 'one-slug' }));
    expect(() => insertResource(db, resource({ slug: 'one-slug' }))).toThrow(/UNIQUE/);
    db.close();
  });
});

describe('the resource table', () => {
  it('lists a resource once its state becomes published, and no longer once withdrawn', async () => {
    const db = openDatabase(':memory:');
    const waiting = resource({ state: 'in-review', title: 'Heron guidance on screening' });
    insertResource(db, waiting);
    const search = () => libraryOn(db).resources.list({ q: 'heron', sort: 'relevance', limit: 5, objective: [1] });
    expect((await search()).total).toBe(0);
    db.prepare("UPDATE resource SET state = 'published' WHERE id = ?").run(waiting.id);
    expect((await search()).items.map((r) => r.id)).toEqual([waiting.id]);
    db.prepare("UPDATE resource SET state = 'withdrawn' WHERE id = ?").run(waiting.id);
    expect((await search()).total).toBe(0);
    expect(await libraryOn(db).resources.get(waiting.id)).toBeNull();
    db.close();
  });

  it('is added to a database made before it, keeping what was there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mnh-resources-'));
    const path = join(dir, 'hub.db');
    const db = new Database(path);
    migrate(db, MIGRATIONS.filter((m) => m.version < 5));
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'resource'").pluck().get()).toBe(0);
    await sqlitePractices(db, { version: () => 1, rankWindow: 2000 }).insertMany([practice({ id: 'prc_kept000001' })]);
    db.close();

    const store = await openSqliteStore(path);
    await store.resources.insertMany([resource({ id: 'res_added00001' })]);
    expect((await store.practices.get('prc_kept000001'))?.id).toBe('prc_kept000001');
    expect((await store.resources.get('res_added00001'))?.id).toBe('res_added00001');
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
