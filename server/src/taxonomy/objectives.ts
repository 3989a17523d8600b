// The 23 objectives of the Global Compact for Migration (A/RES/73/195): short labels in the six UN languages, full titles.
import type { Labels } from './labels.js';

export interface Objective {
  number: number;
  labels: Labels;
  /** Full titles are English only where no official translation has been checked. */
  titles: Labels;
}

/** Short labels: English and French as used by the Hub; the others translated with UN terminology. */
export const OBJECTIVES: readonly Objective[] = [
  {
    number: 1,
    labels: { en: 'Data', fr: 'Données', es: 'Datos', ar: 'البيانات', ru: 'Данные', zh: '数据' },
    titles: { en: 'Collect and utilize accurate and disaggregated data as a basis for evidence-based policies' },
  },
  {
    number: 2,
    labels: {
      en: 'Minimize adverse drivers',
      fr: 'Lutter contre les facteurs négatifs',
      es: 'Reducir al mínimo los factores adversos',
      ar: 'الحد من العوامل السلبية',
      ru: 'Сведение к минимуму неблагоприятных факторов',
      zh: '尽量减少不利驱动因素',
    },
    titles: {
      en: 'Minimize the adverse drivers and structural factors that compel people to leave their country of origin',
    },
  },
  {
    number: 3,
    labels: {
      en: 'Information provision',
      fr: "Fourniture d'informations",
      es: 'Suministro de información',
      ar: 'توفير المعلومات',
      ru: 'Предоставление информации',
      zh: '提供信息',
    },
    titles: { en: 'Provide accurate and timely information at all stages of migration' },
  },
  {
    number: 4,
    labels: {
      en: 'Legal identity and documentation',
      fr: 'Identité légale et papiers',
      es: 'Identidad jurídica y documentación',
      ar: 'الهوية القانونية والوثائق',
      ru: 'Удостоверение личности и документы',
      zh: '合法身份和证件',
    },
    titles: { en: 'Ensure that all migrants have proof of legal identity and adequate documentation' },
  },
  {
    number: 5,
    labels: {
      en: 'Regular pathways',
      fr: 'Filières de migration régulière',
      es: 'Vías de migración regular',
      ar: 'مسارات الهجرة النظامية',
      ru: 'Каналы легальной миграции',
      zh: '正常移民途径',
    },
    titles: { en: 'Enhance availability and flexibility of pathways for regular migration' },
  },
  {
    number: 6,
    labels: {
      en: 'Recruitment and decent work',
      fr: 'Recrutement et travail décent',
      es: 'Contratación y trabajo decente',
      ar: 'التوظيف والعمل اللائق',
      ru: 'Наем и достойный труд',
      zh: '招聘和体面工作',
    },
    titles: { en: 'Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work' },
  },
  {
    number: 7,
    labels: {
      en: 'Reduce vulnerabilities',
      fr: 'Réduire la vulnérabilité',
      es: 'Reducir las vulnerabilidades',
      ar: 'الحد من مواطن الضعف',
      ru: 'Уменьшение уязвимости',
      zh: '减少脆弱性',
    },
    titles: { en: 'Address and reduce vulnerabilities in migration' },
  },
  {
    number: 8,
    labels: { en: 'Save lives', fr: 'Sauver des vies', es: 'Salvar vidas', ar: 'إنقاذ الأرواح', ru: 'Спасение жизней', zh: '拯救生命' },
    titles: { en: 'Save lives and establish coordinated international efforts on missing migrants' },
  },
  {
    number: 9,
    labels: {
      en: 'Counter smuggling',
      fr: 'Combattre le trafic de migrants',
      es: 'Combatir el tráfico ilícito de migrantes',
      ar: 'مكافحة تهريب المهاجرين',
      ru: 'Борьба с незаконным ввозом мигрантов',
      zh: '打击偷运移民',
    },
    titles: { en: 'Strengthen the transnational response to smuggling of migrants' },
  },
  {
    number: 10,
    labels: {
      en: 'Eradicate trafficking',
      fr: 'Éradiquer la traite de personnes',
      es: 'Erradicar la trata de personas',
      ar: 'القضاء على الاتجار بالأشخاص',
      ru: 'Искоренение торговли людьми',
      zh: '消除贩运人口',
    },
    titles: { en: 'Prevent, combat and eradicate trafficking in persons in the context of international migration' },
  },
  {
    number: 11,
    labels: {
      en: 'Manage borders',
      fr: 'Gérer les frontières',
      es: 'Gestionar las fronteras',
      ar: 'إدارة الحدود',
      ru: 'Управление границами',
      zh: '边境管理',
    },
    titles: { en: 'Manage borders in an integrated, secure and coordinated manner' },
  },
  {
    number: 12,
    labels: {
      en: 'Screening and referral',
      fr: 'Contrôle, évaluation et orientation',
      es: 'Control, evaluación y derivación',
      ar: 'الفرز والتقييم والإحالة',
      ru: 'Проверка, оценка и направление',
      zh: '甄别、评估和转介',
    },
    titles: {
      en: 'Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral',
    },
  },
  {
    number: 13,
    labels: {
      en: 'Alternatives to detention',
      fr: 'Alternatives à la rétention',
      es: 'Alternativas a la detención',
      ar: 'بدائل الاحتجاز',
      ru: 'Альтернативы содержанию под стражей',
      zh: '拘留替代办法',
    },
    titles: { en: 'Use migration detention only as a measure of last resort and work towards alternatives' },
  },
  {
    number: 14,
    labels: {
      en: 'Consular protection',
      fr: 'Protection consulaire',
      es: 'Protección consular',
      ar: 'الحماية القنصلية',
      ru: 'Консульская защита',
      zh: '领事保护',
    },
    titles: { en: 'Enhance consular protection, assistance and cooperation throughout the migration cycle' },
  },
  {
    number: 15,
    labels: {
      en: 'Access to basic services',
      fr: 'Accès aux services de base',
      es: 'Acceso a servicios básicos',
      ar: 'الحصول على الخدمات الأساسية',
      ru: 'Доступ к базовым услугам',
      zh: '获得基本服务',
    },
    titles: { en: 'Provide access to basic services for migrants' },
  },
  {
    number: 16,
    labels: {
      en: 'Inclusion and social cohesion',
      fr: 'Intégration et cohésion sociale',
      es: 'Inclusión y cohesión social',
      ar: 'الإدماج والتماسك الاجتماعي',
      ru: 'Интеграция и социальная сплоченность',
      zh: '包容和社会凝聚力',
    },
    titles: { en: 'Empower migrants and societies to realize full inclusion and social cohesion' },
  },
  {
    number: 17,
    labels: {
      en: 'Eliminate discrimination',
      fr: 'Éliminer les discriminations',
      es: 'Eliminar la discriminación',
      ar: 'القضاء على التمييز',
      ru: 'Ликвидация дискриминации',
      zh: '消除歧视',
    },
    titles: {
      en: 'Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration',
    },
  },
  {
    number: 18,
    labels: {
      en: 'Skills development and recognition',
      fr: 'Perfectionnement et reconnaissance des qualifications',
      es: 'Desarrollo y reconocimiento de competencias',
      ar: 'تنمية المهارات والاعتراف بها',
      ru: 'Развитие и признание навыков',
      zh: '技能发展和认可',
    },
    titles: {
      en: 'Invest in skills development and facilitate mutual recognition of skills, qualifications and competences',
    },
  },
  {
    number: 19,
    labels: {
      en: 'Migrant and diaspora contributions',
      fr: 'Contributions des migrants et diaspora',
      es: 'Contribuciones de los migrantes y las diásporas',
      ar: 'مساهمات المهاجرين والمغتربين',
      ru: 'Вклад мигрантов и диаспор',
      zh: '移民和侨民的贡献',
    },
    titles: {
      en: 'Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries',
    },
  },
  {
    number: 20,
    labels: { en: 'Remittances', fr: 'Envois de fonds', es: 'Remesas', ar: 'التحويلات المالية', ru: 'Денежные переводы', zh: '汇款' },
    titles: { en: 'Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants' },
  },
  {
    number: 21,
    labels: {
      en: 'Dignified return and reintegration',
      fr: 'Retour digne et réintégration durable',
      es: 'Retorno digno y reintegración sostenible',
      ar: 'العودة الكريمة وإعادة الإدماج المستدام',
      ru: 'Достойное возвращение и устойчивая реинтеграция',
      zh: '有尊严的返回和可持续的重新融入',
    },
    titles: {
      en: 'Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration',
    },
  },
  {
    number: 22,
    labels: {
      en: 'Social protection',
      fr: 'Protection sociale',
      es: 'Protección social',
      ar: 'الحماية الاجتماعية',
      ru: 'Социальная защита',
      zh: '社会保护',
    },
    titles: {
      en: 'Establish mechanisms for the portability of social security entitlements and earned benefits',
    },
  },
  {
    number: 23,
    labels: {
      en: 'International cooperation',
      fr: 'Coopération internationale',
      es: 'Cooperación internacional',
      ar: 'التعاون الدولي',
      ru: 'Международное сотрудничество',
      zh: '国际合作',
    },
    titles: {
      en: 'Strengthen international cooperation and global partnerships for safe, orderly and regular migration',
    },
  },
];
