// The practice repository on SQLite: published practices only, never the focal point's contact.
import type { Page, PracticeQuery, PracticeRecord, PracticeRepository, PracticeSummary, Practice } from '../types.js';
import { anyOf, columnFilter, junctionFilter, normalized, present } from './filters.js';
import { insertBatches, prepared, type Db } from './connection.js';
import { queryFingerprint } from './cursor.js';
import { toMatchExpression } from './fts-text.js';
import type { ListContext, ListedRow } from './list-query.js';
import { list, type Filter, type ListedTable, type ListOrder } from './listing.js';
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
const PRACTICES: ListedTable = {
  table: 'practice',
  fts: 'practice_fts',
  rank: 'bm25(practice_fts, 10.0, 5.0, 2.0, 1.5, 1.5, 1.0, 10.0, 2.0)',
  visible: "t.state = 'published'",
  columns: SUMMARY_COLUMNS,
};

const ORDERS: Record<'newest' | 'title', ListOrder> = {
  newest: { by: 'key', column: 't.published_at', direction: 'desc', index: 'practice_newest' },
  title: { by: 'key', column: 't.title_sort', direction: 'asc', index: 'practice_title' },
};

function filtersOf(query: PracticeQuery): { fingerprint: Record<string, unknown>; filters: Filter[] } {
  const f = {
    objective: normalized(query.objective),
    principle: normalized(query.principle),
    theme: normalized(query.theme),
    region: normalized(query.region),
    country: normalized(query.country),
    scope: normalized(query.scope),
    language: normalized(query.language),
    yearFrom: query.yearFrom ?? null,
    yearTo: query.yearTo ?? null,
  };
  const scope = anyOf('scope', f.scope);
  // Implementation overlaps [yearFrom, yearTo]; an ongoing practice (no end year) runs on.
  const years = present([
    f.yearFrom === null ? null : { sql: 't.end_year IS NULL OR t.end_year >= ?', params: [f.yearFrom] },
    f.yearTo === null ? null : { sql: 't.start_year <= ?', params: [f.yearTo] },
  ]);
  return {
    fingerprint: f,
    filters: present([
      junctionFilter('practice_objective', 'practice', 'objective', f.objective),
      junctionFilter('practice_principle', 'practice', 'principle', f.principle),
      junctionFilter('practice_theme', 'practice', 'theme', f.theme),
      junctionFilter('practice_region', 'practice', 'region', f.region),
      junctionFilter('practice_country', 'practice', 'country', f.country),
      junctionFilter('practice_language', 'practice', 'language', f.language),
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
      const match = query.q === undefined ? null : toMatchExpression(query.q);
      // Text without a single word in it can match nothing.
      if (query.q !== undefined && match === null) return { items: [], total: 0, nextCursor: null };
      const { fingerprint, filters } = filtersOf(query);
      // Relevance needs words to rank by; without them the newest come first.
      const sort = query.sort === 'relevance' && match === null ? 'newest' : query.sort;
      const result = list<SummaryRow & ListedRow>(db, PRACTICES, {
        filters,
        match,
        order: sort === 'relevance' ? { by: 'relevance' } : ORDERS[sort],
        limit: query.limit,
        cursor: query.cursor,
        fingerprint: queryFingerprint({ kind: 'practices', match, sort, filters: fingerprint }),
        version: context.version(),
        rankWindow: context.rankWindow,
      });
      return { items: result.rows.map(toSummary), total: result.total, nextCursor: result.nextCursor };
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
