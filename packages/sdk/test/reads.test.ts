// Every read of the SDK against the real Hono app and seeded store, in-process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcessClient, openSeededHub } from './hub.js';
import type { App, Store } from './hub.js';

let store: Store;
let app: App;

beforeAll(async () => {
  ({ store, app } = await openSeededHub());
});
afterAll(async () => {
  await store.close();
});

describe('health', () => {
  it('reports ok', async () => {
    const { hub, requests } = inProcessClient(app, { lang: 'fr' });
    await expect(hub.getHealth()).resolves.toMatchObject({ status: 'ok' });
    // The health check takes no parameters, so not even the client's language is sent.
    expect(requests[0]?.search).toBe('');
  });
});

describe('practices', () => {
  it('lists a first page of published practices with a cursor to the next', async () => {
    const { hub } = inProcessClient(app);
    const page = await hub.listPractices();
    expect(page.items).toHaveLength(20);
    expect(page.total).toBeGreaterThanOrEqual(200);
    expect(page.nextCursor).toEqual(expect.any(String));
    const next = await hub.listPractices({ cursor: page.nextCursor ?? undefined });
    const firstIds = new Set(page.items.map((p) => p.id));
    expect(next.items.some((p) => firstIds.has(p.id))).toBe(false);
  });

  it('sends repeated filters as repeated parameters and gets only matching practices', async () => {
    const { hub, requests } = inProcessClient(app);
    const page = await hub.listPractices({ objective: [5, 6], region: ['africa'], limit: 50 });
    expect(requests[0]?.search).toBe('?objective=5&objective=6&region=africa&limit=50');
    expect(page.items.length).toBeGreaterThan(0);
    for (const practice of page.items) {
      expect(practice.objectives.some((o) => o === 5 || o === 6)).toBe(true);
      expect(practice.regions).toContain('africa');
    }
  });

  it('narrows by scope, year range and full text', async () => {
    const { hub } = inProcessClient(app);
    const everything = await hub.listPractices();
    const national = await hub.listPractices({ scope: ['national'], yearFrom: 2019, yearTo: 2022, limit: 100 });
    expect(national.total).toBeGreaterThan(0);
    expect(national.total).toBeLessThan(everything.total);
    for (const practice of national.items) {
      expect(practice.scope).toBe('national');
      expect(practice.year).toBeLessThanOrEqual(2022);
    }
    // Implemented in or after 2019: still running then, whenever it started.
    for (const summary of national.items.slice(0, 10)) {
      const { implementation } = await hub.getPractice(summary.id);
      expect(implementation.endYear ?? 2100).toBeGreaterThanOrEqual(2019);
    }

    // A word from a real practice's title must find that practice.
    const word = everything.items
      .flatMap((p) => p.title.split(/\s+/))
      .find((w) => /^[A-Za-z]{6,}$/.test(w));
    if (!word) throw new Error('no Latin-script title word in the first page');
    const found = await hub.listPractices({ q: word, limit: 100 });
    expect(found.total).toBeGreaterThan(0);
    expect(found.total).toBeLessThan(everything.total);
    expect(found.items.some((p) => p.title.includes(word))).toBe(true);
  });

  it('asks for the order it is given', async () => {
    const { hub, requests } = inProcessClient(app);
    const newest = await hub.listPractices({ sort: 'newest', limit: 30 });
    const byTitle = await hub.listPractices({ sort: 'title', limit: 30 });
    expect(requests[1]?.searchParams.get('sort')).toBe('title');
    expect(byTitle.items.map((p) => p.id)).not.toEqual(newest.items.map((p) => p.id));
  });

  it('gets a practice in full by id and by slug, without the focal point', async () => {
    const { hub } = inProcessClient(app);
    const [summary] = (await hub.listPractices({ limit: 1 })).items;
    if (!summary) throw new Error('the seed has no practices');
    const byId = await hub.getPractice(summary.id);
    const bySlug = await hub.getPractice(summary.slug);
    expect(bySlug).toEqual(byId);
    expect(byId).toMatchObject({ id: summary.id, title: summary.title });
    expect(byId.description.length).toBeGreaterThan(0);
    expect(JSON.stringify(byId)).not.toMatch(/focalPoint|@/);
  });

  it('walks every page of a filtered list, asking for pages only as they are needed', async () => {
    const { hub, requests } = inProcessClient(app);
    const query = { region: ['asia' as const], limit: 9 };
    const { total } = await hub.listPractices(query);
    requests.length = 0;
    const ids: string[] = [];
    for await (const practice of hub.practices(query)) {
      expect(practice.regions).toContain('asia');
      ids.push(practice.id);
    }
    expect(total).toBeGreaterThan(9);
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    expect(requests).toHaveLength(Math.ceil(total / 9));
  });

  it('stops asking for pages when the reader stops', async () => {
    const { hub, requests } = inProcessClient(app);
    const taken: string[] = [];
    for await (const practice of hub.practices({ limit: 2 })) {
      taken.push(practice.id);
      if (taken.length === 3) break;
    }
    expect(requests).toHaveLength(2);
  });
});

