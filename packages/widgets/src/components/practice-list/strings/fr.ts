// <mnh-practice-list>'s interface text in French.
import type { PracticeListStrings } from './en.js';

const fr: PracticeListStrings = {
  count: { one: '{n} pratique', other: '{n} pratiques' },
  empty: 'Aucune pratique ne correspond à ces filtres.',
  clear: 'Effacer les filtres',
  filters: 'Filtrer les pratiques',
  searchLabel: 'Rechercher des pratiques',
};

export default fr;
