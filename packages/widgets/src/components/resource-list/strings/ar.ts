// <mnh-resource-list>'s interface text in Arabic.
import type { ResourceListStrings } from './en.js';

const ar: ResourceListStrings = {
  count: {
    zero: 'لا توجد موارد',
    one: 'مورد واحد',
    two: 'موردان',
    few: '{n} موارد',
    many: '{n} موردًا',
    other: '{n} مورد',
  },
  empty: 'لا توجد موارد تطابق عوامل التصفية هذه.',
  clear: 'مسح عوامل التصفية',
  filters: 'تصفية المكتبة',
  searchLabel: 'البحث في المكتبة',
  types: 'نوع المورد',
};

export default ar;
