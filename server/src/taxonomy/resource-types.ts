// The kinds of resource in the tools and library, labelled in the six UN languages.
import type { ResourceType } from '../store/types.js';
import type { Labels } from './labels.js';

/** In the order the library lists them; the live Hub's own types, with `other` for the rest. */
export const RESOURCE_TYPES: readonly { key: ResourceType; labels: Labels }[] = [
  { key: 'tool', labels: { en: 'Tool', fr: 'Outil', es: 'Herramienta', ar: 'أداة', ru: 'Инструмент', zh: '工具' } },
  { key: 'guidance', labels: { en: 'Guidance', fr: 'Orientations', es: 'Orientaciones', ar: 'إرشادات', ru: 'Руководство', zh: '指南' } },
  { key: 'publication', labels: { en: 'Publication', fr: 'Publication', es: 'Publicación', ar: 'منشور', ru: 'Публикация', zh: '出版物' } },
  {
    key: 'training',
    labels: {
      en: 'Training material',
      fr: 'Matériel de formation',
      es: 'Material de capacitación',
      ar: 'مواد تدريبية',
      ru: 'Учебные материалы',
      zh: '培训材料',
    },
  },
  { key: 'multimedia', labels: { en: 'Multimedia', fr: 'Multimédia', es: 'Multimedia', ar: 'وسائط متعددة', ru: 'Мультимедиа', zh: '多媒体' } },
  { key: 'dataset', labels: { en: 'Dataset', fr: 'Jeu de données', es: 'Conjunto de datos', ar: 'مجموعة بيانات', ru: 'Набор данных', zh: '数据集' } },
  { key: 'other', labels: { en: 'Other', fr: 'Autre', es: 'Otro', ar: 'أخرى', ru: 'Другое', zh: '其他' } },
];
