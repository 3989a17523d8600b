// <mnh-practice-detail>'s interface text in Spanish.
import type { PracticeDetailStrings } from './en.js';

const es: PracticeDetailStrings = {
  notFound: 'No se encontró esta práctica o no está publicada.',
  description: 'Descripción',
  scope: 'Alcance',
  implementation: 'Ejecución',
  since: 'Desde {start}',
  implementer: 'Organización ejecutora',
  partners: 'Asociados',
  results: 'Resultados',
  lessons: 'Lecciones aprendidas',
  replicability: 'Replicabilidad',
  funding: 'Financiación',
  language: 'Idioma original',
  otherLanguages: 'También disponible en',
  published: 'Publicada el {date}',
  alsoIn: 'También en',
};

export default es;
