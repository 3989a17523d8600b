// <mnh-hub-stats>' interface text in French.
import type { HubStatsStrings } from './en.js';

const fr: HubStatsStrings = {
  practices: { one: '{n} pratique', other: '{n} pratiques' },
  resources: { one: '{n} ressource', other: '{n} ressources' },
  experts: { one: '{n} expert', other: '{n} experts' },
  showTables: 'Afficher en tableaux',
  charts: {
    objectives: { title: 'Pratiques par objectif du Pacte mondial', column: 'Objectif' },
    regions: { title: 'Pratiques par région', column: 'Région' },
    years: { title: 'Pratiques par année de début de mise en œuvre', column: 'Année' },
    'resource-types': { title: 'Ressources par type', column: 'Type' },
    'expert-regions': { title: 'Experts par région', column: 'Région' },
  },
  count: 'Nombre',
  desc: '{total} au total ; le plus : {top}, {count}.',
  empty: 'Rien à compter pour l’instant.',
};

export default fr;
