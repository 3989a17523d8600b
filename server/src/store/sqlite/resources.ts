// The resource repository on SQLite: the tools and library, published resources only.
import type { Page, Resource, ResourceFile, ResourceQuery, ResourceRecord, ResourceRepository, ResourceSummary } from '../types.js';
import { insertBatches, prepared, type Db } from './connection.js';
import { facetValues, junctionFilters, listFaceted, type FacetedTable } from './faceted.js';
import { anyOf, columnFilter, normalized, present, sortKey } from './filters.js';
import type { Condition, Filter, ListContext, ListedRow } from './list-query.js';
import {
  RESOURCE_COLUMNS,
  RESOURCE_INSERTED_COLUMNS,
  RESOURCE_SUMMARY_COLUMNS,
  toResource,
  toResourceParams,
  toResourceSummary,
  type ResourceRow,
  type ResourceSummaryRow,
} from './resource-rows.js';

/** bm25 weights in FTS column order: title, summary, description, publisher, and Chinese words of the title and of the rest. */
const RESOURCES: FacetedTable = {
  table: 'resource',
  owner: 'resource',
  fts: 'resource_fts',
  rank: 'bm25(resource_fts, 10.0, 5.0, 2.0, 3.0, 10.0, 2.0)',
  visible: "t.state = 'published'",
  columns: RESOURCE_SUMMARY_COLUMNS,
  orders: {
    newest: { by: 'key', column: 't.published_at', direction: 'desc', index: 'resource_newest' },
    title: { by: 'key', column: 't.title_sort', direction: 'asc', index: 'resource_title' },
  },
};

/** The filters of a query, as list filters; the bulk export (export.ts) selects with the same ones. */
export function filtersOf(query: ResourceQuery): { fingerprint: Record<string, unknown>; filters: Filter[] } {
  const f = {
    ...facetValues(query),
    type: normalized(query.type),
    publisher: normalized((query.publisher ?? []).map(sortKey)),
    yearFrom: query.yearFrom ?? null,
    yearTo: query.yearTo ?? null,
  };
  // Type, scope, publisher and year are columns of the row: one test, served by `resource_facets`.
  const columns = present<Condition>([
    anyOf('type', f.type),
    anyOf('scope', f.scope),
    anyOf('publisher_key', f.publisher),
    f.yearFrom === null ? null : { sql: 't.year >= ?', params: [f.yearFrom] },
    f.yearTo === null ? null : { sql: 't.year <= ?', params: [f.yearTo] },
  ]);
  const tested: Condition = { sql: columns.map((c) => `(${c.sql})`).join(' AND '), params: columns.flatMap((c) => c.params) };
  return {
    fingerprint: f,
    filters: present([
      ...junctionFilters('resource', f),
      columns.length === 0 ? null : columnFilter('resource', 'resource_facets', RESOURCES.visible, tested),
    ]),
  };
}

const INSERT = `INSERT INTO resource (${RESOURCE_INSERTED_COLUMNS.join(', ')})
  VALUES (${RESOURCE_INSERTED_COLUMNS.map((c) => `@${c}`).join(', ')})`;

/**
 * Inserts one resource, synchronously, so that it can run inside a caller's transaction: publishing
 * an approved submission inserts its resource and changes the submission's state as one step.
 * The table's triggers index it (when published) and bump the store's version.
 */
export function insertResource(db: Db, record: ResourceRecord): void {
  prepared(db, INSERT).run(toResourceParams(record));
}

export function sqliteResources(db: Db, context: ListContext): ResourceRepository {
  return {
    async list(query: ResourceQuery): Promise<Page<ResourceSummary>> {
      return listFaceted<ResourceSummaryRow & ListedRow, ResourceSummary>(db, context, RESOURCES, query, filtersOf(query), toResourceSummary);
    },

    async get(idOrSlug: string): Promise<Resource | null> {
      const sql = `SELECT ${RESOURCE_COLUMNS} FROM resource t WHERE (t.id = ? OR t.slug = ?) AND t.state = 'published'`;
      const row = prepared(db, sql).get(idOrSlug, idOrSlug) as ResourceRow | undefined;
      return row ? toResource(row) : null;
    },

    async insertMany(records: ResourceRecord[]): Promise<void> {
      insertBatches(db, 'resource', RESOURCE_INSERTED_COLUMNS, records.map(toResourceParams));
    },

    async file(idOrSlug: string): Promise<ResourceFile | null> {
      const sql = `SELECT t.file_submission_id AS submissionId, t.file_id AS fileId FROM resource t
        WHERE (t.id = ? OR t.slug = ?) AND t.state = 'published' AND t.file_id IS NOT NULL`;
      return (prepared(db, sql).get(idOrSlug, idOrSlug) as ResourceFile | undefined) ?? null;
    },

    async count(): Promise<number> {
      return prepared(db, 'SELECT count(*) FROM resource').pluck().get() as number;
    },
  };
}
