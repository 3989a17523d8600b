// <mnh-resource-list>'s interface text, by language.
import { Translations } from '../../../internal/i18n.js';
import en from './en.js';
import type { ResourceListStrings } from './en.js';

export type { ResourceListStrings } from './en.js';

export const resourceListStrings = new Translations<ResourceListStrings>(en, {
  ar: () => import('./ar.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  ru: () => import('./ru.js'),
  zh: () => import('./zh.js'),
});
