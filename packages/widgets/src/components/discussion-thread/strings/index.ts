// <mnh-discussion-thread>'s interface text, by language.
import { Translations } from '../../../internal/i18n.js';
import type { CommonStrings } from '../../../internal/strings/index.js';
import en from './en.js';
import type { DiscussionThreadStrings } from './en.js';

export type { DiscussionThreadStrings } from './en.js';
export type DiscussionThreadText = CommonStrings & DiscussionThreadStrings;

export const discussionThreadStrings = new Translations<DiscussionThreadStrings>(en, {
  ar: () => import('./ar.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  ru: () => import('./ru.js'),
  zh: () => import('./zh.js'),
});
