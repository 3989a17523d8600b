// <mnh-practice-list>'s interface text in English: the table every other language follows, built in as the fallback.
import type { PluralForms } from '../../../internal/locale.js';

export interface PracticeListStrings {
  count: PluralForms;
  empty: string;
  clear: string;
  filters: string;
  searchLabel: string;
}

const en: PracticeListStrings = {
  count: { one: '{n} practice', other: '{n} practices' },
  empty: 'No practices match these filters.',
  clear: 'Clear filters',
  filters: 'Filter practices',
  searchLabel: 'Search practices',
};

export default en;
