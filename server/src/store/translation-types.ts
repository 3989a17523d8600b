// The storage interface of translations: proposals of a practice's or resource's text in another UN language.
import type { components } from '@mnh/contract';
import type { Notice } from './types.js';

type Schemas = components['schemas'];
export type Translation = Schemas['Translation'];
export type TranslationKind = Schemas['TranslationKind'];
export type TranslationState = Schemas['TranslationState'];
export type TranslationLanguage = Schemas['UiLanguage'];

/** The translatable text of an item; `results` and `lessonsLearned` only for practices. */
export interface TranslatedText {
  title: string;
  summary: string;
  description: string;
  results?: string;
  lessonsLearned?: string;
}

/** What a list page shows of an approved translation. */
export interface TranslatedSummary {
  language: TranslationLanguage;
  title: string;
  summary: string;
}

export interface NewTranslationRecord extends TranslatedText {
  kind: TranslationKind;
  /** The item's id (never its slug). */
  item: string;
  language: TranslationLanguage;
  translatorId: string;
  /** `approved` only for the seed; proposals are `pending`. */
  state: 'pending' | 'approved';
  at: string;
}

export interface TranslationDecisionRecord {
  kind: TranslationKind;
  item: string;
  language: TranslationLanguage;
  approve: boolean;
  checkerId: string;
  reason: string | null;
  at: string;
}

/** Thrown by `propose` when a proposal in that language is already waiting. */
export class PendingTranslationError extends Error {}

export interface TranslationRepository {
  /** Adds a proposal (or, for the seed, an approved text). Throws PendingTranslationError when one is pending. */
  propose(record: NewTranslationRecord): Promise<Translation>;
  /**
   * Decides the pending proposal into `language`, or returns null when there is none. Approving
   * supersedes the language's earlier approved text. The audit entry and the notices `tell`
   * returns are written in the same transaction: with the decision, or not at all.
   */
  decide(decision: TranslationDecisionRecord, tell: (translation: Translation) => Notice[]): Promise<Translation | null>;
  /** The proposal into `language` waiting for a curator, if any. */
  pending(kind: TranslationKind, item: string, language: TranslationLanguage): Promise<Translation | null>;
  /** Approved texts of one item, each language once. */
  approved(kind: TranslationKind, item: string): Promise<Translation[]>;
  /** The approved titles and summaries of many items, every language, by item id: the overlay for list pages. */
  summariesOf(kind: TranslationKind, items: readonly string[]): Promise<Map<string, TranslatedSummary[]>>;
  /** The curators' queue: oldest first. */
  list(query: { state: TranslationState; kind?: TranslationKind; limit: number }): Promise<Translation[]>;
}
