// <mnh-practice-list>'s interface text, by language.
import { Translations } from '../../../internal/i18n.js';
import en from './en.js';
import type { PracticeListStrings } from './en.js';

export type { PracticeListStrings } from './en.js';

export const practiceListStrings = new Translations<PracticeListStrings>(en, {
  ar: () => import('./ar.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  ru: () => import('./ru.js'),
  zh: () => import('./zh.js'),
});
