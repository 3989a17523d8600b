// <mnh-expert-finder>'s contact form text, by language; loaded with the form, never before.
import { Translations } from '../../../internal/i18n.js';
import en from './en.js';
import type { ContactStrings } from './en.js';

export type { ContactStrings } from './en.js';

export const contactStrings = new Translations<ContactStrings>(en, {
  ar: () => import('./ar.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  ru: () => import('./ru.js'),
  zh: () => import('./zh.js'),
});
