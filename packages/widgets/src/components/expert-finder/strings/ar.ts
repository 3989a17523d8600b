// <mnh-expert-finder>'s interface text in Arabic.
import type { ExpertFinderStrings } from './en.js';

const ar: ExpertFinderStrings = {
  count: {
    zero: 'لا يوجد خبراء',
    one: 'خبير واحد',
    two: 'خبيران',
    few: '{n} خبراء',
    many: '{n} خبيرًا',
    other: '{n} خبير',
  },
  empty: 'لا يوجد خبراء يطابقون بحثك.',
  facets: 'البحث عن خبراء',
  searchLabel: 'ابحث عن خبراء بالاسم أو المنظمة أو الموضوع',
  expertise: 'مجالات الخبرة',
  bio: 'نبذة',
  notFound: 'لم يعد هذا الخبير مدرجًا في الدليل.',
  contact: 'تواصل',
};

export default ar;
