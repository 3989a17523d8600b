// The ten guiding principles of the Global Compact for Migration (paragraph 15 a–j), labelled in the six UN languages.
import type { PrincipleKey } from '../store/types.js';
import type { Labels } from './labels.js';

/** In the Compact's own order; English and French as the Hub words them. */
export const PRINCIPLES: readonly { key: PrincipleKey; labels: Labels }[] = [
  {
    key: 'people-centred',
    labels: {
      en: 'People-centred',
      fr: 'Priorité à la dimension humaine',
      es: 'Centrado en las personas',
      ar: 'التركيز على الإنسان',
      ru: 'Ориентированность на человека',
      zh: '以人为本',
    },
  },
  {
    key: 'international-cooperation',
    labels: {
      en: 'International cooperation',
      fr: 'Coopération internationale',
      es: 'Cooperación internacional',
      ar: 'التعاون الدولي',
      ru: 'Международное сотрудничество',
      zh: '国际合作',
    },
  },
  {
    key: 'national-sovereignty',
    labels: {
      en: 'National sovereignty',
      fr: 'Souveraineté nationale',
      es: 'Soberanía nacional',
      ar: 'السيادة الوطنية',
      ru: 'Национальный суверенитет',
      zh: '国家主权',
    },
  },
  {
    key: 'rule-of-law',
    labels: {
      en: 'Rule of law and due process',
      fr: "Primauté du droit et garanties d'une procédure régulière",
      es: 'Estado de derecho y garantías procesales',
      ar: 'سيادة القانون وضمانات مراعاة الأصول القانونية',
      ru: 'Верховенство права и надлежащая правовая процедура',
      zh: '法治和正当程序',
    },
  },
  {
    key: 'sustainable-development',
    labels: {
      en: 'Sustainable development',
      fr: 'Développement durable',
      es: 'Desarrollo sostenible',
      ar: 'التنمية المستدامة',
      ru: 'Устойчивое развитие',
      zh: '可持续发展',
    },
  },
  {
    key: 'human-rights',
    labels: {
      en: 'Human rights',
      fr: "Droits de l'homme",
      es: 'Derechos humanos',
      ar: 'حقوق الإنسان',
      ru: 'Права человека',
      zh: '人权',
    },
  },
  {
    key: 'gender-responsive',
    labels: {
      en: 'Gender-responsive',
      fr: 'Prise en compte de la problématique femmes-hommes',
      es: 'Perspectiva de género',
      ar: 'مراعاة المنظور الجنساني',
      ru: 'Учет гендерной проблематики',
      zh: '促进性别平等',
    },
  },
  {
    key: 'child-sensitive',
    labels: {
      en: 'Child-sensitive',
      fr: "Adaptation aux besoins de l'enfant",
      es: 'Perspectiva infantil',
      ar: 'مراعاة مصالح الطفل',
      ru: 'Учет интересов детей',
      zh: '关爱儿童',
    },
  },
  {
    key: 'whole-of-government',
    labels: {
      en: 'Whole-of-government approach',
      fr: "Approche mobilisant l'ensemble des pouvoirs publics",
      es: 'Enfoque pangubernamental',
      ar: 'نهج يشمل الحكومة بأسرها',
      ru: 'Общегосударственный подход',
      zh: '整体政府方针',
    },
  },
  {
    key: 'whole-of-society',
    labels: {
      en: 'Whole-of-society approach',
      fr: "Approche mobilisant l'ensemble de la société",
      es: 'Enfoque pansocial',
      ar: 'نهج يشمل المجتمع بأسره',
      ru: 'Общесоциальный подход',
      zh: '整体社会方针',
    },
  },
];
