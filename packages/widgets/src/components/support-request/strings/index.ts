// <mnh-support-request>'s and <mnh-support-desk>'s interface text, by language.
import { Translations } from '../../../internal/i18n.js';
import en from './en.js';
import type { SupportStrings } from './en.js';

export type { SupportStrings } from './en.js';

export const supportStrings = new Translations<SupportStrings>(en, {
  ar: () => import('./ar.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  ru: () => import('./ru.js'),
  zh: () => import('./zh.js'),
});
