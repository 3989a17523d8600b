// Sorting and cursor pagination of practices: stable orders, every match exactly once, foreign cursors refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../src/seed/index.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { InvalidCursorError, type PracticeQuery, type PracticeSummary, type Store } from '../../src/store/types.js';
import { ids, practice, storeWith, walk } from './support.js';

let store: Store;
beforeAll(async () => {
  store = await openSqliteStore(':memory:');
  await seed(store, { practices: 300, experts: 0 });
});
afterAll(() => store.close());

function walkAll(query: Omit<PracticeQuery, 'cursor'>) {
  return walk((cursor) => store.practices.list({ ...query, cursor }));
}

function isSortedBy<T>(items: T[], key: (item: T) => string, direction: 'asc' | 'desc'): boolean {
  return items.every((item, i) => {
    if (i === 0) return true;
    const [a, b] = [key(items[i - 1] as T), key(item)];
    return direction === 'asc' ? a <= b : a >= b;
  });
}

const QUERIES: [string, Omit<PracticeQuery, 'cursor' | 'limit'>][] = [
  ['newest, no filter', { sort: 'newest' }],
  ['title, no filter', { sort: 'title' }],
  ['newest, a dense filter', { sort: 'newest', region: ['africa', 'asia'] }],
  ['title, a sparse filter', { sort: 'title', objective: [7], scope: ['national'] }],
  ['newest, years and language', { sort: 'newest', yearFrom: 2019, yearTo: 2021, language: ['en', 'fr'] }],
  ['relevance, a common word', { sort: 'relevance', q: 'migrants' }],
  ['relevance, a rarer word with a filter', { sort: 'relevance', q: 'reintegration', region: ['europe', 'asia'] }],
  ['newest, a word', { sort: 'newest', q: 'training' }],
  ['title, two words', { sort: 'title', q: 'local authorities' }],
];

describe('walking all pages', () => {
  it.each(QUERIES)('%s: every match once, same as one big page, at any page size', async (_name, query) => {
    const whole = await store.practices.list({ ...query, limit: 100 });
    const expected = (await walkAll({ ...query, limit: 100 })).items;
    expect(expected.length).toBe(whole.total);
    expect(new Set(ids(expected)).size).toBe(expected.length);
    // Small pages take the other query plans; the order must not depend on them.
    for (const limit of [1, 7, 33]) {
      const walked = await walkAll({ ...query, limit });
      expect(ids(walked.items)).toEqual(ids(expected));
      expect(walked.total).toBe(whole.total);
      expect(walked.pages).toBe(Math.max(1, Math.ceil(whole.total / limit)));
    }
  });

  it('the last page has no cursor, and an empty result has none either', async () => {
    const page = await store.practices.list({ sort: 'newest', limit: 100, objective: [1], region: ['oceania'], country: ['ZZZ'] });
    expect(page).toEqual({ items: [], total: 0, nextCursor: null });
  });
});

describe('sorts', () => {
  it('newest puts the latest publication first, ties broken by id', async () => {
    const { items } = await walkAll({ sort: 'newest', limit: 100 });
    expect(isSortedBy(items, (p) => `${p.publishedAt}|${p.id}`, 'desc')).toBe(true);
    expect(items).toHaveLength(300);
  });

  it('title ignores case and accents, ties broken by id', async () => {
    const local = await storeWith([
      practice({ id: 'prc_titlesort1', title: 'émigration et retour' }),
      practice({ id: 'prc_titlesort2', title: 'Zoning for migrants' }),
      practice({ id: 'prc_titlesort3', title: 'Emigration data' }),
      practice({ id: 'prc_titlesort4', title: 'apprenticeships' }),
      practice({ id: 'prc_titlesort0', title: 'Apprenticeships' }),
    ]);
    const page = await local.practices.list({ sort: 'title', limit: 10 });
    expect(ids(page.items)).toEqual(['prc_titlesort0', 'prc_titlesort4', 'prc_titlesort3', 'prc_titlesort1', 'prc_titlesort2']);
    await local.close();
  });

  it('relevance without words falls back to newest', async () => {
    const relevance = await store.practices.list({ sort: 'relevance', limit: 20 });
    const newest = await store.practices.list({ sort: 'newest', limit: 20 });
    expect(relevance.items).toEqual(newest.items);
  });

  it('a page never holds more than the limit', async () => {
    const page: { items: PracticeSummary[] } = await store.practices.list({ sort: 'title', limit: 3 });
    expect(page.items).toHaveLength(3);
  });
});

describe('cursors', () => {
  async function firstCursor(query: Omit<PracticeQuery, 'cursor'>): Promise<string> {
    const page = await store.practices.list(query);
    if (!page.nextCursor) throw new Error('expected a next page');
    return page.nextCursor;
  }

  it('is opaque base64url text', async () => {
    expect(await firstCursor({ sort: 'newest', limit: 5 })).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('still works with another page size', async () => {
    const cursor = await firstCursor({ sort: 'newest', limit: 5 });
    const next = await store.practices.list({ sort: 'newest', limit: 10, cursor });
    const all = await store.practices.list({ sort: 'newest', limit: 15 });
    expect(ids(next.items)).toEqual(ids(all.items.slice(5)));
  });

  it.each<[string, Omit<PracticeQuery, 'cursor'>, Omit<PracticeQuery, 'cursor'>]>([
    ['another sort', { sort: 'newest', limit: 5 }, { sort: 'title', limit: 5 }],
    ['another filter', { sort: 'newest', limit: 5, region: ['africa'] }, { sort: 'newest', limit: 5, region: ['asia'] }],
    ['a filter added', { sort: 'newest', limit: 5 }, { sort: 'newest', limit: 5, objective: [3] }],
    ['other words', { sort: 'relevance', q: 'migrants', limit: 5 }, { sort: 'relevance', q: 'workers', limit: 5 }],
  ])('made for %s is refused', async (_name, made, used) => {
    const cursor = await firstCursor(made);
    await expect(store.practices.list({ ...used, cursor })).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it('made for experts is refused by practices', async () => {
    const local = await openSqliteStore(':memory:');
    await seed(local, { practices: 10, experts: 30 });
    const experts = await local.experts.list({ limit: 5 });
    await expect(local.practices.list({ sort: 'newest', limit: 5, cursor: experts.nextCursor ?? '' })).rejects.toBeInstanceOf(
      InvalidCursorError,
    );
    await local.close();
  });

  it.each([
    ['not base64url', 'not a cursor!'],
    ['not JSON', Buffer.from('hello').toString('base64url')],
    ['the wrong shape', Buffer.from(JSON.stringify({ a: 1 })).toString('base64url')],
    ['a key of the wrong type', Buffer.from(JSON.stringify(['x', 1, 2])).toString('base64url')],
    ['too long', 'A'.repeat(600)],
    ['empty', ''],
  ])('that is %s is refused', async (_name, cursor) => {
    await expect(store.practices.list({ sort: 'newest', limit: 5, cursor })).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it('edited by hand (same query, forged position) is refused unless well-formed', async () => {
    const cursor = await firstCursor({ sort: 'relevance', q: 'migrants', limit: 5 });
    const [fingerprint] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [string];
    const forged = Buffer.from(JSON.stringify([fingerprint, null, 7, 0, 1])).toString('base64url');
    await expect(store.practices.list({ sort: 'relevance', q: 'migrants', limit: 5, cursor: forged })).rejects.toBeInstanceOf(
      InvalidCursorError,
    );
  });
});
