// Shapes shared by the taxonomy's data modules: labels per UI language, English always present.
import type { UiLanguage } from '../store/types.js';

export const UI_LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const satisfies readonly UiLanguage[];

/** A label in each UI language it is known in; English is the fallback and so is required. */
export type Labels = { en: string } & Partial<Record<UiLanguage, string>>;

/** One entry of a vocabulary as it is loaded into the store's editable taxonomy tables. */
export interface TaxonomyTerm {
  vocabulary: Vocabulary;
  key: string;
  labels: Labels;
  /** Full titles, for objectives only. */
  titles?: Labels;
  /** The region a country belongs to. */
  region?: string;
  /** Whether an organisation kind counts as a UN entity for reviewer balance. */
  unEntity?: boolean;
}

export type Vocabulary =
  | 'objective'
  | 'principle'
  | 'theme'
  | 'region'
  | 'country'
  | 'language'
  | 'organisation-kind'
  | 'scope'
  | 'status'
  | 'resource-type';

const namers = new Map<string, Intl.DisplayNames>();

function namer(lang: UiLanguage, type: 'region' | 'language'): Intl.DisplayNames {
  const id = `${lang}:${type}`;
  let found = namers.get(id);
  if (!found) {
    found = new Intl.DisplayNames(lang, { type, fallback: 'none' });
    namers.set(id, found);
  }
  return found;
}

/** Labels for `code` in every UI language from the runtime's CLDR data (Intl.DisplayNames). */
export function displayNames(type: 'region' | 'language', code: string): Labels {
  const labels: Partial<Record<UiLanguage, string>> = {};
  for (const lang of UI_LANGUAGES) {
    const label = namer(lang, type).of(code);
    if (label !== undefined) labels[lang] = label;
  }
  return { ...labels, en: labels.en ?? code };
}
