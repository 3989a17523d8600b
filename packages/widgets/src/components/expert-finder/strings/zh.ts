// <mnh-expert-finder>'s interface text in Chinese.
import type { ExpertFinderStrings } from './en.js';

const zh: ExpertFinderStrings = {
  count: { other: '{n} 位专家' },
  empty: '没有符合搜索条件的专家。',
  facets: '查找专家',
  searchLabel: '按姓名、机构或主题搜索专家',
  expertise: '专业领域',
  bio: '简介',
  notFound: '该专家已不在名录中。',
  contact: '联系',
};

export default zh;
