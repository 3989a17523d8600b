// <mnh-sign-in>'s interface text in Arabic.
import type { SignInStrings } from './en.js';

const ar: SignInStrings = {
  title: 'تسجيل الدخول',
  emailLabel: 'البريد الإلكتروني',
  emailHint: 'سنرسل إليك رمزًا من 6 أرقام بالبريد الإلكتروني. لا حاجة إلى كلمة مرور.',
  emailInvalid: 'أدخل عنوان بريد إلكتروني، مثل name@example.org.',
  sendCode: 'أرسل لي رمزًا',
  codeSent: 'أرسلنا رمزًا إلى {email}. وهو صالح لمدة 10 دقائق.',
  codeLabel: 'الرمز المكوّن من 6 أرقام',
  codeInvalid: 'أدخل الأرقام الستة الواردة في الرسالة.',
  signIn: 'تسجيل الدخول',
  working: 'يرجى الانتظار…',
  resend: 'إرسال رمز جديد',
  resendIn: 'يمكنك طلب رمز جديد بعد {time}',
  tooMany: 'محاولات كثيرة جدًا. حاول مرة أخرى بعد {time}.',
  otherEmail: 'استخدام عنوان بريد آخر',
  signedInAs: 'تم تسجيل الدخول باسم {name}',
  signOut: 'تسجيل الخروج',
  signedOut: 'لقد سجّلت الخروج.',
};

export default ar;
