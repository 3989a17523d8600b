// <mnh-hub-stats>' interface text in English: the table every other language follows, built in as the fallback.
import type { PluralForms } from '../../../internal/locale.js';

export interface HubStatsStrings {
  practices: PluralForms;
  resources: PluralForms;
  experts: PluralForms;
  showTables: string;
  /** Each chart's title and the heading of its table's first column. */
  charts: Record<'objectives' | 'regions' | 'years' | 'resource-types' | 'expert-regions', { title: string; column: string }>;
  /** The table's second column. */
  count: string;
  /** A chart's description: `{total}` in all, the largest bar `{top}` with `{count}`. */
  desc: string;
  empty: string;
}

const en: HubStatsStrings = {
  practices: { one: '{n} practice', other: '{n} practices' },
  resources: { one: '{n} resource', other: '{n} resources' },
  experts: { one: '{n} expert', other: '{n} experts' },
  showTables: 'Show as tables',
  charts: {
    objectives: { title: 'Practices by GCM objective', column: 'Objective' },
    regions: { title: 'Practices by region', column: 'Region' },
    years: { title: 'Practices by year implementation started', column: 'Year' },
    'resource-types': { title: 'Resources by type', column: 'Type' },
    'expert-regions': { title: 'Experts by region', column: 'Region' },
  },
  count: 'Number',
  desc: '{total} in all; the most: {top}, {count}.',
  empty: 'Nothing to count yet.',
};

export default en;
