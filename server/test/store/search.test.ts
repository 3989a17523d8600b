// Full-text search of practices: ranking by field, word forms, hostile input, Chinese, and the ranking window.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../src/seed/index.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { RANK_WINDOW } from '../../src/store/sqlite/relevance.js';
import type { PracticeQuery, Store } from '../../src/store/types.js';
import { ids, practice, storeWith, walk } from './support.js';

const inBody = practice({ id: 'prc_body000001', title: 'Community support', description: 'Help with remittances at home.' });
const inTitle = practice({ id: 'prc_title00001', title: 'Remittances for families', description: 'Support at home.' });
const inOrganisation = practice({
  id: 'prc_org0000001',
  title: 'Financial literacy',
  organisation: { name: 'Remittances Network', kind: 'civil-society' },
});
const inSummary = practice({ id: 'prc_summary001', title: 'Mobile money', summary: 'Cheaper remittances by phone.' });
const accented = practice({ id: 'prc_accent0001', title: 'Migración laboral y retorno', language: 'es' });
const chinese = practice({ id: 'prc_chinese001', title: '为移民家庭提供社区支持', summary: '保护移民的人权和福祉。', language: 'zh' });
const hidden = practice({ id: 'prc_hidden0001', state: 'in-review', title: 'Remittances draft never shown' });

let store: Store;
beforeAll(async () => {
  store = await storeWith([inBody, inTitle, inOrganisation, inSummary, accented, chinese, hidden]);
});
afterAll(() => store.close());

async function search(q: string, extra: Partial<PracticeQuery> = {}): Promise<string[]> {
  const page = await store.practices.list({ q, sort: 'relevance', limit: 50, ...extra });
  return ids(page.items);
}

describe('practice search', () => {
  it('ranks a title match first, then summary, then body and organisation', async () => {
    const found = await search('remittances');
    expect(found.slice(0, 2)).toEqual(['prc_title00001', 'prc_summary001']);
    expect(found.slice(2).sort()).toEqual(['prc_body000001', 'prc_org0000001']);
  });

  it('never finds an unpublished practice', async () => {
    expect(await search('draft')).toEqual([]);
    expect(await search('remittances')).not.toContain('prc_hidden0001');
  });

  it('finds other forms of a word and ignores accents and case', async () => {
    expect(await search('remittance')).toContain('prc_title00001');
    expect(await search('FAMILY')).toEqual(['prc_title00001']);
    expect(await search('migracion')).toEqual(['prc_accent0001']);
    expect(await search('MIGRACIÓN')).toEqual(['prc_accent0001']);
  });

  it('needs every word to match', async () => {
    expect(await search('remittances families')).toEqual(['prc_title00001']);
    expect(await search('remittances nowhere')).toEqual([]);
  });

  it('finds a Chinese word inside a sentence', async () => {
    expect(await search('移民')).toEqual(['prc_chinese001']);
    expect(await search('人权')).toEqual(['prc_chinese001']);
    expect(await search('社区支持')).toEqual(['prc_chinese001']);
  });

  it.each([
    'remittances OR support',
    '"remittances',
    'title:remittances',
    'remittances*',
    'NEAR(remittances support)',
    'remittances AND NOT support',
    '^remittances',
    "remittances'; DROP TABLE practice; --",
    '(((',
    '-remittances',
  ])('treats %j as text, never as query syntax', async (q) => {
    const page = await store.practices.list({ q, sort: 'relevance', limit: 10 });
    expect(page.total).toBe(page.items.length);
    expect(await store.practices.count()).toBe(7);
  });

  it('text without any word matches nothing', async () => {
    for (const q of ['!!!', '   ', '""', '—']) {
      expect(await store.practices.list({ q, sort: 'relevance', limit: 10 })).toEqual({ items: [], total: 0, nextCursor: null });
    }
  });

  it('works with newest and title sorts too', async () => {
    expect((await search('remittances', { sort: 'title' })).sort()).toEqual((await search('remittances')).sort());
    expect(await search('remittances', { sort: 'title' })).toEqual(['prc_body000001', 'prc_org0000001', 'prc_summary001', 'prc_title00001']);
  });
});

describe('relevance beyond the ranking window', () => {
  let big: Store;
  const common = { q: 'migrants', sort: 'relevance' } as const;
  beforeAll(async () => {
    big = await openSqliteStore(':memory:');
    await seed(big, { practices: RANK_WINDOW + 600, experts: 0 });
  });
  afterAll(() => big.close());

  it('lists every match exactly once when there are more than the window ranks', async () => {
    const first = await big.practices.list({ ...common, limit: 10 });
    expect(first.total).toBeGreaterThan(RANK_WINDOW);
    const walked = await walk((cursor) => big.practices.list({ ...common, limit: 100, cursor }));
    expect(walked.items).toHaveLength(first.total);
    expect(new Set(ids(walked.items)).size).toBe(first.total);
    const byNewest = await walk((cursor) => big.practices.list({ q: 'migrants', sort: 'newest', limit: 100, cursor }));
    expect(new Set(ids(walked.items))).toEqual(new Set(ids(byNewest.items)));
  });

  it('ranks the window first, then lists older matches from the newest down', async () => {
    const walked = await walk((cursor) => big.practices.list({ ...common, limit: 100, cursor }));
    const tail = walked.items.slice(RANK_WINDOW);
    expect(tail.length).toBeGreaterThan(0);
    // The seed publishes in insertion order, so the unranked tail runs newest first.
    const dates = tail.map((p) => p.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
    const windowDates = walked.items.slice(0, RANK_WINDOW).map((p) => p.publishedAt);
    expect(windowDates.every((d) => d >= (dates[0] ?? ''))).toBe(true);
  });

  it('gives the same order at any page size, also with a filter', async () => {
    const query: PracticeQuery = { ...common, region: ['africa', 'europe', 'asia', 'global'], limit: 100 };
    const large = await walk((cursor) => big.practices.list({ ...query, cursor }));
    expect(large.total).toBeGreaterThan(0);
    const small = await walk((cursor) => big.practices.list({ ...query, limit: 37, cursor }));
    expect(ids(small.items)).toEqual(ids(large.items));
  });
});

describe('a small ranking window', () => {
  let small: Store;
  beforeAll(async () => {
    small = await openSqliteStore(':memory:', { rankWindow: 25 });
    await seed(small, { practices: 300, experts: 0 });
  });
  afterAll(() => small.close());

  it.each<[string, Omit<PracticeQuery, 'limit' | 'cursor'>]>([
    ['a common word', { q: 'migrants', sort: 'relevance' }],
    ['two words and filters', { q: 'local authorities', sort: 'relevance', region: ['africa', 'asia', 'americas'], scope: ['national', 'local'] }],
  ])('%s: every match once, ranked window first, at any page size', async (_name, query) => {
    const whole = await walk((cursor) => small.practices.list({ ...query, limit: 100, cursor }));
    expect(whole.total).toBeGreaterThan(25);
    expect(new Set(ids(whole.items)).size).toBe(whole.total);
    const unfiltered = await walk((cursor) => small.practices.list({ ...query, sort: 'newest', limit: 100, cursor }));
    expect(new Set(ids(whole.items))).toEqual(new Set(ids(unfiltered.items)));
    for (const limit of [1, 4, 25, 26]) {
      const paged = await walk((cursor) => small.practices.list({ ...query, limit, cursor }));
      expect(ids(paged.items)).toEqual(ids(whole.items));
    }
    const tail = whole.items.slice(25).map((p) => p.publishedAt);
    expect(tail).toEqual([...tail].sort().reverse());
  });
});
