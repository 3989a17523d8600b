// Spanish template phrases for demo practices and experts.
import type { Phrasebook } from './phrasebook.js';

export const es: Phrasebook = {
  titles: ['{action} para {group} en {place}', '{place}: {action}', '{action} en {place}'],
  actions: [
    'Apoyo comunitario a la reintegración',
    'Ventanilla única de información para migrantes',
    'Alianzas locales para la inclusión de migrantes',
    'Formación de funcionarios de primera línea',
    'Derivación segura a servicios de protección',
    'Reconocimiento de competencias y formación profesional',
    'Canales digitales de remesas',
    'Gobernanza municipal de la migración',
  ],
  groups: ['personas retornadas', 'trabajadoras migrantes', 'niños no acompañados', 'jóvenes', 'familias migrantes', 'trabajadores temporales', 'la diáspora'],
  summaries: [
    '{org} trabajó con {partner} para apoyar a {group} en {place}, en contribución al objetivo {objective} del Pacto Mundial ({objectiveLabel}).',
    'Una iniciativa de {org} que ayuda a {group} en {place} mediante {action}.',
  ],
  description: [
    'La práctica comenzó en {year} tras una evaluación conjunta con las autoridades locales y las asociaciones de migrantes.',
    'Combina el trabajo de promotores comunitarios capacitados con la gestión de casos y la derivación a servicios especializados.',
    'Los socios acordaron procedimientos operativos comunes y un protocolo de protección de datos.',
    'Las personas participantes intervinieron en el diseño desde el inicio y se celebraron reuniones de seguimiento cada trimestre.',
    'Se tuvieron en cuenta el género y la edad en cada etapa, con servicios específicos para mujeres y niños.',
    'Se capacitó a {number} funcionarios de los servicios de salud, educación, trabajo y policía.',
    'Las autoridades municipales cofinanciaron el trabajo y lo integraron en sus planes de desarrollo local.',
  ],
  results: [
    '{number} personas recibieron apoyo directo y el {percent} % afirma tener un mejor acceso a los servicios.',
    'Las autoridades nacionales adoptaron los procedimientos en {year2}.',
    'El tiempo medio de derivación bajó de varias semanas a {days} días.',
  ],
  lessons: [
    'La participación temprana de las organizaciones de migrantes generó confianza.',
    'Se necesita financiación sostenida más allá de la fase piloto para conservar al personal capacitado.',
    'Trabajar a través de las autoridades locales hizo que los resultados perduraran.',
  ],
  replicability: [
    'La caja de herramientas y el programa de formación son de libre acceso y se han adaptado en dos países vecinos.',
    'El modelo puede replicarse allí donde las autoridades locales y la sociedad civil ya cooperan.',
  ],
  funding: ['Fondo Fiduciario de Asociados Múltiples para la Migración', 'Presupuesto nacional', 'Cooperación bilateral para el desarrollo'],
  everywhere: 'varias regiones',
  bio: {
    fictional: 'Perfil ficticio con fines de demostración.',
    sentences: [
      'Trabaja en «{objectiveLabel}» con gobiernos y sociedad civil en {place}.',
      'Asesora a autoridades nacionales en política migratoria desde hace más de {number} años.',
      'Coordina una red regional de profesionales que trabajan con {group}.',
    ],
  },
};
