// <mnh-sign-in>'s interface text in Chinese.
import type { SignInStrings } from './en.js';

const zh: SignInStrings = {
  title: '登录',
  emailLabel: '电子邮件地址',
  emailHint: '我们将通过电子邮件向您发送 6 位数验证码，无需密码。',
  emailInvalid: '请输入电子邮件地址，例如 name@example.org。',
  sendCode: '发送验证码',
  codeSent: '验证码已发送至 {email}，10 分钟内有效。',
  codeLabel: '6 位数验证码',
  codeInvalid: '请输入邮件中的 6 位数字。',
  signIn: '登录',
  working: '请稍候…',
  resend: '重新发送验证码',
  resendIn: '{time} 后可重新发送验证码',
  tooMany: '尝试次数过多，请在 {time} 后重试。',
  otherEmail: '使用其他电子邮件地址',
  signedInAs: '已登录：{name}',
  signOut: '退出登录',
  signedOut: '您已退出登录。',
};

export default zh;
