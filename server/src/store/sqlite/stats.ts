// Numbers at a glance: published practices and resources and listed experts, counted by facet.
import type { HubStats, RegionKey, ResourceType, StatsRepository } from '../types.js';
import { prepared, type Db } from './connection.js';

type Tally<V> = { value: V; count: number }[];

/**
 * The junction tables hold published (listed) rows only and are keyed by value first, so each
 * count by facet is one walk of a narrow index; the year and type counts walk partial indexes
 * over the published rows. The routes cache the answer until the store's version moves.
 */
const SQL = {
  practices: "SELECT count(*) FROM practice t WHERE t.state = 'published'",
  practicesByObjective: 'SELECT objective AS value, count(*) AS count FROM practice_objective GROUP BY objective ORDER BY objective',
  practicesByRegion: 'SELECT region AS value, count(*) AS count FROM practice_region GROUP BY region ORDER BY region',
  practicesByCountry: 'SELECT country AS value, count(*) AS count FROM practice_country GROUP BY country ORDER BY country',
  practicesByYear: `SELECT t.start_year AS value, count(*) AS count FROM practice t INDEXED BY practice_years
    WHERE t.state = 'published' GROUP BY t.start_year ORDER BY t.start_year`,
  resources: "SELECT count(*) FROM resource t WHERE t.state = 'published'",
  resourcesByType: `SELECT t.type AS value, count(*) AS count FROM resource t INDEXED BY resource_facets
    WHERE t.state = 'published' GROUP BY t.type ORDER BY t.type`,
  // Every expert in the table is listed in the directory (see experts.ts).
  experts: 'SELECT count(*) FROM expert',
  expertsByRegion: 'SELECT region AS value, count(*) AS count FROM expert_region GROUP BY region ORDER BY region',
  expertsByObjective: 'SELECT objective AS value, count(*) AS count FROM expert_objective GROUP BY objective ORDER BY objective',
  expertsByTheme: 'SELECT theme AS value, count(*) AS count FROM expert_theme GROUP BY theme ORDER BY theme',
} as const;

export function sqliteStats(db: Db): StatsRepository {
  const total = (sql: string) => prepared(db, sql).pluck().get() as number;
  // The values come from columns checked against the contract's enums and patterns on the way in.
  const tally = <V>(sql: string) => prepared(db, sql).all() as Tally<V>;

  /** Every count in one read transaction, so that they all describe the same state of the data. */
  const read = db.transaction(
    (): HubStats => ({
      practices: {
        total: total(SQL.practices),
        byObjective: tally<number>(SQL.practicesByObjective).map(({ value, count }) => ({ objective: value, count })),
        byRegion: tally<RegionKey>(SQL.practicesByRegion).map(({ value, count }) => ({ region: value, count })),
        byCountry: tally<string>(SQL.practicesByCountry).map(({ value, count }) => ({ country: value, count })),
        byYear: tally<number>(SQL.practicesByYear).map(({ value, count }) => ({ year: value, count })),
      },
      resources: {
        total: total(SQL.resources),
        byType: tally<ResourceType>(SQL.resourcesByType).map(({ value, count }) => ({ type: value, count })),
      },
      experts: {
        total: total(SQL.experts),
        byRegion: tally<RegionKey>(SQL.expertsByRegion).map(({ value, count }) => ({ region: value, count })),
        byObjective: tally<number>(SQL.expertsByObjective).map(({ value, count }) => ({ objective: value, count })),
        byTheme: tally<string>(SQL.expertsByTheme).map(({ value, count }) => ({ theme: value, count })),
      },
    }),
  );

  return {
    async get(): Promise<HubStats> {
      return read.deferred();
    },
  };
}
