// <mnh-expert-finder>'s contact form text in French.
import type { ContactStrings } from './en.js';

const fr: ContactStrings = {
  title: 'Écrire à {name}',
  privacy: 'Le hub envoie votre message par courriel ; l’expert vous répond directement à votre adresse. La sienne reste privée.',
  signInFirst: 'Connectez-vous pour écrire à cet expert.',
  subject: 'Objet',
  message: 'Message',
  left: '{n} caractères restants',
  send: 'Envoyer le message',
  sending: 'Envoi…',
  cancel: 'Annuler',
  sent: 'Votre message est parti. L’expert vous répondra par courriel.',
  tooMany: 'Vous avez envoyé autant de messages que le hub le permet pour le moment. Réessayez dans {minutes} minutes.',
  contactOff: 'Cet expert n’accepte pas de messages par le hub.',
  failed: 'Le message n’a pas pu être envoyé. Réessayez.',
};

export default fr;
