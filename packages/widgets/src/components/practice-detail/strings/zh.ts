// <mnh-practice-detail>'s interface text in Chinese.
import type { PracticeDetailStrings } from './en.js';

const zh: PracticeDetailStrings = {
  notFound: '未找到该实践，或该实践尚未发布。',
  description: '说明',
  scope: '范围',
  implementation: '实施',
  since: '自 {start} 年起',
  implementer: '实施机构',
  partners: '合作伙伴',
  results: '成果',
  lessons: '经验教训',
  replicability: '可复制性',
  funding: '资金来源',
  language: '原文语言',
  otherLanguages: '其他可用语言',
  published: '发布于 {date}',
  alsoIn: '其他语言',
};

export default zh;
