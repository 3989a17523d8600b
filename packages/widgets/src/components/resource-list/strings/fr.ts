// <mnh-resource-list>'s interface text in French.
import type { ResourceListStrings } from './en.js';

const fr: ResourceListStrings = {
  count: { one: '{n} ressource', other: '{n} ressources' },
  empty: 'Aucune ressource ne correspond à ces filtres.',
  clear: 'Effacer les filtres',
  filters: 'Filtrer la bibliothèque',
  searchLabel: 'Rechercher dans la bibliothèque',
  types: 'Type de ressource',
};

export default fr;
