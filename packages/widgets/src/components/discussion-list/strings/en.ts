// <mnh-discussion-list>'s interface text in English: the table every other language follows, built in as the fallback.
import type { PluralForms } from '../../../internal/locale.js';
import type { SpaceState } from '../../discussion-thread/discussion-api.js';

export interface DiscussionListStrings {
  title: string;
  empty: string;
  kinds: Record<'topic' | 'event', string>;
  states: Record<SpaceState, string>;
  until: string;
  opens: string;
  comments: PluralForms;
  locked: string;
  noDiscussions: string;
}

const en: DiscussionListStrings = {
  title: 'Discussion spaces',
  empty: 'No discussion spaces are open at the moment.',
  kinds: { topic: 'Topic', event: 'Event' },
  states: { open: 'Open', upcoming: 'Upcoming', closed: 'Closed' },
  until: 'Open until {date}',
  opens: 'Opens on {date}',
  comments: { one: '{n} comment', other: '{n} comments' },
  locked: 'Locked',
  noDiscussions: 'No discussions yet.',
};

export default en;
