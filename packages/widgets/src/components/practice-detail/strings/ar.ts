// <mnh-practice-detail>'s interface text in Arabic.
import type { PracticeDetailStrings } from './en.js';

const ar: PracticeDetailStrings = {
  notFound: 'لم يُعثر على هذه الممارسة أو أنها غير منشورة.',
  description: 'الوصف',
  scope: 'النطاق',
  implementation: 'التنفيذ',
  since: 'منذ {start}',
  implementer: 'الجهة المنفذة',
  partners: 'الشركاء',
  results: 'النتائج',
  lessons: 'الدروس المستفادة',
  replicability: 'قابلية التكرار',
  funding: 'التمويل',
  language: 'اللغة الأصلية',
  otherLanguages: 'متاح أيضًا باللغات',
  published: 'نُشرت في {date}',
  alsoIn: 'متاح أيضًا بـ',
};

export default ar;
