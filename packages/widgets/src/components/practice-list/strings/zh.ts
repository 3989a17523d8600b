// <mnh-practice-list>'s interface text in Chinese.
import type { PracticeListStrings } from './en.js';

const zh: PracticeListStrings = {
  count: { other: '{n} 项实践' },
  empty: '没有符合这些筛选条件的实践。',
  clear: '清除筛选',
  filters: '筛选实践',
  searchLabel: '搜索实践',
};

export default zh;
