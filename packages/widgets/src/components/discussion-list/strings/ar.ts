// <mnh-discussion-list>'s interface text in Arabic.
import type { DiscussionListStrings } from './en.js';

const ar: DiscussionListStrings = {
  title: 'مساحات النقاش',
  empty: 'لا توجد مساحات نقاش مفتوحة في الوقت الحالي.',
  kinds: { topic: 'موضوع', event: 'حدث' },
  states: { open: 'مفتوحة', upcoming: 'قادمة', closed: 'مغلقة' },
  until: 'مفتوحة حتى {date}',
  opens: 'تُفتح في {date}',
  comments: { zero: '{n} تعليق', one: 'تعليق واحد', two: 'تعليقان', few: '{n} تعليقات', many: '{n} تعليقًا', other: '{n} تعليق' },
  locked: 'مقفل',
  noDiscussions: 'لا توجد نقاشات بعد.',
};

export default ar;
