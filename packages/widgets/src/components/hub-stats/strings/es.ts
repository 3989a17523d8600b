// <mnh-hub-stats>' interface text in Spanish.
import type { HubStatsStrings } from './en.js';

const es: HubStatsStrings = {
  practices: { one: '{n} práctica', other: '{n} prácticas' },
  resources: { one: '{n} recurso', other: '{n} recursos' },
  experts: { one: '{n} experto', other: '{n} expertos' },
  showTables: 'Mostrar como tablas',
  charts: {
    objectives: { title: 'Prácticas por objetivo del Pacto Mundial', column: 'Objetivo' },
    regions: { title: 'Prácticas por región', column: 'Región' },
    years: { title: 'Prácticas por año de inicio de la ejecución', column: 'Año' },
    'resource-types': { title: 'Recursos por tipo', column: 'Tipo' },
    'expert-regions': { title: 'Expertos por región', column: 'Región' },
  },
  count: 'Número',
  desc: '{total} en total; el mayor: {top}, {count}.',
  empty: 'Todavía no hay nada que contar.',
};

export default es;
