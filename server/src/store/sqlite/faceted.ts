// Lists of published, faceted content (practices, resources): the facets they share, their sorts and text search.
import type { Page, PracticeQuery } from '../types.js';
import type { Db } from './connection.js';
import { queryFingerprint } from './cursor.js';
import { junctionFilter, normalized, present } from './filters.js';
import { toMatchExpression } from './fts-text.js';
import type { Filter, ListContext, ListedRow, ListedTable, ListOrder } from './list-query.js';
import { list } from './listing.js';

/** The filters, sort and page every faceted list takes; each kind adds its own filters. */
export type FacetedQuery = Omit<PracticeQuery, 'yearFrom' | 'yearTo'>;

type KeyOrder = Extract<ListOrder, { by: 'key' }>;

/** A faceted table: junction tables named `<owner>_<facet>` and one index per key order. */
export interface FacetedTable extends ListedTable {
  owner: string;
  orders: Record<'newest' | 'title', KeyOrder>;
}

const JUNCTIONS = ['objective', 'principle', 'theme', 'region', 'country', 'language'] as const;

/** The shared facets' values in a stable order, for filters and for the query's fingerprint. */
export function facetValues(query: FacetedQuery) {
  return {
    objective: normalized(query.objective),
    principle: normalized(query.principle),
    theme: normalized(query.theme),
    region: normalized(query.region),
    country: normalized(query.country),
    scope: normalized(query.scope),
    language: normalized(query.language),
  };
}

/** Filters on the shared multi-valued facets, each kept in a junction table (scope is a column: each kind tests it its own way). */
export function junctionFilters(owner: string, values: ReturnType<typeof facetValues>): Filter[] {
  return present(JUNCTIONS.map((facet) => junctionFilter(`${owner}_${facet}`, owner, facet, values[facet])));
}

/**
 * One page of a faceted list. Text without a single word in it can match nothing; relevance
 * needs words to rank by, so without them the newest come first. `fingerprint` holds every
 * filter value, so a cursor only continues the query that made it.
 */
export function listFaceted<Row extends ListedRow, Item>(
  db: Db,
  context: ListContext,
  table: FacetedTable,
  query: FacetedQuery,
  filtered: { filters: Filter[]; fingerprint: Record<string, unknown> },
  toItem: (row: Row) => Item,
): Page<Item> {
  const match = query.q === undefined ? null : toMatchExpression(query.q);
  if (query.q !== undefined && match === null) return { items: [], total: 0, nextCursor: null };
  const sort = query.sort === 'relevance' && match === null ? 'newest' : query.sort;
  const result = list<Row>(db, table, {
    filters: filtered.filters,
    match,
    order: sort === 'relevance' ? { by: 'relevance' } : table.orders[sort],
    limit: query.limit,
    cursor: query.cursor,
    fingerprint: queryFingerprint({ kind: `${table.owner}s`, match, sort, filters: filtered.fingerprint }),
    version: context.version(),
    rankWindow: context.rankWindow,
  });
  return { items: result.rows.map(toItem), total: result.total, nextCursor: result.nextCursor };
}
