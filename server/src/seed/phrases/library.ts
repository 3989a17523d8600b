// Template phrases for demo resources of the tools and library, in the six UN languages.
import type { ResourceType, UiLanguage } from '../../store/types.js';

/**
 * What a resource adds to a language's practice phrasebook (whose actions, groups and places it
 * reuses): what each type of resource is called, and title, summary and description templates.
 * Placeholders as in the phrasebook, plus {kind}, the name of the type.
 */
export interface LibraryPhrases {
  kinds: Record<ResourceType, string>;
  titles: readonly string[];
  summaries: readonly string[];
  description: readonly string[];
}

// Russian groups are in the genitive (as in ru.ts), hence "для {group}"; places stand alone.
export const LIBRARY_PHRASES: Record<UiLanguage, LibraryPhrases> = {
  en: {
    kinds: {
      tool: 'Toolkit',
      guidance: 'Guidance note',
      publication: 'Report',
      training: 'Training module',
      multimedia: 'Video series',
      dataset: 'Dataset',
      other: 'Briefing kit',
    },
    titles: ['{kind}: {action} for {group}', '{kind} on {action} in {place}'],
    summaries: [
      'Published by {org} in {year} for practitioners working with {group}, under GCM objective {objective} ({objectiveLabel}).',
      'Practical material from {org} on {action}, drawing on experience in {place}.',
    ],
    description: [
      'It sets out step-by-step guidance, checklists and examples drawn from practice.',
      'The material was tested with {number} practitioners from governments, civil society and international organisations.',
      'Each chapter links the activities to the guiding principles of the Global Compact.',
      'It can be adapted to local contexts and is free to use with attribution.',
      'A short summary for decision-makers accompanies the full text.',
    ],
  },
  fr: {
    kinds: {
      tool: 'Boîte à outils',
      guidance: "Note d'orientation",
      publication: 'Rapport',
      training: 'Module de formation',
      multimedia: 'Série de vidéos',
      dataset: 'Jeu de données',
      other: "Dossier d'information",
    },
    titles: ['{kind} : {action} pour les {group}', '{kind} – {action} ({place})'],
    summaries: [
      "Publication de {org} ({year}) à l'intention des professionnels qui accompagnent les {group}, au titre de l'objectif {objective} du Pacte mondial ({objectiveLabel}).",
      'Un support pratique de {org} sur le thème suivant : {action}. Expérience tirée de : {place}.',
    ],
    description: [
      'Le document propose des orientations pas à pas, des listes de contrôle et des exemples tirés de la pratique.',
      "{number} professionnels des administrations, de la société civile et des organisations internationales l'ont testé.",
      'Chaque chapitre relie les activités aux principes directeurs du Pacte mondial.',
      'Il peut être adapté aux contextes locaux et réutilisé librement avec mention de la source.',
    ],
  },
  es: {
    kinds: {
      tool: 'Caja de herramientas',
      guidance: 'Nota de orientación',
      publication: 'Informe',
      training: 'Módulo de capacitación',
      multimedia: 'Serie de vídeos',
      dataset: 'Conjunto de datos',
      other: 'Dosier informativo',
    },
    titles: ['{kind}: {action} para {group}', '{kind} sobre {action} en {place}'],
    summaries: [
      'Publicación de {org} ({year}) para profesionales que trabajan con {group}, en el marco del objetivo {objective} del Pacto Mundial ({objectiveLabel}).',
      'Material práctico de {org} sobre {action}, basado en la experiencia en {place}.',
    ],
    description: [
      'Ofrece orientaciones paso a paso, listas de verificación y ejemplos extraídos de la práctica.',
      'Fue probado con {number} profesionales de gobiernos, sociedad civil y organizaciones internacionales.',
      'Cada capítulo vincula las actividades con los principios rectores del Pacto Mundial.',
      'Puede adaptarse a los contextos locales y utilizarse libremente citando la fuente.',
    ],
  },
  ar: {
    kinds: {
      tool: 'مجموعة أدوات',
      guidance: 'مذكرة توجيهية',
      publication: 'تقرير',
      training: 'وحدة تدريبية',
      multimedia: 'سلسلة فيديو',
      dataset: 'مجموعة بيانات',
      other: 'ملف إعلامي',
    },
    titles: ['{kind}: {action} لصالح {group}', '{kind} بشأن {action} في {place}'],
    summaries: [
      'منشور صادر عن {org} في عام {year} للعاملين مع {group}، في إطار الهدف {objective} من الاتفاق العالمي ({objectiveLabel}).',
      'مواد عملية من {org} بشأن {action}، مستمدة من التجربة في {place}.',
    ],
    description: [
      'يقدم إرشادات خطوة بخطوة وقوائم مرجعية وأمثلة مستمدة من الممارسة.',
      'جرى اختباره مع {number} من الممارسين من الحكومات والمجتمع المدني والمنظمات الدولية.',
      'يربط كل فصل الأنشطة بالمبادئ التوجيهية للاتفاق العالمي.',
      'يمكن تكييفه مع السياقات المحلية واستخدامه بحرية مع ذكر المصدر.',
    ],
  },
  ru: {
    kinds: {
      tool: 'Набор инструментов',
      guidance: 'Методическая записка',
      publication: 'Доклад',
      training: 'Учебный модуль',
      multimedia: 'Серия видеороликов',
      dataset: 'Набор данных',
      other: 'Информационный пакет',
    },
    titles: ['{kind}: {action} для {group}', '{kind}. {action} ({place})'],
    summaries: [
      'Материал подготовлен организацией «{org}» ({year}) для специалистов, работающих в интересах {group}, в рамках цели {objective} Глобального договора ({objectiveLabel}).',
      'Практическое пособие «{org}»: {action}. Опыт: {place}.',
    ],
    description: [
      'Содержит пошаговые рекомендации, контрольные списки и примеры из практики.',
      'Материал апробирован с участием {number} специалистов из государственных органов, гражданского общества и международных организаций.',
      'Каждая глава связывает мероприятия с руководящими принципами Глобального договора.',
      'Его можно адаптировать к местным условиям и свободно использовать со ссылкой на источник.',
    ],
  },
  zh: {
    kinds: {
      tool: '工具包',
      guidance: '指导说明',
      publication: '报告',
      training: '培训单元',
      multimedia: '系列视频',
      dataset: '数据集',
      other: '简报资料',
    },
    titles: ['{kind}：面向{group}的{action}', '{place}{action}{kind}'],
    summaries: [
      '{org}于{year}年为服务{group}的从业人员编写，对应《全球移民契约》目标{objective}（{objectiveLabel}）。',
      '{org}关于{action}的实用材料，借鉴了{place}的经验。',
    ],
    description: [
      '提供分步骤指导、核对清单以及来自实践的案例。',
      '该材料已由来自政府、民间社会和国际组织的{number}名从业人员试用。',
      '每一章都将相关活动与《全球移民契约》的指导原则联系起来。',
      '可根据当地情况加以调整，注明出处即可免费使用。',
    ],
  },
};
