// <mnh-practice-detail>'s interface text in French.
import type { PracticeDetailStrings } from './en.js';

const fr: PracticeDetailStrings = {
  notFound: 'Cette pratique est introuvable ou n’est pas publiée.',
  description: 'Description',
  scope: 'Portée',
  implementation: 'Mise en œuvre',
  since: 'Depuis {start}',
  implementer: 'Organisation chargée de la mise en œuvre',
  partners: 'Partenaires',
  results: 'Résultats',
  lessons: 'Enseignements tirés',
  replicability: 'Reproductibilité',
  funding: 'Financement',
  language: 'Langue originale',
  otherLanguages: 'Également disponible en',
  published: 'Publiée le {date}',
  alsoIn: 'Aussi en',
};

export default fr;
