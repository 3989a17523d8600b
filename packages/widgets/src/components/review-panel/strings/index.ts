// <mnh-review-panel>'s interface text, by language.
import { Translations } from '../../../internal/i18n.js';
import type { CommonStrings } from '../../../internal/strings/index.js';
import type { PracticeDetailStrings } from '../../practice-detail/strings/index.js';
import en from './en.js';
import type { ReviewPanelStrings } from './en.js';

export type { ReviewPanelStrings } from './en.js';
/** The panel shows a submission with the practice detail's field names, so it shares that table. */
export type ReviewPanelText = CommonStrings & PracticeDetailStrings & ReviewPanelStrings;

export const reviewPanelStrings = new Translations<ReviewPanelStrings>(en, {
  ar: () => import('./ar.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  ru: () => import('./ru.js'),
  zh: () => import('./zh.js'),
});
