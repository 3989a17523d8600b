// <mnh-hub>'s interface text in Chinese.
import type { HubStrings } from './en.js';

const zh: HubStrings = {
  hub: '移民网络中心',
  intro: '联合国移民问题网络及其伙伴提供的实践、工具和专家，助力安全、有序和正常的移民。',
  views: {
    home: '首页',
    practices: '实践',
    resources: '工具和资料库',
    experts: '专家',
    discussions: '讨论',
    support: '支持请求',
    submit: '提交实践',
    review: '评审',
  },
  byTheme: '按主题领域',
  byPrinciple: '按指导原则',
  byRegion: '按区域',
  numbers: '数据一览',
  allPractices: '全部实践',
  allResources: '整个资料库',
  openResource: '打开资源',
  type: '类型',
  publisher: '出版方',
  year: '年份',
  notFound: '未找到页面',
  notFoundText: '此页面不存在或已不再发布。',
};

export default zh;
