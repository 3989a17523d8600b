// <mnh-practice-detail>'s interface text in English: the table every other language follows, built in as the fallback.

export interface PracticeDetailStrings {
  notFound: string;
  description: string;
  scope: string;
  implementation: string;
  /** An ongoing practice's period. */
  since: string;
  implementer: string;
  partners: string;
  results: string;
  lessons: string;
  replicability: string;
  funding: string;
  language: string;
  otherLanguages: string;
  published: string;
  /** Labels the buttons switching the content (not the interface) between its original and translations. */
  alsoIn: string;
}

const en: PracticeDetailStrings = {
  notFound: 'This practice was not found, or it is not published.',
  description: 'Description',
  scope: 'Scope',
  implementation: 'Implementation',
  since: 'Since {start}',
  implementer: 'Implementing organisation',
  partners: 'Partners',
  results: 'Results',
  lessons: 'Lessons learned',
  replicability: 'Replicability',
  funding: 'Funding',
  language: 'Original language',
  otherLanguages: 'Also available in',
  published: 'Published on {date}',
  alsoIn: 'Also in',
};

export default en;
