// <mnh-resource-list>'s interface text in Russian.
import type { ResourceListStrings } from './en.js';

const ru: ResourceListStrings = {
  count: { one: '{n} ресурс', few: '{n} ресурса', many: '{n} ресурсов', other: '{n} ресурса' },
  empty: 'Нет ресурсов, соответствующих этим фильтрам.',
  clear: 'Сбросить фильтры',
  filters: 'Фильтры библиотеки',
  searchLabel: 'Поиск в библиотеке',
  types: 'Тип ресурса',
};

export default ru;
