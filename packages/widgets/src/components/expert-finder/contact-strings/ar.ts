// <mnh-expert-finder>'s contact form text in Arabic.
import type { ContactStrings } from './en.js';

const ar: ContactStrings = {
  title: 'مراسلة {name}',
  privacy: 'يرسل المركز رسالتك بالبريد الإلكتروني، ويرد عليك الخبير مباشرة على عنوانك. ويبقى عنوانه خاصًا.',
  signInFirst: 'سجّل الدخول لمراسلة هذا الخبير.',
  subject: 'الموضوع',
  message: 'الرسالة',
  left: 'يتبقى {n} حرفًا',
  send: 'إرسال الرسالة',
  sending: 'جارٍ الإرسال…',
  cancel: 'إلغاء',
  sent: 'رسالتك في طريقها. سيرد عليك الخبير بالبريد الإلكتروني.',
  tooMany: 'لقد أرسلت أقصى عدد من الرسائل يسمح به المركز حاليًا. حاول مرة أخرى بعد {minutes} دقيقة.',
  contactOff: 'لا يقبل هذا الخبير الرسائل عبر المركز.',
  failed: 'تعذّر إرسال الرسالة. حاول مرة أخرى.',
};

export default ar;
