// <mnh-practice-list>'s interface text in Russian.
import type { PracticeListStrings } from './en.js';

const ru: PracticeListStrings = {
  count: { one: '{n} практика', few: '{n} практики', many: '{n} практик', other: '{n} практики' },
  empty: 'Нет практик, соответствующих этим фильтрам.',
  clear: 'Сбросить фильтры',
  filters: 'Фильтры практик',
  searchLabel: 'Поиск практик',
};

export default ru;
