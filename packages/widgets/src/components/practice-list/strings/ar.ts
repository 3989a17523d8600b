// <mnh-practice-list>'s interface text in Arabic.
import type { PracticeListStrings } from './en.js';

const ar: PracticeListStrings = {
  count: {
    zero: 'لا توجد ممارسات',
    one: 'ممارسة واحدة',
    two: 'ممارستان',
    few: '{n} ممارسات',
    many: '{n} ممارسة',
    other: '{n} ممارسة',
  },
  empty: 'لا توجد ممارسات تطابق عوامل التصفية هذه.',
  clear: 'مسح عوامل التصفية',
  filters: 'تصفية الممارسات',
  searchLabel: 'البحث في الممارسات',
};

export default ar;
