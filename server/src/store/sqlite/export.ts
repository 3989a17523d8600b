// Published practices and resources in bulk, newest first, read in bounded windows of the newest-first index.
import type { ExportRepository, Practice, PracticeFilters, Resource, ResourceFilters } from '../types.js';
import { prepared, type Db } from './connection.js';
import { present } from './filters.js';
import { toMatchExpression } from './fts-text.js';
import type { Condition, Filter } from './list-query.js';
import { PRACTICE_COLUMNS, toPractice, type PracticeRow } from './practice-rows.js';
import { filtersOf as practiceFilters } from './practices.js';
import { RESOURCE_COLUMNS, toResource, type ResourceRow } from './resource-rows.js';
import { filtersOf as resourceFilters } from './resources.js';

/** What the export reads of one listed table: every public column, never a private one. */
interface ExportedTable<Row, Item> {
  table: string;
  fts: string;
  visible: string;
  /** The index on (published_at DESC, id DESC), partial on `visible`, carrying the column filters. */
  newest: string;
  columns: string;
  toItem: (row: Row) => Item;
}

const PRACTICES: ExportedTable<PracticeRow, Practice> = {
  table: 'practice',
  fts: 'practice_fts',
  visible: "t.state = 'published'",
  newest: 'practice_newest',
  columns: PRACTICE_COLUMNS,
  toItem: toPractice,
};

const RESOURCES: ExportedTable<ResourceRow, Resource> = {
  table: 'resource',
  fts: 'resource_fts',
  visible: "t.state = 'published'",
  newest: 'resource_newest',
  columns: RESOURCE_COLUMNS,
  toItem: toResource,
};

type Key = [publishedAt: string, id: string];

const ORDER = 'ORDER BY t.published_at DESC, t.id DESC';

/** Index entries walked per window: only their rowids are held, so it can be far larger than a page of rows. */
const WALK = 5000;

const where = (conditions: readonly Condition[]) => conditions.map((c) => `(${c.sql})`).join(' AND ');
const paramsOf = (conditions: readonly Condition[]) => conditions.flatMap((c) => c.params);

/**
 * Walks the newest-first index in windows of WALK entries. For each window it reads the rowids
 * that pass the filters, then the rows themselves `size` at a time. Every statement runs to
 * completion, so none stays open across an await (one better-sqlite3 connection serves every
 * request, and an open iterator would lock it out), and each costs a bounded amount however rare
 * the matches are. The event loop gets a turn after every page and every window.
 *
 * Text search is a set of rowids, not a test per row: probing the FTS index for one rowid reads
 * the term's whole doclist (about 100 µs at 100,000 practices). The set is bounded to the rowids
 * of the window, which is narrow when, as on the hub, rows are inserted as they are published.
 */
async function* windows<Row, Item>(
  db: Db,
  table: ExportedTable<Row, Item>,
  filters: readonly Filter[],
  match: string | null,
  size: number,
): AsyncGenerator<Item[]> {
  if (!Number.isInteger(size) || size < 1) throw new RangeError('pageSize must be a positive integer');
  const visible: Condition = { sql: table.visible, params: [] };
  const rowsSql = `SELECT ${table.columns} FROM ${table.table} t
    WHERE ${table.visible} AND t.rowid IN (SELECT value FROM json_each(?)) ${ORDER}`;
  let after: Key | null = null;
  for (;;) {
    const from: Condition | null = after === null ? null : { sql: '(t.published_at, t.id) < (?, ?)', params: after };
    const last: Key | null = lastKey(db, table, from, WALK);
    const range = present<Condition>([
      visible,
      from,
      last === null ? null : { sql: '(t.published_at, t.id) >= (?, ?)', params: last },
    ]);
    const tests = filters.map((f) => f.probe);
    if (match !== null) tests.push(textSet(db, table, range, match));
    const selected = [...range, ...tests];
    const rowids = prepared(db, `SELECT t.rowid FROM ${table.table} t INDEXED BY ${table.newest} WHERE ${where(selected)} ${ORDER}`)
      .pluck()
      .all(...paramsOf(selected)) as number[];
    for (let i = 0; i < rowids.length; i += size) {
      const rows = prepared(db, rowsSql).all(JSON.stringify(rowids.slice(i, i + size))) as Row[];
      // A row unpublished since its rowid was read is left out.
      if (rows.length > 0) yield rows.map(table.toItem);
      await turn();
    }
    if (last === null) return;
    after = last;
    await turn();
  }
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The window's rows matching the text, as a set bounded by the window's smallest and largest rowid. */
function textSet<Row, Item>(db: Db, table: ExportedTable<Row, Item>, range: readonly Condition[], match: string): Condition {
  const bounds = prepared(
    db,
    `SELECT min(r) AS low, max(r) AS high FROM (SELECT t.rowid AS r FROM ${table.table} t INDEXED BY ${table.newest} WHERE ${where(range)})`,
  ).get(...paramsOf(range)) as { low: number | null; high: number | null };
  return {
    sql: `t.rowid IN (SELECT rowid FROM ${table.fts} WHERE ${table.fts} MATCH ? AND rowid BETWEEN ? AND ?)`,
    params: [match, bounds.low ?? 0, bounds.high ?? -1],
  };
}

/** The key of the `size`-th visible row after `from`; null when fewer remain (the window is the last). */
function lastKey<Row, Item>(db: Db, table: ExportedTable<Row, Item>, from: Condition | null, size: number): Key | null {
  const conditions = present<Condition>([{ sql: table.visible, params: [] }, from]);
  const sql = `SELECT t.published_at AS publishedAt, t.id AS id FROM ${table.table} t INDEXED BY ${table.newest}
    WHERE ${where(conditions)} ${ORDER} LIMIT 1 OFFSET ?`;
  const row = prepared(db, sql).get(...paramsOf(conditions), size - 1) as { publishedAt: string; id: string } | undefined;
  return row === undefined ? null : [row.publishedAt, row.id];
}

/** Text without a single word in it matches nothing, as in the lists. */
async function* nothing<Item>(): AsyncGenerator<Item[]> {}

export function sqliteExports(db: Db): ExportRepository {
  return {
    practices(filters: PracticeFilters, pageSize: number): AsyncIterable<Practice[]> {
      const match = filters.q === undefined ? null : toMatchExpression(filters.q);
      if (filters.q !== undefined && match === null) return nothing();
      const { filters: selected } = practiceFilters({ ...filters, sort: 'newest', limit: pageSize });
      return windows(db, PRACTICES, selected, match, pageSize);
    },

    resources(filters: ResourceFilters, pageSize: number): AsyncIterable<Resource[]> {
      const match = filters.q === undefined ? null : toMatchExpression(filters.q);
      if (filters.q !== undefined && match === null) return nothing();
      const { filters: selected } = resourceFilters({ ...filters, sort: 'newest', limit: pageSize });
      return windows(db, RESOURCES, selected, match, pageSize);
    },
  };
}
