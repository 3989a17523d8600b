// <mnh-discussion-list>'s interface text, by language.
import { Translations } from '../../../internal/i18n.js';
import en from './en.js';
import type { DiscussionListStrings } from './en.js';

export type { DiscussionListStrings } from './en.js';

export const discussionListStrings = new Translations<DiscussionListStrings>(en, {
  ar: () => import('./ar.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  ru: () => import('./ru.js'),
  zh: () => import('./zh.js'),
});
