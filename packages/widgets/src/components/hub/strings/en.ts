// <mnh-hub>'s interface text in English: the table every other language follows, built in as the fallback.

export interface HubStrings {
  /** The hub's name: the home view's heading and the navigation's label. */
  hub: string;
  intro: string;
  /** Each view's name, in the navigation and as its heading. */
  views: Record<'home' | 'practices' | 'resources' | 'experts' | 'discussions' | 'support' | 'submit' | 'review', string>;
  /** Headings of the home view's entry points. */
  byTheme: string;
  byPrinciple: string;
  byRegion: string;
  numbers: string;
  /** Links back from one item to its collection. */
  allPractices: string;
  allResources: string;
  openResource: string;
  type: string;
  publisher: string;
  year: string;
  notFound: string;
  notFoundText: string;
}

const en: HubStrings = {
  hub: 'Migration Network Hub',
  intro: 'Practices, tools and experts for safe, orderly and regular migration, from the UN Network on Migration and its partners.',
  views: {
    home: 'Home',
    practices: 'Practices',
    resources: 'Tools and library',
    experts: 'Experts',
    discussions: 'Discussions',
    support: 'Support requests',
    submit: 'Submit a practice',
    review: 'Review',
  },
  byTheme: 'By thematic area',
  byPrinciple: 'By guiding principle',
  byRegion: 'By region',
  numbers: 'Numbers at a glance',
  allPractices: 'All practices',
  allResources: 'The whole library',
  openResource: 'Open the resource',
  type: 'Type',
  publisher: 'Publisher',
  year: 'Year',
  notFound: 'Page not found',
  notFoundText: 'This page does not exist or is no longer published.',
};

export default en;
