// <mnh-discussion-list>'s interface text in Russian.
import type { DiscussionListStrings } from './en.js';

const ru: DiscussionListStrings = {
  title: 'Пространства для обсуждения',
  empty: 'Сейчас нет открытых пространств для обсуждения.',
  kinds: { topic: 'Тема', event: 'Мероприятие' },
  states: { open: 'Открыто', upcoming: 'Скоро', closed: 'Закрыто' },
  until: 'Открыто до {date}',
  opens: 'Откроется {date}',
  comments: { one: '{n} комментарий', few: '{n} комментария', many: '{n} комментариев', other: '{n} комментария' },
  locked: 'Закрыто',
  noDiscussions: 'Обсуждений пока нет.',
};

export default ru;
