// <mnh-sign-in>'s interface text in French.
import type { SignInStrings } from './en.js';

const fr: SignInStrings = {
  title: 'Connexion',
  emailLabel: 'Adresse e-mail',
  emailHint: 'Nous vous enverrons un code à 6 chiffres par e-mail. Aucun mot de passe.',
  emailInvalid: 'Saisissez une adresse e-mail, par exemple nom@example.org.',
  sendCode: 'Recevoir un code',
  codeSent: 'Nous avons envoyé un code à {email}. Il est valable 10 minutes.',
  codeLabel: 'Code à 6 chiffres',
  codeInvalid: 'Saisissez les 6 chiffres reçus par e-mail.',
  signIn: 'Se connecter',
  working: 'Veuillez patienter…',
  resend: 'Envoyer un nouveau code',
  resendIn: 'Nouveau code possible dans {time}',
  tooMany: 'Trop de tentatives. Réessayez dans {time}.',
  otherEmail: 'Utiliser une autre adresse',
  signedInAs: 'Connecté·e en tant que {name}',
  signOut: 'Se déconnecter',
  signedOut: 'Vous êtes déconnecté·e.',
};

export default fr;
