// <mnh-resource-list>'s interface text in Spanish.
import type { ResourceListStrings } from './en.js';

const es: ResourceListStrings = {
  count: { one: '{n} recurso', other: '{n} recursos' },
  empty: 'Ningún recurso coincide con estos filtros.',
  clear: 'Borrar filtros',
  filters: 'Filtrar la biblioteca',
  searchLabel: 'Buscar en la biblioteca',
  types: 'Tipo de recurso',
};

export default es;
