// <mnh-resource-list>'s interface text in Chinese.
import type { ResourceListStrings } from './en.js';

const zh: ResourceListStrings = {
  count: { other: '{n} 项资源' },
  empty: '没有符合这些筛选条件的资源。',
  clear: '清除筛选',
  filters: '筛选资料库',
  searchLabel: '搜索资料库',
  types: '资源类型',
};

export default zh;
