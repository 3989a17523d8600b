// Interface text every widget shares in Spanish.
import type { CommonStrings } from './en.js';

const es: CommonStrings = {
  loading: 'Cargando…',
  retry: 'Reintentar',
  unreachable: 'No se pudo conectar con el servicio. Compruebe su conexión e inténtelo de nuevo.',
  failed: 'Se produjo un error al cargar.',
  noApi: 'Falta la dirección del hub: defina el atributo api o coloque el widget dentro de <mnh-provider>.',
  close: 'Cerrar',
  loadMore: 'Cargar más',
  shown: '{shown} de {total}',
  any: 'Cualquiera',
  search: 'Buscar',
  objectives: 'Objetivos del Pacto Mundial',
  principles: 'Principios rectores',
  themes: 'Áreas temáticas',
  regions: 'Regiones',
  countries: 'Países',
  languages: 'Idiomas',
  organisation: 'Organización',
  links: 'Enlaces',
  newTab: '(se abre en una pestaña nueva)',
};

export default es;
