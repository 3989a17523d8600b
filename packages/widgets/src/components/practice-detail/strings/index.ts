// <mnh-practice-detail>'s interface text, by language.
import { Translations } from '../../../internal/i18n.js';
import en from './en.js';
import type { PracticeDetailStrings } from './en.js';

export type { PracticeDetailStrings } from './en.js';

export const practiceDetailStrings = new Translations<PracticeDetailStrings>(en, {
  ar: () => import('./ar.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  ru: () => import('./ru.js'),
  zh: () => import('./zh.js'),
});
