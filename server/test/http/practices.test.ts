// GET /v1/practices and /v1/practices/{practice}: filters, paging, validation and what is never public.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Practice, PracticeSummary, Store } from '../../src/store/types.js';
import { call } from '../helpers/contract-check.js';
import { appOn, CANARY, canaryPractices, seededStore } from '../helpers/hub.js';

type Page = { items: PracticeSummary[]; total: number; nextCursor: string | null };
type ProblemBody = { type: string; status: number; detail: string; errors?: { field: string; in: string; message: string }[] };

let store: Store;
let app: ReturnType<typeof appOn>;

beforeAll(async () => {
  store = await seededStore();
  await store.practices.insertMany(canaryPractices());
  app = appOn(store);
});
afterAll(async () => {
  await store.close();
});

async function page(query: string): Promise<Page> {
  const res = await call(app, `/v1/practices${query}`);
  expect(res.status, res.text).toBe(200);
  return res.json as Page;
}

async function refused(query: string): Promise<ProblemBody> {
  const res = await call(app, `/v1/practices${query}`);
  expect(res.status, res.text).toBe(400);
  expect(res.headers.get('Content-Type')).toBe('application/problem+json');
  return res.json as ProblemBody;
}

const fieldsOf = (problem: ProblemBody) => problem.errors?.map((e) => e.field) ?? [];

