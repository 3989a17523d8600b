// Interface text every widget shares in French.
import type { CommonStrings } from './en.js';

const fr: CommonStrings = {
  loading: 'Chargement…',
  retry: 'Réessayer',
  unreachable: 'Le service est injoignable. Vérifiez votre connexion et réessayez.',
  failed: 'Une erreur est survenue pendant le chargement.',
  noApi: 'Adresse du hub manquante : définissez l’attribut api ou placez le widget dans <mnh-provider>.',
  close: 'Fermer',
  loadMore: 'Afficher plus',
  shown: '{shown} sur {total}',
  any: 'Indifférent',
  search: 'Rechercher',
  objectives: 'Objectifs du Pacte mondial',
  principles: 'Principes directeurs',
  themes: 'Domaines thématiques',
  regions: 'Régions',
  countries: 'Pays',
  languages: 'Langues',
  organisation: 'Organisation',
  links: 'Liens',
  newTab: '(nouvel onglet)',
};

export default fr;
