// <mnh-expert-finder>'s interface text in French.
import type { ExpertFinderStrings } from './en.js';

const fr: ExpertFinderStrings = {
  count: { one: '{n} expert', other: '{n} experts' },
  empty: 'Aucun expert ne correspond à votre recherche.',
  facets: 'Trouver des experts',
  searchLabel: 'Rechercher des experts par nom, organisation ou sujet',
  expertise: 'Domaines d’expertise',
  bio: 'Présentation',
  notFound: 'Cet expert ne figure plus dans l’annuaire.',
  contact: 'Contacter',
};

export default fr;
