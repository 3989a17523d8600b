// The demo's seeded translations: a few English practices and resources readable in French, Spanish, Arabic and Chinese.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Practice, PracticeSummary, Resource, ResourceSummary, Store } from '../../src/store/types.js';
import { call } from '../helpers/contract-check.js';
import { appOn, seededStore } from '../helpers/hub.js';

let store: Store;
let app: ReturnType<typeof appOn>;
beforeAll(async () => {
  store = await seededStore();
  app = appOn(store);
});
afterAll(() => store.close());

/** Every published item of a list, in English, page after page. */
async function every<T>(list: 'practices' | 'resources'): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const res = await call(app, `/v1/${list}?limit=100&lang=en${cursor ? `&cursor=${cursor}` : ''}`);
    const page = res.json as { items: T[]; nextCursor: string | null };
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

describe('seeded translations', () => {
  it('are approved for a few English practices, each readable in its languages', async () => {
    const translated = (await every<PracticeSummary>('practices')).filter((p) => (p.translations ?? []).length > 0);
    expect(translated.length).toBe(4);
    expect(translated.flatMap((p) => p.translations).sort()).toEqual(['ar', 'ar', 'es', 'es', 'fr', 'fr', 'ru', 'zh']);
    for (const summary of translated) {
      expect(summary.originalLanguage).toBe('en');
      const english = (await call(app, `/v1/practices/${summary.slug}?lang=en`)).json as Practice;
      for (const language of summary.translations ?? []) {
        const res = await call(app, `/v1/practices/${summary.slug}?lang=${language}`);
        const practice = res.json as Practice;
        expect(res.headers.get('Content-Language')).toBe(language);
        expect(practice.language).toBe(language);
        expect(practice.title).not.toBe(english.title);
        expect(practice.description).not.toBe(english.description);
        expect(practice.countries).toEqual(english.countries);
      }
    }
  });

  it('include resources, all approved by the seed', async () => {
    const translated = (await every<ResourceSummary>('resources')).filter((r) => (r.translations ?? []).length > 0);
    expect(translated.flatMap((r) => r.translations).sort()).toEqual(['ar', 'es', 'fr']);
    const inFrench = translated.find((r) => r.translations?.includes('fr'))!;
    const french = (await call(app, `/v1/resources/${inFrench.slug}?lang=fr`)).json as Resource;
    expect(french).toMatchObject({ language: 'fr', originalLanguage: 'en' });
    expect(french.title).not.toBe(inFrench.title);
    expect((await store.translations.list({ state: 'approved', limit: 100 })).every((t) => t.translatorId === 'system')).toBe(true);
  });
});
