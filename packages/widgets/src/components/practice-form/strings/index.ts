// <mnh-practice-form>'s interface text, by language.
import { Translations } from '../../../internal/i18n.js';
import type { CommonStrings } from '../../../internal/strings/index.js';
import en from './en.js';
import type { PracticeFormStrings } from './en.js';

export type { PracticeFormStrings } from './en.js';
export type FormText = CommonStrings & PracticeFormStrings;

export const practiceFormStrings = new Translations<PracticeFormStrings>(en, {
  ar: () => import('./ar.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  ru: () => import('./ru.js'),
  zh: () => import('./zh.js'),
});
