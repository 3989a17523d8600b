// GET /v1/resources: the tools and library's filters, sorts, paging and refusals, every answer checked against the contract.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/types.js';
import { call } from '../helpers/contract-check.js';
import type { appOn } from '../helpers/hub.js';
import { PLANTED, plantedHub, type ProblemBody, type ResourcePage } from './support.js';

let store: Store;
let app: ReturnType<typeof appOn>;

beforeAll(async () => {
  ({ store, app } = await plantedHub());
});
afterAll(() => store.close());

async function page(query: string): Promise<ResourcePage> {
  const res = await call(app, `/v1/resources${query}`);
  expect(res.status, res.text).toBe(200);
  return res.json as ResourcePage;
}

async function refusedFields(query: string): Promise<string[]> {
  const res = await call(app, `/v1/resources${query}`);
  expect(res.status, res.text).toBe(400);
  expect(res.headers.get('Content-Type')).toBe('application/problem+json');
  return ((res.json as ProblemBody).errors ?? []).map((e) => e.field).sort();
}

describe('GET /v1/resources', () => {
  it('lists 20 published resources by default, newest first, with a total and a cursor', async () => {
    const { items, total, nextCursor } = await page('');
    expect(items).toHaveLength(20);
    expect(total).toBe(121); // the seed's 120 and the planted toolkit
    expect(nextCursor).toEqual(expect.any(String));
    const published = items.map((r) => r.publishedAt);
    expect(published).toEqual([...published].sort().reverse());
  });

  it('filters by type, repeated types as alternatives', async () => {
    const tools = await page('?type=tool&limit=100');
    const datasets = await page('?type=dataset&limit=100');
    const both = await page('?type=tool&type=dataset&limit=100');
    expect(tools.total).toBeGreaterThan(0);
    expect(datasets.total).toBeGreaterThan(0);
    expect(tools.items.every((r) => r.type === 'tool')).toBe(true);
    expect(both.total).toBe(tools.total + datasets.total);
  });

  it('filters by publisher name, ignoring case and accents', async () => {
    const { items, total } = await page(`?publisher=${encodeURIComponent('ORGANISATION MONDIALE KÉSTREL')}`);
    expect(total).toBe(1);
    expect(items[0]?.id).toBe(PLANTED.toolkit.id);
    expect(items[0]?.publisher).toBe('Organisation Mondiale Kestrel');
    expect((await page('?publisher=Nobody%20Publishes%20This')).total).toBe(0);
  });

  it('applies the facets practices have, together', async () => {
    const { items, total } = await page('?objective=6&region=europe&country=CHE&scope=national&limit=100');
    expect(items.map((r) => r.id)).toContain(PLANTED.toolkit.id);
    expect(total).toBe(items.length);
    for (const r of items) {
      expect(r.objectives).toContain(6);
      expect(r.regions).toContain('europe');
      expect(r.countries).toContain('CHE');
      expect(r.scope).toBe('national');
    }
  });

  it('matches a language the resource is available in, not only the language of its description', async () => {
    const swahili = await page('?language=sw&limit=100');
    expect(swahili.items.map((r) => r.id)).toContain(PLANTED.toolkit.id);
    for (const r of swahili.items) expect([r.language, ...r.resourceLanguages]).toContain('sw');
    const french = await page('?language=fr&limit=100');
    expect(french.items.every((r) => r.language === 'fr' || r.resourceLanguages.includes('fr'))).toBe(true);
  });

  it('bounds the year of publication', async () => {
    const { items, total } = await page('?yearFrom=2020&yearTo=2021&limit=100');
    expect(total).toBeGreaterThan(0);
    for (const r of items) expect(r.year === 2020 || r.year === 2021).toBe(true);
    expect((await page('?yearFrom=2020&yearTo=2020&limit=100')).items.map((r) => r.id)).toContain(PLANTED.toolkit.id);
  });

  it('finds resources by full text in title and publisher, best match first', async () => {
    expect((await page('?q=kestrel%20toolkit')).items[0]?.id).toBe(PLANTED.toolkit.id);
    expect((await page('?q=mondiale')).items.map((r) => r.id)).toContain(PLANTED.toolkit.id);
  });

  it('finds Chinese resources by a word inside a run of characters', async () => {
    const chinese = (await page('?language=zh&limit=100')).items.filter((r) => r.language === 'zh');
    expect(chinese.length).toBeGreaterThan(0);
    const found = await page(`?q=${encodeURIComponent('工具包')}&limit=100`);
    expect(found.total).toBeGreaterThan(0);
    expect(found.items.every((r) => r.title.includes('工具包'))).toBe(true);
    expect(found.total).toBe(chinese.filter((r) => r.type === 'tool').length);
  });

  it('sorts by title when asked', async () => {
    const titles = (await page('?sort=title&language=en&limit=100')).items.map((r) => r.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });

  it('pages through every match exactly once, with the cursor', async () => {
    for (const filter of ['', 'region=asia&', 'q=guidance&']) {
      const seen: string[] = [];
      let cursor: string | null = '';
      let total = 0;
      while (cursor !== null) {
        const current: ResourcePage = await page(`?${filter}limit=7${cursor ? `&cursor=${cursor}` : ''}`);
        total = current.total;
        seen.push(...current.items.map((r) => r.id));
        cursor = current.nextCursor;
      }
      expect(total, filter).toBeGreaterThan(0);
      expect(seen.length, filter).toBe(total);
      expect(new Set(seen).size, filter).toBe(total);
    }
  });

  it('never lists a resource that is not published', async () => {
    const { items } = await page('?q=kestrel&limit=100');
    expect(items.map((r) => r.id)).toEqual([PLANTED.toolkit.id]);
    expect((await call(app, '/v1/resources?limit=100')).text).not.toContain('"state"');
  });

  it('names every bad field of one request', async () => {
    const fields = await refusedFields(`?type=podcast&objective=24&region=mars&scope=city&sort=best&yearFrom=1800&publisher=${'p'.repeat(301)}`);
    expect(fields).toEqual(['objective', 'publisher', 'region', 'scope', 'sort', 'type', 'yearFrom']);
  });

  it('refuses unknown parameters, limits out of range, unknown themes and countries', async () => {
    expect(await refusedFields('?kind=tool&page=2')).toEqual(['kind', 'page']);
    expect(await refusedFields('?limit=0')).toEqual(['limit']);
    expect(await refusedFields('?limit=101')).toEqual(['limit']);
    expect(await refusedFields('?theme=not-a-cluster')).toEqual(['theme']);
    expect(await refusedFields('?country=ZZZ')).toEqual(['country']);
    expect(await refusedFields('?publisher=')).toEqual(['publisher']);
  });

  it('refuses relevance without a search text and a year range backwards', async () => {
    expect(await refusedFields('?sort=relevance')).toEqual(['sort']);
    expect(await refusedFields('?yearFrom=2022&yearTo=2020')).toEqual(['yearTo']);
  });

  it('refuses a cursor of another query, and a practices cursor, naming the cursor', async () => {
    const { nextCursor } = await page('?type=tool&limit=2');
    expect(await refusedFields(`?type=guidance&limit=2&cursor=${nextCursor}`)).toEqual(['cursor']);
    const practices = (await call(app, '/v1/practices?limit=2')).json as { nextCursor: string };
    expect(await refusedFields(`?limit=2&cursor=${practices.nextCursor}`)).toEqual(['cursor']);
  });
});
