// The vocabulary of list queries: filters as rowid sets or probes, orders, requests and pages.

/** A fragment of SQL with its bound parameters; row conditions are about the alias `t`. */
export interface Condition {
  sql: string;
  params: unknown[];
}

/**
 * One filter, in the two forms a list can use: the set of visible rowids passing it (selected
 * as `v`, without duplicates), and the same test on the row `t` of a walk along a sort index.
 */
export interface Filter {
  set: Condition;
  probe: Condition;
  /** The cost of one probe, in reads of an index entry. */
  probeCost: number;
}

/** What the listing needs to know about one kind of listed row. */
export interface ListedTable {
  table: string;
  fts: string;
  /** The bm25() call with this table's column weights. */
  rank: string;
  /** Only rows matching this are ever listed; the FTS index and junction tables hold only those. */
  visible: string;
  /** The public columns of a row (never the private ones). */
  columns: string;
}

/** A key order names the index that serves it: (column, id) in that direction, partial on `visible`. */
export type ListOrder = { by: 'key'; column: string; direction: 'asc' | 'desc'; index: string } | { by: 'relevance' };

export interface ListRequest {
  filters: Filter[];
  /** An FTS5 MATCH expression, or null for no full-text search. */
  match: string | null;
  order: ListOrder;
  limit: number;
  cursor?: string | undefined;
  /** Identifies the filters and sort; cursors from another query are refused. */
  fingerprint: string;
  /** The store's data version: counts are cached until it changes. */
  version: number;
  /** How many of the latest matches relevance ranks (see relevance.ts). */
  rankWindow: number;
}

/** What repositories pass to every list: the data version, and the relevance ranking window. */
export interface ListContext {
  version: () => number;
  rankWindow: number;
}

export interface ListResult<Row> {
  rows: Row[];
  total: number;
  nextCursor: string | null;
}

export interface ListedRow {
  id: string;
  sort_key: string | number;
  row_id: number;
}

/** The rowids passing every filter, as one compound SELECT (null when there is no filter). */
export function intersection(filters: readonly Filter[]): Condition | null {
  if (filters.length === 0) return null;
  return { sql: filters.map((f) => f.set.sql).join(' INTERSECT '), params: filters.flatMap((f) => f.set.params) };
}

export function paginate<R>(rows: R[], limit: number, cursorAfter: (last: R) => string): { rows: R[]; nextCursor: string | null } {
  if (rows.length <= limit) return { rows, nextCursor: null };
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, nextCursor: last === undefined ? null : cursorAfter(last) };
}
