// <mnh-hub>'s interface text in Arabic.
import type { HubStrings } from './en.js';

const ar: HubStrings = {
  hub: 'مركز شبكة الهجرة',
  intro: 'ممارسات وأدوات وخبراء من أجل هجرة آمنة ومنظمة ونظامية، من شبكة الأمم المتحدة المعنية بالهجرة وشركائها.',
  views: {
    home: 'الرئيسية',
    practices: 'الممارسات',
    resources: 'الأدوات والمكتبة',
    experts: 'الخبراء',
    discussions: 'المناقشات',
    support: 'طلبات الدعم',
    submit: 'تقديم ممارسة',
    review: 'المراجعة',
  },
  byTheme: 'حسب المجال المواضيعي',
  byPrinciple: 'حسب المبدأ التوجيهي',
  byRegion: 'حسب المنطقة',
  numbers: 'الأرقام في لمحة',
  allPractices: 'جميع الممارسات',
  allResources: 'المكتبة كاملة',
  openResource: 'فتح المورد',
  type: 'النوع',
  publisher: 'الناشر',
  year: 'السنة',
  notFound: 'الصفحة غير موجودة',
  notFoundText: 'هذه الصفحة غير موجودة أو لم تعد منشورة.',
};

export default ar;
