// GET /v1/experts and /v1/experts/{expert}: filters, paging, validation, and contact details never returned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Expert, ExpertSummary, Store } from '../../src/store/types.js';
import { call } from '../helpers/contract-check.js';
import { appOn, CANARY, canaryExpert, seededStore } from '../helpers/hub.js';

type Page = { items: ExpertSummary[]; total: number; nextCursor: string | null };
type ProblemBody = { status: number; errors?: { field: string; in: string }[] };

let store: Store;
let app: ReturnType<typeof appOn>;

beforeAll(async () => {
  store = await seededStore();
  await store.experts.insertMany([canaryExpert()]);
  app = appOn(store);
});
afterAll(async () => {
  await store.close();
});

async function page(query: string): Promise<Page> {
  const res = await call(app, `/v1/experts${query}`);
  expect(res.status, res.text).toBe(200);
  return res.json as Page;
}

async function refusedFields(query: string): Promise<string[]> {
  const res = await call(app, `/v1/experts${query}`);
  expect(res.status, res.text).toBe(400);
  return (res.json as ProblemBody).errors?.map((e) => e.field) ?? [];
}

describe('GET /v1/experts', () => {
  it('lists the directory, 20 at a time, with the total', async () => {
    const { items, total, nextCursor } = await page('');
    expect(items).toHaveLength(20);
    expect(total).toBeGreaterThanOrEqual(1200);
    expect(nextCursor).toEqual(expect.any(String));
  });

  it('filters by objective or cluster expertise, region and language', async () => {
    const taxonomy = await store.taxonomy.get('en');
    const theme = taxonomy.themes[0]?.key ?? '';
    const byObjective = await page('?expertise=5&limit=100');
    expect(byObjective.total).toBeGreaterThan(0);
    for (const expert of byObjective.items) expect(expert.expertise.objectives).toContain(5);

    const combined = await page(`?expertise=${theme}&region=africa&language=fr&limit=100`);
    for (const expert of combined.items) {
      expect(expert.expertise.themes).toContain(theme);
      expect(expert.regions).toContain('africa');
      expect(expert.languages).toContain('fr');
    }
  });

  it('filters by country', async () => {
    const { items } = await page('?country=CHE&limit=100');
    expect(items.map((e) => e.id)).toContain('exp_canary0001');
  });

  it('finds experts by name or bio, best match first', async () => {
    const { items } = await page('?q=canary%20expertperson');
    expect(items[0]?.id).toBe('exp_canary0001');
  });

  it('pages through all results once', async () => {
    const seen: string[] = [];
    let cursor: string | null = '';
    let total = 0;
    while (cursor !== null) {
      const current: Page = await page(`?region=oceania&limit=50${cursor ? `&cursor=${cursor}` : ''}`);
      total = current.total;
      seen.push(...current.items.map((e) => e.id));
      cursor = current.nextCursor;
    }
    expect(new Set(seen).size).toBe(total);
    expect(seen).toHaveLength(total);
  });

  it('refuses bad and unknown parameters, naming each', async () => {
    expect(await refusedFields('?limit=101')).toEqual(['limit']);
    expect(await refusedFields('?expertise=24')).toEqual(['expertise']);
    expect(await refusedFields('?expertise=no-such-cluster')).toEqual(['expertise']);
    expect(await refusedFields('?country=ZZZ')).toEqual(['country']);
    expect(await refusedFields('?language=french')).toEqual(['language']);
    expect(await refusedFields('?sort=name')).toEqual(['sort']);
    expect(await refusedFields(`?q=${'b'.repeat(201)}`)).toEqual(['q']);
    expect(await refusedFields('?cursor=zzzzzz')).toEqual(['cursor']);
  });
});

describe('GET /v1/experts/{expert}', () => {
  it('returns the public profile', async () => {
    const res = await call(app, '/v1/experts/exp_canary0001');
    expect(res.status).toBe(200);
    expect(res.json as Expert).toMatchObject({ name: 'Canary Expertperson', countries: ['CHE'] });
  });

  it('answers 404 for an unknown expert and 400 for an impossible id', async () => {
    expect((await call(app, '/v1/experts/exp_doesnotexist')).status).toBe(404);
    const bad = await call(app, '/v1/experts/prc_canary0001');
    expect(bad.status).toBe(400);
    expect((bad.json as ProblemBody).errors?.[0]).toMatchObject({ field: 'expert', in: 'path' });
  });
});

describe('expert contact details', () => {
  it('never appear, in any page of the directory or any profile', async () => {
    const email = /[\w.+-]+@[\w-]+\.[\w.-]+/;
    const ids: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const res = await call(app, `/v1/experts?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.text).not.toMatch(email);
      expect(res.text).not.toMatch(/"(?:email|phone)"/);
      ids.push(...(res.json as Page).items.map((e) => e.id));
      cursor = (res.json as Page).nextCursor;
    }
    expect(ids.length).toBeGreaterThanOrEqual(1200);
    // Full profiles carry more text; check a spread of them plus the planted one.
    for (const id of [...ids.filter((_, i) => i % 25 === 0), 'exp_canary0001']) {
      const { text } = await call(app, `/v1/experts/${id}`);
      expect(text).not.toMatch(email);
      expect(text).not.toContain(CANARY.expertPhone);
      expect(text).not.toMatch(/"(?:email|phone)"/);
    }
  });
});
