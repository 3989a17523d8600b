// <mnh-hub>'s interface text in French.
import type { HubStrings } from './en.js';

const fr: HubStrings = {
  hub: 'Pôle du Réseau sur les migrations',
  intro: 'Pratiques, outils et experts pour des migrations sûres, ordonnées et régulières, du Réseau des Nations Unies sur les migrations et de ses partenaires.',
  views: {
    home: 'Accueil',
    practices: 'Pratiques',
    resources: 'Outils et bibliothèque',
    experts: 'Experts',
    discussions: 'Discussions',
    support: 'Demandes d’appui',
    submit: 'Soumettre une pratique',
    review: 'Évaluation',
  },
  byTheme: 'Par domaine thématique',
  byPrinciple: 'Par principe directeur',
  byRegion: 'Par région',
  numbers: 'Les chiffres en bref',
  allPractices: 'Toutes les pratiques',
  allResources: 'Toute la bibliothèque',
  openResource: 'Ouvrir la ressource',
  type: 'Type',
  publisher: 'Éditeur',
  year: 'Année',
  notFound: 'Page introuvable',
  notFoundText: 'Cette page n’existe pas ou n’est plus publiée.',
};

export default fr;
