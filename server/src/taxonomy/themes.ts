// The five thematic clusters (the Migration Multi-Partner Trust Fund's thematic areas) and their objectives.
import type { Labels } from './labels.js';

export interface Theme {
  key: string;
  labels: Labels;
  objectives: number[];
}

/**
 * Wording and objective mapping are unconfirmed (domain.md): this is only the default loaded into
 * the store's editable taxonomy tables, so editors can correct it without a release. Every
 * objective sits in at least one cluster so that entry points reach all content.
 */
export const THEMES: readonly Theme[] = [
  {
    key: 'evidence-and-data',
    objectives: [1, 3, 17, 23],
    labels: {
      en: 'Promoting fact-based and data-driven migration discourse, policy and planning',
      fr: 'Promouvoir un discours, des politiques et une planification migratoires fondés sur les faits et les données',
      es: 'Promover un discurso, unas políticas y una planificación migratorios basados en hechos y datos',
      ar: 'تعزيز الخطاب والسياسات والتخطيط في مجال الهجرة على أساس الحقائق والبيانات',
      ru: 'Содействие основанным на фактах и данных дискуссиям, политике и планированию в области миграции',
      zh: '促进以事实和数据为依据的移民问题讨论、政策和规划',
    },
  },
  {
    key: 'protection',
    objectives: [2, 7, 8, 12, 13, 14],
    labels: {
      en: 'Protecting the human rights, safety and wellbeing of migrants, including through addressing drivers and mitigating situations of vulnerability in migration',
      fr: "Protéger les droits humains, la sécurité et le bien-être des migrants, notamment en s'attaquant aux facteurs de migration et en atténuant les situations de vulnérabilité",
      es: 'Proteger los derechos humanos, la seguridad y el bienestar de los migrantes, en particular abordando los factores que impulsan la migración y mitigando las situaciones de vulnerabilidad',
      ar: 'حماية حقوق الإنسان للمهاجرين وسلامتهم ورفاههم، بما في ذلك من خلال معالجة دوافع الهجرة والتخفيف من حالات الضعف',
      ru: 'Защита прав человека, безопасности и благополучия мигрантов, в том числе путем устранения движущих факторов миграции и смягчения ситуаций уязвимости',
      zh: '保护移民的人权、安全和福祉，包括消除驱动因素和缓解移民中的脆弱处境',
    },
  },
  {
    key: 'irregular-migration',
    objectives: [4, 9, 10, 11, 21],
    labels: {
      en: 'Addressing irregular migration, including through managing borders and combatting transnational crime',
      fr: 'Lutter contre la migration irrégulière, notamment par la gestion des frontières et la lutte contre la criminalité transnationale',
      es: 'Abordar la migración irregular, en particular mediante la gestión de fronteras y la lucha contra la delincuencia transnacional',
      ar: 'التصدي للهجرة غير النظامية، بما في ذلك من خلال إدارة الحدود ومكافحة الجريمة عبر الوطنية',
      ru: 'Борьба с нерегулярной миграцией, в том числе посредством управления границами и противодействия транснациональной преступности',
      zh: '应对非正常移民，包括管理边境和打击跨国犯罪',
    },
  },
  {
    key: 'regular-migration',
    objectives: [5, 6, 18, 19, 20, 22],
    labels: {
      en: 'Facilitating regular migration, decent work and enhancing the positive development effects of human mobility',
      fr: 'Faciliter la migration régulière et le travail décent et renforcer les effets positifs de la mobilité humaine sur le développement',
      es: 'Facilitar la migración regular y el trabajo decente y potenciar los efectos positivos de la movilidad humana en el desarrollo',
      ar: 'تيسير الهجرة النظامية والعمل اللائق وتعزيز الآثار الإنمائية الإيجابية لتنقل البشر',
      ru: 'Содействие легальной миграции и достойному труду и усиление позитивного влияния мобильности людей на развитие',
      zh: '促进正常移民和体面工作，增强人员流动对发展的积极影响',
    },
  },
  {
    key: 'social-inclusion',
    objectives: [15, 16],
    labels: {
      en: 'Improving the social inclusion and integration of migrants',
      fr: "Améliorer l'inclusion sociale et l'intégration des migrants",
      es: 'Mejorar la inclusión social y la integración de los migrantes',
      ar: 'تحسين الإدماج الاجتماعي للمهاجرين واندماجهم',
      ru: 'Улучшение социальной интеграции и инклюзии мигрантов',
      zh: '改善移民的社会包容和融合',
    },
  },
];
