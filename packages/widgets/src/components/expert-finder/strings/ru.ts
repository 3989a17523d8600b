// <mnh-expert-finder>'s interface text in Russian.
import type { ExpertFinderStrings } from './en.js';

const ru: ExpertFinderStrings = {
  count: { one: '{n} эксперт', few: '{n} эксперта', many: '{n} экспертов', other: '{n} эксперта' },
  empty: 'Нет экспертов, соответствующих запросу.',
  facets: 'Поиск экспертов',
  searchLabel: 'Искать экспертов по имени, организации или теме',
  expertise: 'Область экспертизы',
  bio: 'О себе',
  notFound: 'Этого эксперта больше нет в справочнике.',
  contact: 'Связаться',
};

export default ru;
