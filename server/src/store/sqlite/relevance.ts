// Pages in relevance order (bm25), with a cap on how many matches are ranked so a common word stays fast.
import { prepared, type Db } from './connection.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { InvalidCursorError } from '../types.js';
import { intersection, paginate, type Condition, type ListedRow, type ListedTable, type ListRequest, type ListResult } from './list-query.js';

/**
 * Ranking with bm25() costs time for every matching row, and better-sqlite3 runs on the event
 * loop: ranking a word found in most of 100,000 practices would hold it for hundreds of ms. So
 * relevance ranks at most RANK_WINDOW matches, the most recently added ones (highest rowids,
 * which FTS5 walks in order without scoring), and lists further matches after them, unranked,
 * newest first. A rarer word (fewer matches than the window) is ranked in full; a common word
 * still finds its best matches among the latest few thousand; every match is listed exactly once.
 * Measured at 100k practices: the most common word answers in about 10 ms instead of ~300.
 */
export const RANK_WINDOW = 2000;

/** Where a relevance page ended: in the ranked window (tier 0, by rank) or after it (tier 1, by rowid). */
interface Position {
  floor: number | null;
  tier: 0 | 1;
  key: number;
  rowid: number;
}

function positionOf(request: ListRequest): Position | null {
  if (request.cursor === undefined) return null;
  const [floor, tier, key, rowid] = decodeCursor(request.cursor, request.fingerprint, ['number?', 'number', 'number', 'number']);
  if ((tier !== 0 && tier !== 1) || !Number.isInteger(rowid)) throw new InvalidCursorError();
  return { floor: floor as number | null, tier, key: key as number, rowid: rowid as number };
}

export function relevancePage<Row extends ListedRow>(
  db: Db,
  listed: ListedTable,
  request: ListRequest,
  match: string,
  total: number,
): Omit<ListResult<Row>, 'total'> {
  const fts = listed.fts;
  // `+rowid` keeps SQLite from handing the IN list to FTS5 as one rowid lookup per member.
  const others = intersection(request.filters);
  const within: Condition[] = [{ sql: `${fts} MATCH ?`, params: [match] }];
  if (others) within.push({ sql: `+rowid IN (${others.sql})`, params: others.params });
  const query = (extra: Condition[], select: string, order: string, limit: number, offset = 0) => {
    const all = [...within, ...extra];
    const sql = `SELECT ${select} FROM ${fts} WHERE ${all.map((c) => `(${c.sql})`).join(' AND ')} ORDER BY ${order} LIMIT ? OFFSET ?`;
    return prepared(db, sql).all(...all.flatMap((c) => c.params), limit, offset) as { row_id: number; sort_key: number }[];
  };

  const position = positionOf(request);
  // The window is fixed by the first page and carried in the cursor, so later pages agree with it.
  let floor = position ? position.floor : null;
  if (!position && total > request.rankWindow) {
    floor = query([], 'rowid AS row_id, 0 AS sort_key', 'rowid DESC', 1, request.rankWindow - 1)[0]?.row_id ?? null;
  }
  const hits: { row_id: number; sort_key: number; tier: 0 | 1 }[] = [];
  if (!position || position.tier === 0) {
    const extra: Condition[] = floor === null ? [] : [{ sql: 'rowid >= ?', params: [floor] }];
    if (position) extra.push({ sql: '(sort_key, rowid) > (?, ?)', params: [position.key, position.rowid] });
    const ranked = query(extra, `rowid AS row_id, ${listed.rank} AS sort_key`, 'sort_key, rowid', request.limit + 1);
    hits.push(...ranked.map((hit) => ({ ...hit, tier: 0 as const })));
  }
  if (floor !== null && hits.length <= request.limit) {
    const below = position?.tier === 1 ? position.rowid : floor;
    const before = [{ sql: 'rowid < ?', params: [below] }];
    const tail = query(before, 'rowid AS row_id, rowid AS sort_key', 'rowid DESC', request.limit + 1 - hits.length);
    hits.push(...tail.map((hit) => ({ ...hit, tier: 1 as const })));
  }
  const { rows: page, nextCursor } = paginate(hits, request.limit, (last) =>
    encodeCursor(request.fingerprint, [floor, last.tier, last.sort_key, last.row_id]),
  );
  return { rows: rowsInOrder<Row>(db, listed, page.map((hit) => hit.row_id)), nextCursor };
}

/** The listed rows for `rowids`, in that order. */
function rowsInOrder<Row extends ListedRow>(db: Db, listed: ListedTable, rowids: number[]): Row[] {
  if (rowids.length === 0) return [];
  const sql = `SELECT ${listed.columns}, t.rowid AS row_id, 0 AS sort_key FROM ${listed.table} t
    WHERE ${listed.visible} AND t.rowid IN (${rowids.map(() => '?').join(', ')})`;
  const byRowid = new Map((prepared(db, sql).all(...rowids) as Row[]).map((row) => [row.row_id, row]));
  return rowids.flatMap((rowid) => byRowid.get(rowid) ?? []);
}
