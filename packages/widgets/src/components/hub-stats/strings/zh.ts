// <mnh-hub-stats>' interface text in Chinese.
import type { HubStatsStrings } from './en.js';

const zh: HubStatsStrings = {
  practices: { other: '{n} 项实践' },
  resources: { other: '{n} 项资源' },
  experts: { other: '{n} 位专家' },
  showTables: '以表格显示',
  charts: {
    objectives: { title: '按《全球契约》目标分列的实践', column: '目标' },
    regions: { title: '按区域分列的实践', column: '区域' },
    years: { title: '按开始实施年份分列的实践', column: '年份' },
    'resource-types': { title: '按类型分列的资源', column: '类型' },
    'expert-regions': { title: '按区域分列的专家', column: '区域' },
  },
  count: '数量',
  desc: '共 {total}；最多：{top}，{count}。',
  empty: '暂无可统计的内容。',
};

export default zh;
