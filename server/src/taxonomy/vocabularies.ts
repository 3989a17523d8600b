// Small closed vocabularies: kinds of organisation, geographic scopes and implementation statuses.
import type { ImplementationStatus, OrganisationKind, Scope } from '../store/types.js';
import type { Labels } from './labels.js';

/** `unEntity` drives reviewer balance (at least one UN and one non-UN reviewer per practice). */
export const ORGANISATION_KINDS: readonly { key: OrganisationKind; unEntity: boolean; labels: Labels }[] = [
  {
    key: 'un-entity',
    unEntity: true,
    labels: {
      en: 'UN entity',
      fr: 'Entité des Nations Unies',
      es: 'Entidad de las Naciones Unidas',
      ar: 'كيان تابع للأمم المتحدة',
      ru: 'Структура Организации Объединенных Наций',
      zh: '联合国实体',
    },
  },
  {
    key: 'member-state',
    unEntity: false,
    labels: {
      en: 'Member State (government)',
      fr: 'État Membre (gouvernement)',
      es: 'Estado Miembro (gobierno)',
      ar: 'دولة عضو (حكومة)',
      ru: 'Государство-член (правительство)',
      zh: '会员国（政府）',
    },
  },
  {
    key: 'regional-body',
    unEntity: false,
    labels: { en: 'Regional body', fr: 'Organisme régional', es: 'Organismo regional', ar: 'هيئة إقليمية', ru: 'Региональный орган', zh: '区域机构' },
  },
  {
    key: 'civil-society',
    unEntity: false,
    labels: { en: 'Civil society', fr: 'Société civile', es: 'Sociedad civil', ar: 'المجتمع المدني', ru: 'Гражданское общество', zh: '民间社会' },
  },
  {
    key: 'academia',
    unEntity: false,
    labels: { en: 'Academia', fr: 'Milieu universitaire', es: 'Sector académico', ar: 'الأوساط الأكاديمية', ru: 'Научные круги', zh: '学术界' },
  },
  {
    key: 'private-sector',
    unEntity: false,
    labels: { en: 'Private sector', fr: 'Secteur privé', es: 'Sector privado', ar: 'القطاع الخاص', ru: 'Частный сектор', zh: '私营部门' },
  },
  {
    key: 'trade-union',
    unEntity: false,
    labels: { en: 'Trade union', fr: 'Syndicat', es: 'Sindicato', ar: 'نقابة عمالية', ru: 'Профсоюз', zh: '工会' },
  },
  {
    key: 'migrant-organisation',
    unEntity: false,
    labels: {
      en: 'Migrant or diaspora organisation',
      fr: 'Organisation de migrants ou de la diaspora',
      es: 'Organización de migrantes o de la diáspora',
      ar: 'منظمة للمهاجرين أو المغتربين',
      ru: 'Организация мигрантов или диаспоры',
      zh: '移民或侨民组织',
    },
  },
  {
    key: 'other',
    unEntity: false,
    labels: { en: 'Other', fr: 'Autre', es: 'Otro', ar: 'أخرى', ru: 'Другое', zh: '其他' },
  },
];

export const SCOPES: readonly { key: Scope; labels: Labels }[] = [
  { key: 'local', labels: { en: 'Local', fr: 'Local', es: 'Local', ar: 'محلي', ru: 'Местный', zh: '地方' } },
  { key: 'national', labels: { en: 'National', fr: 'National', es: 'Nacional', ar: 'وطني', ru: 'Национальный', zh: '国家' } },
  { key: 'regional', labels: { en: 'Regional', fr: 'Régional', es: 'Regional', ar: 'إقليمي', ru: 'Региональный', zh: '区域' } },
  { key: 'global', labels: { en: 'Global', fr: 'Mondial', es: 'Mundial', ar: 'عالمي', ru: 'Глобальный', zh: '全球' } },
];

export const STATUSES: readonly { key: ImplementationStatus; labels: Labels }[] = [
  { key: 'completed', labels: { en: 'Completed', fr: 'Achevé', es: 'Finalizado', ar: 'مكتمل', ru: 'Завершено', zh: '已完成' } },
  {
    key: 'mostly-completed',
    labels: { en: 'Mostly completed', fr: 'Presque achevé', es: 'Casi finalizado', ar: 'مكتمل في معظمه', ru: 'Почти завершено', zh: '基本完成' },
  },
  { key: 'ongoing', labels: { en: 'Ongoing', fr: 'En cours', es: 'En curso', ar: 'جارٍ', ru: 'Продолжается', zh: '进行中' } },
];
