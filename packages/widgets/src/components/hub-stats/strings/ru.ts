// <mnh-hub-stats>' interface text in Russian.
import type { HubStatsStrings } from './en.js';

const ru: HubStatsStrings = {
  practices: { one: '{n} практика', few: '{n} практики', many: '{n} практик', other: '{n} практики' },
  resources: { one: '{n} ресурс', few: '{n} ресурса', many: '{n} ресурсов', other: '{n} ресурса' },
  experts: { one: '{n} эксперт', few: '{n} эксперта', many: '{n} экспертов', other: '{n} эксперта' },
  showTables: 'Показать таблицами',
  charts: {
    objectives: { title: 'Практики по целям ГДМ', column: 'Цель' },
    regions: { title: 'Практики по регионам', column: 'Регион' },
    years: { title: 'Практики по году начала реализации', column: 'Год' },
    'resource-types': { title: 'Ресурсы по типам', column: 'Тип' },
    'expert-regions': { title: 'Эксперты по регионам', column: 'Регион' },
  },
  count: 'Количество',
  desc: 'Всего {total}; больше всего: {top}, {count}.',
  empty: 'Пока нечего считать.',
};

export default ru;
