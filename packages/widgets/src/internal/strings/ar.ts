// Interface text every widget shares in Arabic.
import type { CommonStrings } from './en.js';

const ar: CommonStrings = {
  loading: 'جارٍ التحميل…',
  retry: 'إعادة المحاولة',
  unreachable: 'تعذّر الاتصال بالخدمة. تحقّق من اتصالك وحاول مرة أخرى.',
  failed: 'حدث خطأ أثناء التحميل.',
  noApi: 'لم يُحدَّد عنوان المركز: أضِف السمة api أو ضع الأداة داخل <mnh-provider>.',
  close: 'إغلاق',
  loadMore: 'عرض المزيد',
  shown: '{shown} من أصل {total}',
  any: 'الكل',
  search: 'بحث',
  objectives: 'أهداف الاتفاق العالمي',
  principles: 'المبادئ التوجيهية',
  themes: 'المجالات المواضيعية',
  regions: 'المناطق',
  countries: 'البلدان',
  languages: 'اللغات',
  organisation: 'المنظمة',
  links: 'روابط',
  newTab: '(يُفتح في علامة تبويب جديدة)',
};

export default ar;
