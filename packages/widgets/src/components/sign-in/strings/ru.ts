// <mnh-sign-in>'s interface text in Russian.
import type { SignInStrings } from './en.js';

const ru: SignInStrings = {
  title: 'Вход',
  emailLabel: 'Адрес электронной почты',
  emailHint: 'Мы пришлём 6-значный код на почту. Пароль не нужен.',
  emailInvalid: 'Введите адрес электронной почты, например name@example.org.',
  sendCode: 'Прислать код',
  codeSent: 'Мы отправили код на {email}. Он действует 10 минут.',
  codeLabel: '6-значный код',
  codeInvalid: 'Введите 6 цифр из письма.',
  signIn: 'Войти',
  working: 'Подождите…',
  resend: 'Прислать новый код',
  resendIn: 'Новый код можно запросить через {time}',
  tooMany: 'Слишком много попыток. Повторите через {time}.',
  otherEmail: 'Указать другой адрес',
  signedInAs: 'Вы вошли как {name}',
  signOut: 'Выйти',
  signedOut: 'Вы вышли из системы.',
};

export default ru;
