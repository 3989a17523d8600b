// Opening, migrating, versioning and closing the SQLite store, in memory and on disk.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations/index.js';
import { expert, practice } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'mnh-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a store on disk', () => {
  const path = join(dir, 'nested', 'deeper', 'hub.db');

  it('creates the file and its directories, in WAL mode with foreign keys on', async () => {
    const store = await openSqliteStore(path);
    expect(existsSync(path)).toBe(true);
    await store.practices.insertMany([practice({ id: 'prc_disk000001' })]);
    await store.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)?.version);
    db.close();
  });

  it('reopens without migrating again, keeping data, taxonomy and version', async () => {
    const first = await openSqliteStore(path);
    const version = first.version();
    const labels = await first.taxonomy.get('fr');
    await first.close();
    for (let i = 0; i < 3; i++) {
      const again = await openSqliteStore(path);
      expect(await again.practices.count()).toBe(1);
      expect(again.version()).toBe(version);
      expect(await again.taxonomy.get('fr')).toEqual(labels);
      await again.close();
    }
  });

  it('lets two stores open the same file at once', async () => {
    const fresh = join(dir, 'twice.db');
    const [a, b] = await Promise.all([openSqliteStore(fresh), openSqliteStore(fresh)]);
    await a.practices.insertMany([practice({ id: 'prc_twice00001' })]);
    expect(await b.practices.get('prc_twice00001')).not.toBeNull();
    await Promise.all([a.close(), b.close()]);
  });

  it('refuses a database from a newer hub', async () => {
    const newer = join(dir, 'newer.db');
    (await openSqliteStore(newer)).close();
    const db = new Database(newer);
    db.pragma('user_version = 999');
    db.close();
    await expect(openSqliteStore(newer)).rejects.toThrow(/newer/);
  });
});

describe('version, ping and close', () => {
  it('version increases on every write, from this store or another connection', async () => {
    const path = join(dir, 'version.db');
    const store = await openSqliteStore(path);
    const v0 = store.version();
    await store.practices.insertMany([practice({ id: 'prc_version001' })]);
    const v1 = store.version();
    expect(v1).toBeGreaterThan(v0);
    await store.experts.insertMany([expert({ id: 'exp_version001' })]);
    const v2 = store.version();
    expect(v2).toBeGreaterThan(v1);
    const other = new Database(path);
    other.prepare("UPDATE practice SET state = 'withdrawn' WHERE id = 'prc_version001'").run();
    other.close();
    expect(store.version()).toBeGreaterThan(v2);
    expect(await store.practices.get('prc_version001')).toBeNull();
    expect((await store.practices.list({ sort: 'newest', limit: 10 })).total).toBe(0);
    await store.close();
  });

  it('a practice published later by an update becomes listed and searchable', async () => {
    const path = join(dir, 'publish.db');
    const store = await openSqliteStore(path);
    await store.practices.insertMany([practice({ id: 'prc_publish001', state: 'in-review', title: 'Harbour pilots', objectives: [8] })]);
    expect((await store.practices.list({ q: 'harbour', sort: 'relevance', limit: 5 })).total).toBe(0);
    const db = new Database(path);
    db.prepare("UPDATE practice SET state = 'published' WHERE id = 'prc_publish001'").run();
    db.close();
    expect((await store.practices.list({ q: 'harbour', sort: 'relevance', limit: 5 })).total).toBe(1);
    expect((await store.practices.list({ objective: [8], sort: 'newest', limit: 5 })).total).toBe(1);
    await store.close();
  });

  it('ping answers while open; close is safe to repeat', async () => {
    const store = await openSqliteStore(':memory:');
    expect(await store.ping()).toBe(true);
    await store.close();
    expect(await store.ping()).toBe(false);
    await store.close();
  });

  it('refuses a duplicate id or slug without storing half a batch', async () => {
    const store = await openSqliteStore(':memory:');
    await store.practices.insertMany([practice({ id: 'prc_unique0001', slug: 'unique' })]);
    await expect(
      store.practices.insertMany([practice({ id: 'prc_unique0002' }), practice({ id: 'prc_unique0003', slug: 'unique' })]),
    ).rejects.toThrow();
    expect(await store.practices.count()).toBe(1);
    await store.close();
  });
});
