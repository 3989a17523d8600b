// <mnh-sign-in>'s interface text in Spanish.
import type { SignInStrings } from './en.js';

const es: SignInStrings = {
  title: 'Iniciar sesión',
  emailLabel: 'Correo electrónico',
  emailHint: 'Le enviaremos un código de 6 dígitos por correo. Sin contraseña.',
  emailInvalid: 'Escriba un correo electrónico, por ejemplo nombre@example.org.',
  sendCode: 'Enviarme un código',
  codeSent: 'Enviamos un código a {email}. Es válido durante 10 minutos.',
  codeLabel: 'Código de 6 dígitos',
  codeInvalid: 'Escriba los 6 dígitos del correo.',
  signIn: 'Iniciar sesión',
  working: 'Espere, por favor…',
  resend: 'Enviar un código nuevo',
  resendIn: 'Podrá pedir un código nuevo en {time}',
  tooMany: 'Demasiados intentos. Vuelva a intentarlo en {time}.',
  otherEmail: 'Usar otro correo',
  signedInAs: 'Sesión iniciada como {name}',
  signOut: 'Cerrar sesión',
  signedOut: 'Ha cerrado la sesión.',
};

export default es;
