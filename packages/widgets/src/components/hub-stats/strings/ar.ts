// <mnh-hub-stats>' interface text in Arabic.
import type { HubStatsStrings } from './en.js';

const ar: HubStatsStrings = {
  practices: { zero: 'لا توجد ممارسات', one: 'ممارسة واحدة', two: 'ممارستان', few: '{n} ممارسات', many: '{n} ممارسة', other: '{n} ممارسة' },
  resources: { zero: 'لا توجد موارد', one: 'مورد واحد', two: 'موردان', few: '{n} موارد', many: '{n} موردًا', other: '{n} مورد' },
  experts: { zero: 'لا يوجد خبراء', one: 'خبير واحد', two: 'خبيران', few: '{n} خبراء', many: '{n} خبيرًا', other: '{n} خبير' },
  showTables: 'العرض في جداول',
  charts: {
    objectives: { title: 'الممارسات حسب أهداف الاتفاق العالمي', column: 'الهدف' },
    regions: { title: 'الممارسات حسب المنطقة', column: 'المنطقة' },
    years: { title: 'الممارسات حسب سنة بدء التنفيذ', column: 'السنة' },
    'resource-types': { title: 'الموارد حسب النوع', column: 'النوع' },
    'expert-regions': { title: 'الخبراء حسب المنطقة', column: 'المنطقة' },
  },
  count: 'العدد',
  desc: 'المجموع {total}؛ الأكثر: {top}، {count}.',
  empty: 'لا يوجد ما يُعد بعد.',
};

export default ar;
