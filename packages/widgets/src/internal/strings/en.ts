// Interface text every widget shares in English: the table every other language follows, built in as the fallback.

export interface CommonStrings {
  loading: string;
  retry: string;
  unreachable: string;
  failed: string;
  noApi: string;
  close: string;
  loadMore: string;
  /** `{shown}` of `{total}` results on screen. */
  shown: string;
  any: string;
  search: string;
  objectives: string;
  principles: string;
  themes: string;
  regions: string;
  countries: string;
  languages: string;
  organisation: string;
  links: string;
  newTab: string;
}

const en: CommonStrings = {
  loading: 'Loading…',
  retry: 'Try again',
  unreachable: 'The service could not be reached. Check your connection and try again.',
  failed: 'Something went wrong while loading.',
  noApi: 'No hub address: set the api attribute or place the widget inside <mnh-provider>.',
  close: 'Close',
  loadMore: 'Load more',
  shown: '{shown} of {total}',
  any: 'Any',
  search: 'Search',
  objectives: 'GCM objectives',
  principles: 'Guiding principles',
  themes: 'Thematic areas',
  regions: 'Regions',
  countries: 'Countries',
  languages: 'Languages',
  organisation: 'Organisation',
  links: 'Links',
  newTab: '(opens in a new tab)',
};

export default en;
