// Opens a SQLite database the way every store needs it: directory, pragmas, schema.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrate.js';

export type Db = Database.Database;

/**
 * WAL lets readers (the HTTP server) carry on while a writer (the seed CLI) commits;
 * synchronous=NORMAL is durable enough under WAL and much faster for bulk seeding; the busy
 * timeout turns a briefly locked database into a short wait instead of an error. A 64 MiB page
 * cache holds the indexes a list query walks at 100k practices, and checkpointing every ~40 MB
 * instead of 4 MB saves a tenth of the time of a large seed.
 */
export function openDatabase(path: string): Db {
  const inMemory = path === ':memory:' || path === '';
  if (!inMemory) mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -65536');
  db.pragma('temp_store = MEMORY');
  db.pragma('wal_autocheckpoint = 10000');
  migrate(db);
  return db;
}

const statements = new WeakMap<Db, Map<string, Database.Statement>>();
const writes = new WeakMap<Db, { count: number }>();

/** How many writing statements `prepared()` has run on this connection: the store's version is re-read when it moves. */
export function writesOn(db: Db): number {
  return writes.get(db)?.count ?? 0;
}

/** Counts each run of a statement that writes, after it ran (or failed: a needless re-read is harmless). */
function countRuns(db: Db, statement: Database.Statement): Database.Statement {
  let counter = writes.get(db);
  if (!counter) writes.set(db, (counter = { count: 0 }));
  const run = statement.run.bind(statement);
  const ran = counter;
  statement.run = (...params: unknown[]) => {
    try {
      return run(...params);
    } finally {
      ran.count += 1;
    }
  };
  return statement;
}

/** A prepared statement for `sql`, compiled once per connection: list queries repeat a few shapes. */
export function prepared(db: Db, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    // Filters make many shapes over time; a bounded cache keeps memory flat.
    if (cache.size >= 500) cache.clear();
    statement = db.prepare(sql);
    if (!statement.reader) countRuns(db, statement);
    cache.set(sql, statement);
  }
  return statement;
}

/**
 * Inserts `rows` (objects keyed by column) into `table` in one transaction. Rows go one by one into
 * a temporary staging table, then a few hundred at a time into the real table with one
 * `INSERT … SELECT`. Inserting them one statement each would cost three times as much: the index
 * triggers then run in a savepoint per row, and FTS5 flushes its pending terms to a new segment at
 * every savepoint, leaving thousands of tiny segments to merge.
 */
export function insertBatches(db: Db, table: string, columns: readonly string[], rows: readonly Record<string, unknown>[]): void {
  const staging = `temp.${table}_staging`;
  const list = columns.join(', ');
  db.exec(`CREATE TABLE IF NOT EXISTS ${staging} AS SELECT ${list} FROM main.${table} WHERE 0`);
  const stage = prepared(db, `INSERT INTO ${staging} (${list}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
  const move = prepared(db, `INSERT INTO main.${table} (${list}) SELECT ${list} FROM ${staging}`);
  const clear = prepared(db, `DELETE FROM ${staging}`);
  const CHUNK = 1000;
  db.transaction(() => {
    for (let i = 0; i < rows.length; i += CHUNK) {
      for (const row of rows.slice(i, i + CHUNK)) stage.run(row);
      move.run();
      clear.run();
    }
  })();
}
