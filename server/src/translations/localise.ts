// Serves a practice or resource in the language asked for: its approved translation there, else the original.
import type { Store } from '../store/types.js';
import type { Translation, TranslationKind, TranslationLanguage } from '../store/translation-types.js';

/** What every translatable item carries, in full or summarised. */
interface Translatable {
  id: string;
  language: string;
  title: string;
  summary: string;
}

/** The fields a translation replaces; anything it does not carry (a resource's results) stays. */
function textOf(translation: Translation, hasDescription: boolean): Record<string, string> {
  return {
    title: translation.title,
    summary: translation.summary,
    ...(hasDescription ? { description: translation.description } : {}),
    ...(translation.results === undefined ? {} : { results: translation.results }),
    ...(translation.lessonsLearned === undefined ? {} : { lessonsLearned: translation.lessonsLearned }),
  };
}

/**
 * `item` in `language` when a curator approved a translation into it, else as written; either way
 * with `language` (served), `originalLanguage` and `translations` (the other languages there are).
 * An item written in `language` is served as written, even if it somehow has a translation.
 */
export function inLanguage<T extends Translatable>(item: T, approved: readonly Translation[], language: TranslationLanguage): T {
  const translations = approved.map((t) => t.language).filter((l) => l !== item.language);
  const chosen = item.language === language ? undefined : approved.find((t) => t.language === language);
  const base = { ...item, originalLanguage: item.language, translations };
  if (!chosen) return base;
  return { ...base, ...textOf(chosen, 'description' in item), language: chosen.language };
}

/** One item, full: its approved translations are read once, for the chosen text and the list of languages. */
export async function localised<T extends Translatable>(store: Store, kind: TranslationKind, item: T, language: TranslationLanguage): Promise<T> {
  return inLanguage(item, await store.translations.approved(kind, item.id), language);
}

/** A page of summaries: one indexed read for the whole page, whatever its length. */
export async function localisedPage<T extends Translatable>(
  store: Store,
  kind: TranslationKind,
  items: readonly T[],
  language: TranslationLanguage,
): Promise<T[]> {
  const approved = await store.translations.summariesOf(kind, items.map((item) => item.id));
  return items.map((item) => {
    const texts = approved.get(item.id) ?? [];
    const translations = texts.map((t) => t.language).filter((l) => l !== item.language);
    const chosen = item.language === language ? undefined : texts.find((t) => t.language === language);
    const base = { ...item, originalLanguage: item.language, translations };
    return chosen ? { ...base, title: chosen.title, summary: chosen.summary, language: chosen.language } : base;
  });
}
