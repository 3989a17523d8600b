// The experts directory on the SQLite store: filters, name order, search and paging.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../src/seed/index.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { InvalidCursorError, type ExpertQuery, type Store } from '../../src/store/types.js';
import { expert, ids, storeWith, walk } from './support.js';

const amina = expert({
  id: 'exp_amina00001',
  name: 'Amina Zeller',
  title: 'Remittances economist',
  expertise: { objectives: [20], themes: ['regular-migration'] },
  regions: ['africa'],
  countries: ['SEN'],
  languages: ['fr', 'en'],
});
const bruno = expert({
  id: 'exp_bruno00001',
  name: 'bruno Álvarez',
  bio: 'Fictional profile for demonstration. Works on remittances and diaspora bonds.',
  expertise: { objectives: [19], themes: [] },
  regions: ['americas', 'global'],
  countries: ['MEX'],
  languages: ['es'],
});
const chen = expert({
  id: 'exp_chen000001',
  name: 'Chen Abara',
  organisation: { name: 'Remittances Institute', kind: 'academia' },
  expertise: { objectives: [7], themes: ['protection'] },
  regions: ['asia'],
  countries: ['CHN'],
  languages: ['zh', 'en'],
});

let store: Store;
beforeAll(async () => {
  store = await storeWith([], [amina, bruno, chen]);
});
afterAll(() => store.close());

async function found(query: Omit<ExpertQuery, 'limit'>): Promise<string[]> {
  const page = await store.experts.list({ limit: 50, ...query });
  expect(page.total).toBe(page.items.length);
  return ids(page.items);
}

describe('experts', () => {
  it('are listed by name, ignoring case and accents', async () => {
    expect(await found({})).toEqual([amina.id, bruno.id, chen.id]);
  });

  it('expertise matches an objective number or a cluster key, any of them', async () => {
    expect(await found({ expertise: ['20'] })).toEqual([amina.id]);
    expect(await found({ expertise: ['protection'] })).toEqual([chen.id]);
    expect(await found({ expertise: ['19', 'protection'] })).toEqual([bruno.id, chen.id]);
    expect(await found({ expertise: ['20', 'regular-migration'] })).toEqual([amina.id]);
    expect(await found({ expertise: ['1'] })).toEqual([]);
  });

  it('region, country and language match any value, and filters combine', async () => {
    expect(await found({ region: ['global'] })).toEqual([bruno.id]);
    expect(await found({ region: ['asia', 'africa'] })).toEqual([amina.id, chen.id]);
    expect(await found({ country: ['MEX', 'SEN'] })).toEqual([amina.id, bruno.id]);
    expect(await found({ language: ['en'] })).toEqual([amina.id, chen.id]);
    expect(await found({ language: ['en'], region: ['asia'] })).toEqual([chen.id]);
    expect(await found({ language: ['en'], expertise: ['19'] })).toEqual([]);
  });

  it('search ranks a name or title match before a bio match', async () => {
    const page = await store.experts.list({ q: 'remittances', limit: 10 });
    expect(ids(page.items)[0]).toBe(amina.id);
    expect(ids(page.items).slice(1).sort()).toEqual([bruno.id, chen.id]);
    expect(await found({ q: 'alvarez' })).toEqual([bruno.id]);
    expect(await found({ q: 'remittances', language: ['zh'] })).toEqual([chen.id]);
  });

  it('get returns the public profile, or null', async () => {
    expect((await store.experts.get(amina.id))?.name).toBe('Amina Zeller');
    expect(await store.experts.get('exp_nobody0001')).toBeNull();
  });
});

describe('expert pages', () => {
  let many: Store;
  beforeAll(async () => {
    many = await openSqliteStore(':memory:');
    await seed(many, { practices: 0, experts: 400 });
  });
  afterAll(() => many.close());

  it.each<[string, Omit<ExpertQuery, 'limit' | 'cursor'>]>([
    ['by name', {}],
    ['with filters', { region: ['asia', 'africa'], expertise: ['5', 'protection'] }],
    ['searched', { q: 'migration' }],
  ])('%s: walking all pages returns every match once, at any page size', async (_name, query) => {
    const whole = await walk((cursor) => many.experts.list({ ...query, limit: 100, cursor }));
    expect(whole.total).toBeGreaterThan(0);
    expect(new Set(ids(whole.items)).size).toBe(whole.total);
    const paged = await walk((cursor) => many.experts.list({ ...query, limit: 9, cursor }));
    expect(ids(paged.items)).toEqual(ids(whole.items));
  });

  it('refuses a cursor made for other filters', async () => {
    const first = await many.experts.list({ limit: 5, region: ['asia'] });
    await expect(many.experts.list({ limit: 5, region: ['europe'], cursor: first.nextCursor ?? '' })).rejects.toBeInstanceOf(
      InvalidCursorError,
    );
  });
});
