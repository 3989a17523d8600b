// <mnh-resource-list>'s interface text in English: the table every other language follows, built in as the fallback.
import type { PluralForms } from '../../../internal/locale.js';

export interface ResourceListStrings {
  count: PluralForms;
  empty: string;
  clear: string;
  filters: string;
  searchLabel: string;
  /** The label of the type filter. */
  types: string;
}

const en: ResourceListStrings = {
  count: { one: '{n} resource', other: '{n} resources' },
  empty: 'No resources match these filters.',
  clear: 'Clear filters',
  filters: 'Filter the library',
  searchLabel: 'Search the library',
  types: 'Type of resource',
};

export default en;