describe('experts', () => {
  it('lists experts with filters, never with contact details', async () => {
    const { hub, requests } = inProcessClient(app);
    const page = await hub.listExperts({ expertise: ['5'], region: ['europe'], language: ['fr'] });
    expect(requests[0]?.search).toBe('?expertise=5&region=europe&language=fr');
    expect(page.items.length).toBeGreaterThan(0);
    for (const expert of page.items) {
      expect(expert.expertise.objectives).toContain(5);
      expect(expert.regions).toContain('europe');
      expect(expert.languages).toContain('fr');
    }
    expect(JSON.stringify(page)).not.toMatch(/"(email|phone)"/);
  });

  it('gets one expert by id, without email or phone', async () => {
    const { hub } = inProcessClient(app);
    const [summary] = (await hub.listExperts({ limit: 1 })).items;
    if (!summary) throw new Error('the seed has no experts');
    const expert = await hub.getExpert(summary.id);
    expect(expert).toMatchObject({ id: summary.id, name: summary.name });
    expect(expert).not.toHaveProperty('email');
    expect(expert).not.toHaveProperty('phone');
  });

  it('walks all the experts of a region, 100 a page by default', async () => {
    const { hub, requests } = inProcessClient(app);
    const { total } = await hub.listExperts({ region: ['americas'] });
    requests.length = 0;
    let count = 0;
    for await (const expert of hub.experts({ region: ['americas'] })) {
      expect(expert.regions).toContain('americas');
      count++;
    }
    expect(count).toBe(total);
    expect(requests).toHaveLength(Math.ceil(total / 100));
    expect(requests.every((url) => url.searchParams.get('limit') === '100')).toBe(true);
  });
});

describe('taxonomy and languages', () => {
  it('serves the 23 objectives and 10 principles in English by default', async () => {
    const { hub } = inProcessClient(app);
    const taxonomy = await hub.getTaxonomy();
    expect(taxonomy.language).toBe('en');
    expect(taxonomy.objectives).toHaveLength(23);
    expect(taxonomy.principles).toHaveLength(10);
    expect(taxonomy.objectives[0]).toMatchObject({ number: 1, label: 'Data' });
  });

  it("uses the client's language, and a call's language over it", async () => {
    const { hub, requests } = inProcessClient(app, { lang: 'fr' });
    const french = await hub.getTaxonomy();
    expect(requests[0]?.searchParams.get('lang')).toBe('fr');
    expect(french.language).toBe('fr');
    expect(french.objectives[0]?.label).toBe('Données');

    const english = await hub.getTaxonomy({ lang: 'en' });
    expect(english.objectives[0]?.label).toBe('Data');

    await hub.listPractices({ limit: 1 }, { lang: 'ar' });
    expect(requests.at(-1)?.searchParams.get('lang')).toBe('ar');
  });
});

describe('raw', () => {
  it('exposes the typed openapi-fetch client for anything not wrapped', async () => {
    const { hub } = inProcessClient(app);
    const { data, response } = await hub.raw.GET('/v1/taxonomy', { params: { query: { lang: 'es' } } });
    expect(response.status).toBe(200);
    expect(data?.language).toBe('es');
  });
});
