// The practice repository on SQLite: published practices only, never the focal point's contact.
import type { Page, PracticeQuery, PracticeRecord, PracticeRepository, PracticeSummary, Practice } from '../types.js';
import { anyOf, columnFilter, present } from './filters.js';
import { insertBatches, prepared, type Db } from './connection.js';
import { facetValues, junctionFilters, listFaceted, type FacetedTable } from './faceted.js';
import type { Filter, ListContext, ListedRow } from './list-query.js';
import {
  INSERTED_COLUMNS,
  PRACTICE_COLUMNS,
  SUMMARY_COLUMNS,
  toInsertParams,
  toPractice,
  toSummary,
  type PracticeRow,
  type SummaryRow,
} from './practice-rows.js';

/** bm25 weights in FTS column order: title, summary, description, results, lessons, organisation, and Chinese words of the title and of the rest. */
const PRACTICES: FacetedTable = {
  table: 'practice',
  owner: 'practice',
  fts: 'practice_fts',
  rank: 'bm25(practice_fts, 10.0, 5.0, 2.0, 1.5, 1.5, 1.0, 10.0, 2.0)',
  visible: "t.state = 'published'",
  columns: SUMMARY_COLUMNS,
  orders: {
    newest: { by: 'key', column: 't.published_at', direction: 'desc', index: 'practice_newest' },
    title: { by: 'key', column: 't.title_sort', direction: 'asc', index: 'practice_title' },
  },
};

/** The filters of a query, as list filters; the bulk export (export.ts) selects with the same ones. */
export function filtersOf(query: PracticeQuery): { fingerprint: Record<string, unknown>; filters: Filter[] } {
  const f = { ...facetValues(query), yearFrom: query.yearFrom ?? null, yearTo: query.yearTo ?? null };
  const scope = anyOf('scope', f.scope);
  // Implementation overlaps [yearFrom, yearTo]; an ongoing practice (no end year) runs on.
  const years = present([
    f.yearFrom === null ? null : { sql: 't.end_year IS NULL OR t.end_year >= ?', params: [f.yearFrom] },
    f.yearTo === null ? null : { sql: 't.start_year <= ?', params: [f.yearTo] },
  ]);
  return {
    fingerprint: f,
    filters: present([
      ...junctionFilters('practice', f),
      scope && columnFilter('practice', 'practice_scope', PRACTICES.visible, scope),
      years.length === 0
        ? null
        : columnFilter('practice', 'practice_years', PRACTICES.visible, {
            sql: years.map((c) => `(${c.sql})`).join(' AND '),
            params: years.flatMap((c) => c.params),
          }),
    ]),
  };
}

export function sqlitePractices(db: Db, context: ListContext): PracticeRepository {
  return {
    async list(query: PracticeQuery): Promise<Page<PracticeSummary>> {
      return listFaceted<SummaryRow & ListedRow, PracticeSummary>(db, context, PRACTICES, query, filtersOf(query), toSummary);
    },

    async get(idOrSlug: string): Promise<Practice | null> {
      const sql = `SELECT ${PRACTICE_COLUMNS} FROM practice t WHERE (t.id = ? OR t.slug = ?) AND t.state = 'published'`;
      const row = prepared(db, sql).get(idOrSlug, idOrSlug) as PracticeRow | undefined;
      return row ? toPractice(row) : null;
    },

    async insertMany(records: PracticeRecord[]): Promise<void> {
      insertBatches(db, 'practice', INSERTED_COLUMNS, records.map(toInsertParams));
    },

    /** Every stored practice, whatever its state (the seed uses it to tell an empty store). */
    async count(): Promise<number> {
      return prepared(db, 'SELECT count(*) FROM practice').pluck().get() as number;
    },
  };
}
