// Filtered, sorted, cursor-paginated lists over a table and its FTS index; shared by practices and experts.
import { prepared, type Db } from './connection.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import {
  intersection,
  paginate,
  type Condition,
  type Filter,
  type ListedRow,
  type ListedTable,
  type ListOrder,
  type ListRequest,
  type ListResult,
} from './list-query.js';
import { relevancePage } from './relevance.js';

export type { Condition, Filter, ListedTable, ListOrder } from './list-query.js';

/** A probe into the FTS index costs about as much as 35 index entry reads (measured at 100k). */
const FTS_PROBE_COST = 35;
/** Reading a wide row to sort it costs about as much as 6 index entry reads. */
const ROW_COST = 6;

export function list<Row extends ListedRow>(db: Db, listed: ListedTable, request: ListRequest): ListResult<Row> {
  if (!Number.isInteger(request.limit) || request.limit < 1) throw new RangeError('limit must be a positive integer');
  const filters = request.match === null ? request.filters : [textFilter(listed, request.match), ...request.filters];
  const total = cachedCount(db, request.version, request.fingerprint, () => count(db, listed, filters));
  if (request.order.by === 'relevance') {
    if (request.match === null) throw new Error('relevance needs a full-text match');
    return { ...relevancePage<Row>(db, listed, request, request.match, total), total };
  }
  return { ...keyPage<Row>(db, listed, request, request.order, filters, total), total };
}

/** The text match as a filter: FTS5 yields its rowids in order, so sets intersect by merging. */
function textFilter(listed: ListedTable, match: string): Filter {
  return {
    set: { sql: `SELECT rowid AS v FROM ${listed.fts} WHERE ${listed.fts} MATCH ?`, params: [match] },
    probe: { sql: `EXISTS (SELECT 1 FROM ${listed.fts} WHERE ${listed.fts} MATCH ? AND rowid = t.rowid)`, params: [match] },
    probeCost: FTS_PROBE_COST,
  };
}

function count(db: Db, listed: ListedTable, filters: readonly Filter[]): number {
  const rows = intersection(filters);
  // Counting sets of rowids from narrow indexes never touches the wide rows.
  const sql = rows ? `SELECT count(*) FROM (${rows.sql})` : `SELECT count(*) FROM ${listed.table} t WHERE ${listed.visible}`;
  return prepared(db, sql).pluck().get(...(rows?.params ?? [])) as number;
}

const counts = new WeakMap<Db, Map<string, number>>();

/** Counting a broad filter reads tens of thousands of index entries; later pages reuse the first's. */
export function cachedCount(db: Db, version: number, fingerprint: string, compute: () => number): number {
  let cache = counts.get(db);
  if (!cache) {
    cache = new Map();
    counts.set(db, cache);
  }
  const key = `${version}:${fingerprint}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const value = compute();
  if (cache.size >= 1000) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
  return value;
}

/**
 * A page in a key order. Two plans: walk the order's index and probe each row for the filters
 * (cheap when matches are dense: about limit × visible / total entries read), or collect the
 * matching rowids, read those rows and sort them (cheap when matches are few). The total, known
 * already, tells which costs less.
 */
function keyPage<Row extends ListedRow>(
  db: Db,
  listed: ListedTable,
  request: ListRequest,
  order: Extract<ListOrder, { by: 'key' }>,
  filters: readonly Filter[],
  total: number,
): Omit<ListResult<Row>, 'total'> {
  const conditions: Condition[] = [{ sql: listed.visible, params: [] }];
  if (request.cursor !== undefined) {
    const [key, id] = decodeCursor(request.cursor, request.fingerprint, ['string', 'string']);
    conditions.push({ sql: `(${order.column}, t.id) ${order.direction === 'asc' ? '>' : '<'} (?, ?)`, params: [key, id] });
  }
  if (total === 0) return { rows: [], nextCursor: null };
  const visible = cachedCount(db, request.version, `visible:${listed.table}`, () => count(db, listed, []));
  const walked = ((request.limit + 1) * visible) / total;
  const probeCost = filters.reduce((sum, f) => sum + f.probeCost, 1);
  const rows = intersection(filters);
  let from = `${listed.table} t INDEXED BY ${order.index}`;
  if (rows && walked * probeCost > total * ROW_COST) {
    from = `${listed.table} t`;
    conditions.push({ sql: `t.rowid IN (${rows.sql})`, params: rows.params });
  } else {
    conditions.push(...filters.map((f) => f.probe));
  }
  const sql = `SELECT ${listed.columns}, ${order.column} AS sort_key, t.rowid AS row_id FROM ${from}
    WHERE ${conditions.map((c) => `(${c.sql})`).join(' AND ')}
    ORDER BY ${order.column} ${order.direction}, t.id ${order.direction} LIMIT ?`;
  const found = prepared(db, sql).all(...conditions.flatMap((c) => c.params), request.limit + 1) as Row[];
  return paginate(found, request.limit, (last) => encodeCursor(request.fingerprint, [last.sort_key, last.id]));
}
