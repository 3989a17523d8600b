// <mnh-practice-list>'s interface text in Spanish.
import type { PracticeListStrings } from './en.js';

const es: PracticeListStrings = {
  count: { one: '{n} práctica', other: '{n} prácticas' },
  empty: 'Ninguna práctica coincide con estos filtros.',
  clear: 'Borrar filtros',
  filters: 'Filtrar prácticas',
  searchLabel: 'Buscar prácticas',
};

export default es;
