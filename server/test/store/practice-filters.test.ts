// Every practice filter on the SQLite store: any of a filter's values, all filters together.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PracticeQuery, Store } from '../../src/store/types.js';
import { ids, practice, storeWith } from './support.js';

const kenya = practice({ id: 'prc_kenya00001', objectives: [5, 6], regions: ['africa'], countries: ['KEN'], scope: 'local' });
const brazil = practice({
  id: 'prc_brazil0001',
  objectives: [6],
  principles: ['child-sensitive', 'gender-responsive'],
  themes: ['regular-migration'],
  regions: ['americas'],
  countries: ['BRA'],
  language: 'es',
  otherLanguages: ['pt'],
  implementation: { startYear: 2015, endYear: 2017, status: 'completed' },
});
const nepal = practice({
  id: 'prc_nepal00001',
  objectives: [21],
  principles: ['whole-of-society'],
  themes: ['irregular-migration', 'protection'],
  regions: ['asia'],
  countries: ['NPL', 'IND'],
  scope: 'regional',
  language: 'fr',
  otherLanguages: ['en', 'ar'],
  implementation: { startYear: 2023, endYear: null, status: 'ongoing' },
});
const global = practice({
  id: 'prc_global0001',
  objectives: [23],
  themes: [],
  regions: ['global'],
  countries: [],
  scope: 'global',
  implementation: { startYear: 2019, endYear: 2019, status: 'completed' },
});
const draft = practice({ id: 'prc_draft00001', state: 'draft', objectives: [5, 6, 21, 23], regions: ['africa', 'asia'] });

let store: Store;
beforeAll(async () => {
  store = await storeWith([kenya, brazil, nepal, global, draft]);
});
afterAll(() => store.close());

async function found(filters: Omit<PracticeQuery, 'sort' | 'limit'>): Promise<string[]> {
  const page = await store.practices.list({ sort: 'newest', limit: 100, ...filters });
  expect(page.total).toBe(page.items.length);
  return ids(page.items).sort();
}

describe('practice filters', () => {
  it('without filters lists every published practice and nothing else', async () => {
    expect(await found({})).toEqual(ids([brazil, global, kenya, nepal]).sort());
  });

  it('objective matches any of the given numbers', async () => {
    expect(await found({ objective: [6] })).toEqual(ids([brazil, kenya]).sort());
    expect(await found({ objective: [5, 21] })).toEqual(ids([kenya, nepal]).sort());
    expect(await found({ objective: [22] })).toEqual([]);
  });

  it('principle, theme, region and country match any value', async () => {
    expect(await found({ principle: ['child-sensitive', 'whole-of-society'] })).toEqual(ids([brazil, nepal]).sort());
    expect(await found({ theme: ['protection'] })).toEqual(ids([nepal]));
    expect(await found({ theme: ['regular-migration', 'irregular-migration'] })).toEqual(ids([brazil, nepal]).sort());
    expect(await found({ region: ['global'] })).toEqual(ids([global]));
    expect(await found({ region: ['africa', 'americas'] })).toEqual(ids([brazil, kenya]).sort());
    expect(await found({ country: ['IND'] })).toEqual(ids([nepal]));
    expect(await found({ country: ['KEN', 'BRA'] })).toEqual(ids([brazil, kenya]).sort());
  });

  it('scope matches any of the given scopes', async () => {
    expect(await found({ scope: ['local', 'global'] })).toEqual(ids([global, kenya]).sort());
    expect(await found({ scope: ['regional'] })).toEqual(ids([nepal]));
  });

  it('language matches the text language and the other languages available', async () => {
    expect(await found({ language: ['es'] })).toEqual(ids([brazil]));
    expect(await found({ language: ['pt'] })).toEqual(ids([brazil]));
    expect(await found({ language: ['ar'] })).toEqual(ids([nepal]));
    // Nepal's text is French but it is also available in English.
    expect(await found({ language: ['en'] })).toEqual(ids([global, kenya, nepal]).sort());
  });

  it('a year range keeps practices whose implementation period overlaps it', async () => {
    // kenya 2020–2022, brazil 2015–2017, nepal 2023–ongoing, global 2019–2019.
    expect(await found({ yearFrom: 2018, yearTo: 2020 })).toEqual(ids([global, kenya]).sort());
    expect(await found({ yearFrom: 2017, yearTo: 2017 })).toEqual(ids([brazil]));
    expect(await found({ yearFrom: 2030 })).toEqual(ids([nepal]));
    expect(await found({ yearTo: 2016 })).toEqual(ids([brazil]));
    expect(await found({ yearFrom: 2022 })).toEqual(ids([kenya, nepal]).sort());
  });

  it('different filters must all match', async () => {
    expect(await found({ objective: [6], region: ['africa'] })).toEqual(ids([kenya]));
    expect(await found({ objective: [6], region: ['asia'] })).toEqual([]);
    expect(await found({ objective: [6, 21], language: ['fr'], scope: ['regional'], yearFrom: 2024 })).toEqual(ids([nepal]));
    expect(await found({ objective: [6], language: ['pt'], yearTo: 2016, principle: ['gender-responsive'] })).toEqual(ids([brazil]));
  });

  it('repeating a value or changing the order of values changes nothing', async () => {
    expect(await found({ objective: [21, 5, 5] })).toEqual(await found({ objective: [5, 21] }));
  });

  it('filters combine with full-text search', async () => {
    const store2 = await storeWith([
      practice({ id: 'prc_searchaa01', title: 'Remittance corridors', regions: ['asia'], countries: ['NPL'] }),
      practice({ id: 'prc_searchaa02', title: 'Remittance apps', regions: ['africa'] }),
      practice({ id: 'prc_searchaa03', title: 'Border posts', regions: ['asia'], countries: ['NPL'] }),
    ]);
    for (const sort of ['relevance', 'newest', 'title'] as const) {
      const page = await store2.practices.list({ q: 'remittance', region: ['asia'], sort, limit: 10 });
      expect(ids(page.items)).toEqual(['prc_searchaa01']);
      expect(page.total).toBe(1);
    }
    await store2.close();
  });
});
