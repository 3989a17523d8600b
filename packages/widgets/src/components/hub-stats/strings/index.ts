// <mnh-hub-stats>'s interface text, by language.
import { Translations } from '../../../internal/i18n.js';
import en from './en.js';
import type { HubStatsStrings } from './en.js';

export type { HubStatsStrings } from './en.js';

export const hubStatsStrings = new Translations<HubStatsStrings>(en, {
  ar: () => import('./ar.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  ru: () => import('./ru.js'),
  zh: () => import('./zh.js'),
});
