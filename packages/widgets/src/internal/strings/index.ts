// The shared interface text, by language.
import { Translations } from '../i18n.js';
import en from './en.js';
import type { CommonStrings } from './en.js';

export type { CommonStrings } from './en.js';

export const commonStrings = new Translations<CommonStrings>(en, {
  ar: () => import('./ar.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  ru: () => import('./ru.js'),
  zh: () => import('./zh.js'),
});
