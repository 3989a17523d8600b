// <mnh-discussion-list>'s interface text in French.
import type { DiscussionListStrings } from './en.js';

const fr: DiscussionListStrings = {
  title: 'Espaces de discussion',
  empty: 'Aucun espace de discussion n’est ouvert pour le moment.',
  kinds: { topic: 'Thème', event: 'Événement' },
  states: { open: 'Ouvert', upcoming: 'À venir', closed: 'Fermé' },
  until: 'Ouvert jusqu’au {date}',
  opens: 'Ouvre le {date}',
  comments: { one: '{n} commentaire', other: '{n} commentaires' },
  locked: 'Verrouillée',
  noDiscussions: 'Aucune discussion pour l’instant.',
};

export default fr;
