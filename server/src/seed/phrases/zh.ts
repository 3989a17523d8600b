// Chinese template phrases for demo practices.
import type { Phrasebook } from './phrasebook.js';

export const zh: Phrasebook = {
  titles: ['{place}：面向{group}的{action}', '{place}{action}'],
  actions: ['社区重返社会支持', '移民一站式信息服务中心', '促进移民融入的地方伙伴关系', '一线工作人员培训', '安全转介至保护服务', '技能认可与职业培训'],
  groups: ['返回者', '移民女工', '无人陪伴儿童', '青年', '移民家庭', '季节性工人'],
  summaries: [
    '{org}与{partner}合作，在{place}为{group}提供支持，助力实现《全球移民契约》目标{objective}（{objectiveLabel}）。',
    '由{org}牵头的倡议，通过{action}帮助{place}的{group}。',
  ],
  description: [
    '该做法于{year}年在与地方当局和移民协会开展联合评估后启动。',
    '它将经过培训的社区工作者外联服务与个案管理和专门服务转介相结合。',
    '各合作伙伴商定了统一的标准作业程序和数据保护规程。',
    '参与者从一开始就参与设计，并每季度举行反馈会议。',
    '共培训了{number}名卫生、教育、劳动和警务部门的一线工作人员。',
  ],
  results: ['{number}人获得直接支持，其中{percent}%表示获得服务的机会有所改善。', '国家当局于{year2}年采纳了相关程序。'],
  lessons: ['移民组织的早期参与建立了信任。', '试点阶段结束后需要持续的资金以留住受过培训的人员。'],
  replicability: ['工具包和培训课程公开提供，并已在两个邻国得到调整使用。'],
  funding: ['移民问题多伙伴信托基金', '国家预算', '双边发展合作'],
  everywhere: '多个地区',
  bio: {
    fictional: '虚构的示范资料。',
    sentences: ['与{place}的政府和民间社会合作开展“{objectiveLabel}”方面的工作。'],
  },
};