describe('GET /v1/practices', () => {
  it('lists 20 published practices by default, newest first, with a total and a cursor', async () => {
    const { items, total, nextCursor } = await page('');
    expect(items).toHaveLength(20);
    expect(total).toBeGreaterThanOrEqual(200);
    expect(nextCursor).toEqual(expect.any(String));
    const published = items.map((p) => p.publishedAt);
    expect(published).toEqual([...published].sort().reverse());
  });

  it('applies filters together, and repeated values of one filter as alternatives', async () => {
    const { items, total } = await page('?objective=5&objective=6&region=africa&limit=100');
    expect(total).toBeGreaterThan(0);
    for (const practice of items) {
      expect(practice.objectives.some((o) => o === 5 || o === 6)).toBe(true);
      expect(practice.regions).toContain('africa');
    }
    const onlyFive = await page('?objective=5&region=africa&limit=100');
    expect(onlyFive.total).toBeLessThanOrEqual(total);
  });

  it('filters by country, scope, language and years', async () => {
    const { items } = await page('?country=CHE&scope=national&language=fr&yearFrom=2019&yearTo=2021&limit=100');
    expect(items.map((p) => p.id)).toContain('prc_canary0001');
    for (const practice of items) {
      expect(practice.countries).toContain('CHE');
      expect(practice.scope).toBe('national');
      expect(practice.year).toBeGreaterThanOrEqual(2019);
      expect(practice.year).toBeLessThanOrEqual(2021);
    }
  });

  it('finds practices by full text, best match first', async () => {
    const { items } = await page('?q=canary%20pathways');
    expect(items[0]?.id).toBe('prc_canary0001');
  });

  it('sorts by title when asked', async () => {
    const titles = (await page('?sort=title&limit=50')).items.map((p) => p.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });

  it('pages through every result once with the cursor, in a stable order', async () => {
    const seen: string[] = [];
    let cursor: string | null = '';
    let total = 0;
    while (cursor !== null) {
      const current: Page = await page(`?objective=5&limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      total = current.total;
      seen.push(...current.items.map((p) => p.id));
      cursor = current.nextCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('never lists a practice that is not published', async () => {
    const { items } = await page('?q=canary&limit=100');
    expect(items.map((p) => p.id)).not.toContain('prc_canarydraft1');
  });

  it.each(['0', '101', '-1', 'ten', '5.5', '', '1e1', '0x10'])('refuses limit=%s instead of clamping it', async (limit) => {
    const problem = await refused(`?limit=${limit}`);
    expect(fieldsOf(problem)).toEqual(['limit']);
    expect(problem.errors?.[0]?.in).toBe('query');
  });

  it('accepts the limit bounds 1 and 100', async () => {
    expect((await page('?limit=1')).items).toHaveLength(1);
    expect((await page('?limit=100')).items).toHaveLength(100);
  });

  it('accepts a search text of 200 characters and refuses 201', async () => {
    await page(`?q=${'a'.repeat(200)}`);
    expect(fieldsOf(await refused(`?q=${'a'.repeat(201)}`))).toEqual(['q']);
    expect(fieldsOf(await refused('?q='))).toEqual(['q']);
  });

  it('refuses unknown parameters, naming each', async () => {
    const problem = await refused('?objectives=5&page=2');
    expect(fieldsOf(problem).sort()).toEqual(['objectives', 'page']);
    expect(problem.detail).toMatch(/objectives/);
  });

  it('refuses a single-valued parameter given twice', async () => {
    expect(fieldsOf(await refused('?limit=5&limit=6'))).toEqual(['limit']);
  });

  it('names every bad field of one request', async () => {
    const problem = await refused('?objective=24&region=mars&scope=city&principle=kindness&country=che&sort=best&yearFrom=1800');
    expect(fieldsOf(problem).sort()).toEqual(['country', 'objective', 'principle', 'region', 'scope', 'sort', 'yearFrom']);
  });

  it('refuses themes and countries the taxonomy does not know', async () => {
    expect(fieldsOf(await refused('?theme=not-a-cluster'))).toEqual(['theme']);
    const problem = await refused('?country=CHE&country=ZZZ');
    expect(fieldsOf(problem)).toEqual(['country']);
    expect(problem.errors?.[0]?.message).toMatch(/ZZZ/);
  });

  it('accepts every theme the taxonomy lists', async () => {
    const taxonomy = await store.taxonomy.get('en');
    const query = taxonomy.themes.map((t) => `theme=${t.key}`).join('&');
    expect((await page(`?${query}`)).total).toBeGreaterThan(0);
  });

  it('refuses relevance order without a search text, and a year range backwards', async () => {
    expect(fieldsOf(await refused('?sort=relevance'))).toEqual(['sort']);
    expect(fieldsOf(await refused('?yearFrom=2022&yearTo=2020'))).toEqual(['yearTo']);
  });

  it('refuses malformed cursors and cursors of another query, naming the cursor', async () => {
    expect(fieldsOf(await refused('?cursor=not%20base64!'))).toEqual(['cursor']);
    expect(fieldsOf(await refused('?cursor=abcdef'))).toEqual(['cursor']);
    const { nextCursor } = await page('?objective=5&limit=2');
    expect(fieldsOf(await refused(`?objective=6&limit=2&cursor=${nextCursor}`))).toEqual(['cursor']);
  });

  it('answers HEAD like GET, without a body', async () => {
    const res = await call(app, '/v1/practices?limit=1', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect(res.headers.get('ETag')).toMatch(/^"[\w-]+"$/);
  });
});

describe('GET /v1/practices/{practice}', () => {
  it('returns a published practice by id and by slug, identically', async () => {
    const byId = await call(app, '/v1/practices/prc_canary0001');
    const bySlug = await call(app, '/v1/practices/canary-practice-safe-pathways');
    expect(byId.status).toBe(200);
    expect(bySlug.status).toBe(200);
    expect(bySlug.json).toEqual(byId.json);
    expect((byId.json as Practice).title).toBe('Canary practice on safe pathways');
  });

  it('returns a seeded practice found through the list', async () => {
    const [first] = (await page('?limit=1')).items;
    const res = await call(app, `/v1/practices/${first?.slug}`);
    expect(res.status).toBe(200);
    expect((res.json as Practice).id).toBe(first?.id);
  });

  it('answers 404 for an unknown or unpublished practice', async () => {
    for (const key of ['no-such-practice', 'prc_canarydraft1', 'canary-draft-unpublished']) {
      const res = await call(app, `/v1/practices/${key}`);
      expect(res.status).toBe(404);
      expect(res.json).toMatchObject({ type: '/problems/not-found', status: 404, instance: `/v1/practices/${key}` });
    }
  });

  it('answers 400 for an identifier that cannot be an id or a slug', async () => {
    for (const key of ['Not%20A%20Slug', '%3Cscript%3E', 'x'.repeat(121)]) {
      const res = await call(app, `/v1/practices/${key}`);
      expect(res.status).toBe(400);
      expect((res.json as ProblemBody).errors?.[0]).toMatchObject({ field: 'practice', in: 'path' });
    }
  });

  it('refuses unknown query parameters here too', async () => {
    const res = await call(app, '/v1/practices/prc_canary0001?fields=all');
    expect(res.status).toBe(400);
  });
});

describe('private practice data', () => {
  it('never returns a focal point or the publication state, in lists or in full', async () => {
    const texts = [
      (await call(app, '/v1/practices?q=canary&limit=100')).text,
      (await call(app, '/v1/practices?country=CHE&limit=100')).text,
      (await call(app, '/v1/practices/prc_canary0001')).text,
      (await call(app, '/v1/practices/canary-practice-safe-pathways')).text,
    ];
    for (const text of texts) {
      for (const secret of [CANARY.focalEmail, CANARY.focalName, CANARY.focalPhone, 'focalPoint', '"state"']) {
        expect(text).not.toContain(secret);
      }
    }
  });

  it('returns no e-mail address in any seeded practice, listed or in full', async () => {
    const email = /[\w.+-]+@[\w-]+\.[\w.-]+/;
    let cursor: string | null = '';
    const ids: string[] = [];
    while (cursor !== null) {
      const res = await call(app, `/v1/practices?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.text).not.toMatch(email);
      ids.push(...(res.json as Page).items.map((p) => p.id));
      cursor = (res.json as Page).nextCursor;
    }
    expect(ids.length).toBeGreaterThanOrEqual(200);
    for (const id of ids) expect((await call(app, `/v1/practices/${id}`)).text).not.toMatch(email);
  });
});
