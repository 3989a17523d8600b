// <mnh-sign-in>'s interface text, by language.
import { Translations } from '../../../internal/i18n.js';
import type { CommonStrings } from '../../../internal/strings/index.js';
import en from './en.js';
import type { SignInStrings } from './en.js';

export type { SignInStrings } from './en.js';
export type SignInText = CommonStrings & SignInStrings;

export const signInStrings = new Translations<SignInStrings>(en, {
  ar: () => import('./ar.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  ru: () => import('./ru.js'),
  zh: () => import('./zh.js'),
});
