// The demo's approved translations: a few English practices and resources also in French, Spanish, Arabic and Chinese.
import type { TranslationLanguage } from '../store/translation-types.js';
import type { Store } from '../store/types.js';
import { practiceRecord } from './practices.js';
import { resourceRecord } from './resources.js';

/** What the first English practices (and resources) are translated into, in order. */
const PRACTICE_PLAN: readonly (readonly TranslationLanguage[])[] = [['fr', 'es', 'ar'], ['fr'], ['ar', 'zh'], ['es', 'ru']];
const RESOURCE_PLAN: readonly (readonly TranslationLanguage[])[] = [['fr', 'ar'], ['es']];

/** Fixed, so the demo data never depends on the day it was seeded. */
const APPROVED_AT = '2025-11-01T09:00:00.000Z';

/** The first published numbers whose record is written in English, one per planned item. */
function englishOnes(count: number, published: number, languageOf: (n: number) => string): number[] {
  const found: number[] = [];
  for (let n = 0; n < published && found.length < count; n++) if (languageOf(n) === 'en') found.push(n);
  return found;
}

/**
 * The "translation" is the same generated item written in the target language from the seed's
 * phrasebooks (same places, organisations and years): demo text, not a literal translation.
 */
export async function seedTranslations(store: Store, practices: number, resources: number): Promise<void> {
  const base = { translatorId: 'system', state: 'approved' as const, at: APPROVED_AT };
  const practiceNumbers = englishOnes(PRACTICE_PLAN.length, practices, (n) => practiceRecord(n, practices, 'published').language);
  for (const [i, n] of practiceNumbers.entries()) {
    const original = practiceRecord(n, practices, 'published');
    for (const language of PRACTICE_PLAN[i] ?? []) {
      const text = practiceRecord(n, practices, 'published', language);
      const { title, summary, description, results, lessonsLearned } = text;
      await store.translations.propose({ ...base, kind: 'practice', item: original.id, language, title, summary, description, results, lessonsLearned });
    }
  }
  const resourceNumbers = englishOnes(RESOURCE_PLAN.length, resources, (n) => resourceRecord(n, resources, 'published').language);
  for (const [i, n] of resourceNumbers.entries()) {
    const original = resourceRecord(n, resources, 'published');
    for (const language of RESOURCE_PLAN[i] ?? []) {
      const { title, summary, description } = resourceRecord(n, resources, 'published', language);
      await store.translations.propose({ ...base, kind: 'resource', item: original.id, language, title, summary, description });
    }
  }
}
