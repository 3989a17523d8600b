// <mnh-hub>'s interface text, by language.
import { Translations } from '../../../internal/i18n.js';
import en from './en.js';
import type { HubStrings } from './en.js';

export type { HubStrings } from './en.js';

export const hubStrings = new Translations<HubStrings>(en, {
  ar: () => import('./ar.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  ru: () => import('./ru.js'),
  zh: () => import('./zh.js'),
});
