// <mnh-expert-finder>'s interface text, by language.
import { Translations } from '../../../internal/i18n.js';
import type { CommonStrings } from '../../../internal/strings/index.js';
import en from './en.js';
import type { ExpertFinderStrings } from './en.js';

export type { ExpertFinderStrings } from './en.js';
export type ExpertFinderText = CommonStrings & ExpertFinderStrings;

export const expertFinderStrings = new Translations<ExpertFinderStrings>(en, {
  ar: () => import('./ar.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  ru: () => import('./ru.js'),
  zh: () => import('./zh.js'),
});
