// <mnh-hub>'s interface text in Spanish.
import type { HubStrings } from './en.js';

const es: HubStrings = {
  hub: 'Centro de la Red sobre la Migración',
  intro: 'Prácticas, herramientas y expertos para una migración segura, ordenada y regular, de la Red de las Naciones Unidas sobre la Migración y sus asociados.',
  views: {
    home: 'Inicio',
    practices: 'Prácticas',
    resources: 'Herramientas y biblioteca',
    experts: 'Expertos',
    discussions: 'Debates',
    support: 'Solicitudes de apoyo',
    submit: 'Presentar una práctica',
    review: 'Revisión',
  },
  byTheme: 'Por área temática',
  byPrinciple: 'Por principio rector',
  byRegion: 'Por región',
  numbers: 'Cifras de un vistazo',
  allPractices: 'Todas las prácticas',
  allResources: 'Toda la biblioteca',
  openResource: 'Abrir el recurso',
  type: 'Tipo',
  publisher: 'Editorial',
  year: 'Año',
  notFound: 'Página no encontrada',
  notFoundText: 'Esta página no existe o ya no está publicada.',
};

export default es;
