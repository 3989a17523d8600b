// <mnh-expert-finder>'s interface text in Spanish.
import type { ExpertFinderStrings } from './en.js';

const es: ExpertFinderStrings = {
  count: { one: '{n} experto', other: '{n} expertos' },
  empty: 'Ningún experto coincide con su búsqueda.',
  facets: 'Buscar expertos',
  searchLabel: 'Buscar expertos por nombre, organización o tema',
  expertise: 'Especialización',
  bio: 'Perfil',
  notFound: 'Este experto ya no figura en el directorio.',
  contact: 'Contactar',
};

export default es;
