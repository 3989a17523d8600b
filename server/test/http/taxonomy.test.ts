// GET /v1/taxonomy: the GCM vocabularies, labelled in the language asked for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store, Taxonomy } from '../../src/store/types.js';
import { call } from '../helpers/contract-check.js';
import { appOn, seededStore } from '../helpers/hub.js';

let store: Store;
let app: ReturnType<typeof appOn>;

beforeAll(async () => {
  store = await seededStore();
  app = appOn(store);
});
afterAll(async () => {
  await store.close();
});

const objective = (taxonomy: Taxonomy, n: number) => taxonomy.objectives.find((o) => o.number === n);

describe('GET /v1/taxonomy', () => {
  it('serves the 23 objectives, 10 principles and the other vocabularies, in English by default', async () => {
    const res = await call(app, '/v1/taxonomy');
    expect(res.status).toBe(200);
    const taxonomy = res.json as Taxonomy;
    expect(taxonomy.language).toBe('en');
    expect(taxonomy.objectives).toHaveLength(23);
    expect(taxonomy.principles).toHaveLength(10);
    expect(objective(taxonomy, 1)?.label).toBe('Data');
    expect(taxonomy.themes.length).toBeGreaterThan(0);
    expect(taxonomy.regions.map((r) => r.key)).toEqual(expect.arrayContaining(['africa', 'americas', 'asia', 'europe', 'oceania']));
    expect(taxonomy.countries.length).toBeGreaterThan(150);
    expect(taxonomy.organisationKinds.find((k) => k.key === 'un-entity')?.unEntity).toBe(true);
    expect(res.headers.get('Content-Language')).toBe('en');
    expect(res.headers.get('Vary')).toMatch(/Accept-Language/);
  });

  it('labels in French when lang=fr', async () => {
    const res = await call(app, '/v1/taxonomy?lang=fr');
    const taxonomy = res.json as Taxonomy;
    expect(taxonomy.language).toBe('fr');
    expect(objective(taxonomy, 1)?.label).toBe('Données');
    expect(objective(taxonomy, 20)?.label).toBe('Envois de fonds');
    expect(res.headers.get('Content-Language')).toBe('fr');
  });

  it('follows Accept-Language with q-values, and lang over the header', async () => {
    const fromHeader = await call(app, '/v1/taxonomy', { headers: { 'Accept-Language': 'de-CH, fr-CH;q=0.9, en;q=0.5' } });
    expect((fromHeader.json as Taxonomy).language).toBe('fr');
    const overridden = await call(app, '/v1/taxonomy?lang=en', { headers: { 'Accept-Language': 'fr' } });
    expect((overridden.json as Taxonomy).language).toBe('en');
    expect(overridden.headers.get('Content-Language')).toBe('en');
  });

  it('falls back to English labels where a language has none, never leaving a label empty', async () => {
    for (const lang of ['ar', 'es', 'ru', 'zh']) {
      const taxonomy = (await call(app, `/v1/taxonomy?lang=${lang}`)).json as Taxonomy;
      expect(taxonomy.language).toBe(lang);
      expect(taxonomy.objectives.every((o) => o.label.length > 0 && o.title.length > 0)).toBe(true);
    }
  });

  it('gives each language its own ETag, so caches never mix them', async () => {
    const en = await call(app, '/v1/taxonomy', { headers: { 'Accept-Language': 'en' } });
    const fr = await call(app, '/v1/taxonomy', { headers: { 'Accept-Language': 'fr' } });
    expect(en.headers.get('ETag')).not.toBe(fr.headers.get('ETag'));
    const frAgain = await call(app, '/v1/taxonomy', { headers: { 'Accept-Language': 'fr', 'If-None-Match': fr.headers.get('ETag') ?? '' } });
    expect(frAgain.status).toBe(304);
    const enWithFrTag = await call(app, '/v1/taxonomy', { headers: { 'Accept-Language': 'en', 'If-None-Match': fr.headers.get('ETag') ?? '' } });
    expect(enWithFrTag.status).toBe(200);
  });

  it('refuses a language outside the six UN languages, naming lang', async () => {
    const res = await call(app, '/v1/taxonomy?lang=de');
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ errors: [{ field: 'lang', in: 'query' }] });
  });

  it('refuses unknown parameters', async () => {
    expect((await call(app, '/v1/taxonomy?objective=5')).status).toBe(400);
  });
});
