// The expert repository on SQLite: public profiles only, never email or phone.
import type { Expert, ExpertQuery, ExpertRecord, ExpertRepository, ExpertSummary, Page } from '../types.js';
import { eitherJunctionFilter, junctionFilter, normalized, present } from './filters.js';
import { insertBatches, prepared, type Db } from './connection.js';
import { queryFingerprint } from './cursor.js';
import {
  EXPERT_COLUMNS,
  EXPERT_SUMMARY_COLUMNS,
  INSERTED_COLUMNS,
  toExpert,
  toExpertParams,
  toExpertSummary,
  type ExpertRow,
  type ExpertSummaryRow,
} from './expert-rows.js';
import { toMatchExpression } from './fts-text.js';
import type { ListContext, ListedRow } from './list-query.js';
import { list, type ListedTable } from './listing.js';

/** Every expert is public, so the FTS index holds them all. Weights: name, title, organisation, bio, Chinese words. */
const EXPERTS: ListedTable = {
  table: 'expert',
  fts: 'expert_fts',
  rank: 'bm25(expert_fts, 10.0, 4.0, 3.0, 1.0, 8.0, 1.5)',
  visible: '1',
  columns: EXPERT_SUMMARY_COLUMNS,
};

/** `expertise` mixes objective numbers ("5") and cluster keys; an expert matches either kind. */
function expertise(values: string[]) {
  const objectives = values.filter((v) => /^\d+$/.test(v)).map(Number);
  const themes = values.filter((v) => !/^\d+$/.test(v));
  return eitherJunctionFilter(
    { table: 'expert_objective', column: 'objective', values: objectives },
    { table: 'expert_theme', column: 'theme', values: themes },
    'expert',
  );
}

export function sqliteExperts(db: Db, context: ListContext): ExpertRepository {
  return {
    async list(query: ExpertQuery): Promise<Page<ExpertSummary>> {
      const match = query.q === undefined ? null : toMatchExpression(query.q);
      if (query.q !== undefined && match === null) return { items: [], total: 0, nextCursor: null };
      const filters = {
        expertise: normalized(query.expertise),
        region: normalized(query.region),
        country: normalized(query.country),
        language: normalized(query.language),
      };
      const result = list<ExpertSummaryRow & ListedRow>(db, EXPERTS, {
        filters: present([
          expertise(filters.expertise),
          junctionFilter('expert_region', 'expert', 'region', filters.region),
          junctionFilter('expert_country', 'expert', 'country', filters.country),
          junctionFilter('expert_language', 'expert', 'language', filters.language),
        ]),
        match,
        order: match === null ? { by: 'key', column: 't.name_sort', direction: 'asc', index: 'expert_name' } : { by: 'relevance' },
        limit: query.limit,
        cursor: query.cursor,
        fingerprint: queryFingerprint({ kind: 'experts', match, filters }),
        version: context.version(),
        rankWindow: context.rankWindow,
      });
      return { items: result.rows.map(toExpertSummary), total: result.total, nextCursor: result.nextCursor };
    },

    async get(id: string): Promise<Expert | null> {
      const row = prepared(db, `SELECT ${EXPERT_COLUMNS} FROM expert t WHERE t.id = ?`).get(id) as ExpertRow | undefined;
      return row ? toExpert(row) : null;
    },

    async insertMany(records: ExpertRecord[]): Promise<void> {
      insertBatches(db, 'expert', INSERTED_COLUMNS, records.map(toExpertParams));
    },

    async count(): Promise<number> {
      return prepared(db, 'SELECT count(*) FROM expert').pluck().get() as number;
    },
  };
}
