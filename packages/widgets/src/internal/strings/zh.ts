// Interface text every widget shares in Chinese.
import type { CommonStrings } from './en.js';

const zh: CommonStrings = {
  loading: '正在加载…',
  retry: '重试',
  unreachable: '无法连接到服务。请检查网络连接后重试。',
  failed: '加载时出错。',
  noApi: '缺少中心地址：请设置 api 属性，或将组件放在 <mnh-provider> 内。',
  close: '关闭',
  loadMore: '加载更多',
  shown: '已显示 {shown} / {total}',
  any: '全部',
  search: '搜索',
  objectives: '《全球契约》目标',
  principles: '指导原则',
  themes: '专题领域',
  regions: '区域',
  countries: '国家',
  languages: '语言',
  organisation: '机构',
  links: '链接',
  newTab: '（在新标签页中打开）',
};

export default zh;
