// <mnh-expert-finder>'s interface text in English: the table every other language follows, built in as the fallback.
import type { PluralForms } from '../../../internal/locale.js';

export interface ExpertFinderStrings {
  count: PluralForms;
  empty: string;
  facets: string;
  searchLabel: string;
  expertise: string;
  bio: string;
  notFound: string;
  /** The button in a profile that opens the contact form. */
  contact: string;
}

const en: ExpertFinderStrings = {
  count: { one: '{n} expert', other: '{n} experts' },
  empty: 'No experts match your search.',
  facets: 'Find experts',
  searchLabel: 'Search experts by name, organisation or topic',
  expertise: 'Expertise',
  bio: 'About',
  notFound: 'This expert is no longer in the directory.',
  contact: 'Contact',
};

export default en;
