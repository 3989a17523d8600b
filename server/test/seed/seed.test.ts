// The demo data set: deterministic, large enough, covering the taxonomy, clearly fictional, valid.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SIZE, hiddenCount, seed, seedIfEmpty } from '../../src/seed/index.js';
import { expertRecord } from '../../src/seed/experts.js';
import { practiceRecord } from '../../src/seed/practices.js';
import { PHRASEBOOKS } from '../../src/seed/phrases/index.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/types.js';
import { OBJECTIVES, ORGANISATION_KINDS, REGIONS } from '../../src/taxonomy/index.js';
import { expectContract, walk } from '../store/support.js';

let store: Store;
let result: Awaited<ReturnType<typeof seedIfEmpty>>;
beforeAll(async () => {
  store = await openSqliteStore(':memory:');
  result = await seedIfEmpty(store);
});
afterAll(() => store.close());

const published = Array.from({ length: DEMO_SIZE.practices }, (_, n) => practiceRecord(n, DEMO_SIZE.practices, 'published'));
const experts = Array.from({ length: DEMO_SIZE.experts }, (_, n) => expertRecord(n));

describe('seedIfEmpty', () => {
  it('fills an empty store with at least 200 published practices and 1,200 experts', async () => {
    expect(result).toEqual({ seeded: true, practices: DEMO_SIZE.practices, experts: DEMO_SIZE.experts, resources: DEMO_SIZE.resources });
    expect(DEMO_SIZE.practices).toBeGreaterThanOrEqual(200);
    expect(DEMO_SIZE.experts).toBeGreaterThanOrEqual(1200);
    expect((await store.practices.list({ sort: 'newest', limit: 1 })).total).toBe(DEMO_SIZE.practices);
    expect(await store.practices.count()).toBe(DEMO_SIZE.practices + hiddenCount(DEMO_SIZE.practices));
    expect(await store.experts.count()).toBe(DEMO_SIZE.experts);
  });

  it('leaves a store that holds data alone', async () => {
    const version = store.version();
    expect(await seedIfEmpty(store)).toEqual({
      seeded: false,
      practices: DEMO_SIZE.practices + hiddenCount(DEMO_SIZE.practices),
      experts: DEMO_SIZE.experts,
      resources: DEMO_SIZE.resources + hiddenCount(DEMO_SIZE.resources),
    });
    expect(store.version()).toBe(version);
  });
});

describe('the demo data', () => {
  it('is the same on every run', async () => {
    const again = await openSqliteStore(':memory:');
    await seedIfEmpty(again);
    const pages = async (s: Store) => [
      await walk((cursor) => s.practices.list({ sort: 'newest', limit: 100, cursor })),
      await walk((cursor) => s.experts.list({ limit: 100, cursor })),
      await s.practices.get(published[17]?.id ?? ''),
    ];
    expect(await pages(again)).toEqual(await pages(store));
    expect(practiceRecord(12345, 100_000, 'published')).toEqual(practiceRecord(12345, 100_000, 'published'));
    await again.close();
  });

  it('covers every objective, region and kind of organisation', async () => {
    for (const objective of OBJECTIVES) {
      expect((await store.practices.list({ sort: 'newest', limit: 1, objective: [objective.number] })).total).toBeGreaterThan(0);
      expect((await store.experts.list({ limit: 1, expertise: [String(objective.number)] })).total).toBeGreaterThan(0);
    }
    for (const region of REGIONS) {
      expect((await store.practices.list({ sort: 'newest', limit: 1, region: [region.key] })).total).toBeGreaterThan(0);
    }
    const kinds = new Set(published.flatMap((p) => [p.organisation.kind, ...p.partners.map((o) => o.kind)]));
    expect(kinds).toEqual(new Set(ORGANISATION_KINDS.map((k) => k.key)));
  });

  it('has texts in all six UN languages, mostly English', async () => {
    const counts = new Map<string, number>();
    for (const p of published) counts.set(p.language, (counts.get(p.language) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    expect(counts.get('en')).toBeGreaterThan(DEMO_SIZE.practices / 2);
    const french = published.filter((p) => p.language === 'fr');
    expect(french.every((p) => /\b(les|des|du|et)\b/.test(`${p.summary} ${p.description}`))).toBe(true);
    expect(published.find((p) => p.language === 'zh')?.title).toMatch(/\p{Script=Han}/u);
  });

  it('hides drafts and other unpublished practices of every state', async () => {
    const hidden = Array.from({ length: hiddenCount(DEMO_SIZE.practices) }, (_, i) => DEMO_SIZE.practices + i);
    const states = new Set<string>();
    for (const n of hidden) {
      const record = practiceRecord(n, DEMO_SIZE.practices, 'draft');
      expect(await store.practices.get(record.id)).toBeNull();
      states.add((await store.practices.get(record.slug)) === null ? 'hidden' : 'visible');
    }
    expect(states).toEqual(new Set(['hidden']));
  });

  it('has well-formed, unique ids and slugs', () => {
    const practiceIds = published.map((p) => p.id);
    expect(practiceIds.every((id) => /^prc_[0-9a-z]{10}$/.test(id))).toBe(true);
    expect(new Set(practiceIds).size).toBe(practiceIds.length);
    const slugs = published.map((p) => p.slug);
    expect(slugs.every((slug) => /^[a-z0-9][a-z0-9_-]*$/.test(slug) && slug.length <= 120)).toBe(true);
    expect(new Set(slugs).size).toBe(slugs.length);
    const expertIds = experts.map((e) => e.id);
    expect(expertIds.every((id) => /^exp_[0-9a-z]{10}$/.test(id))).toBe(true);
    expect(new Set(expertIds).size).toBe(expertIds.length);
  });

  it('uses clearly fictional people with reserved contact details', () => {
    const disclaimers = Object.values(PHRASEBOOKS).map((book) => book.bio.fictional);
    for (const e of experts) {
      expect(disclaimers.some((d) => e.bio.startsWith(d))).toBe(true);
      expect(e.email).toMatch(/^[a-z.]+\.\d+@example\.org$/);
      if (e.phone !== null) expect(e.phone).toMatch(/^\+1 555 01\d\d$/);
    }
    expect(new Set(experts.map((e) => e.email)).size).toBe(experts.length);
    for (const p of published) {
      if (p.focalPoint) expect(p.focalPoint.email).toMatch(/@example\.org$/);
      for (const link of p.links) expect(link.url).toMatch(/^https:\/\/example\.org\//);
    }
  });

  it('is valid against the contract', () => {
    for (const { state: _state, focalPoint: _focal, ...practice } of published) expectContract('Practice', practice);
    for (const { email: _email, phone: _phone, ...profile } of experts) expectContract('Expert', profile);
  });

  it('reads like the Hub: titles name an activity and a place', () => {
    const english = published.filter((p) => p.language === 'en').map((p) => p.title);
    expect(english.filter((t) => / in | for |: /.test(t)).length).toBe(english.length);
    expect(new Set(english).size).toBeGreaterThan(english.length * 0.9);
  });
});

describe('seed', () => {
  it('reports progress up to the total and can seed experts only', async () => {
    const local = await openSqliteStore(':memory:');
    const calls: [number, number][] = [];
    await seed(local, { practices: 0, experts: 2500, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([
      [1000, 2500],
      [2000, 2500],
      [2500, 2500],
    ]);
    expect(await local.practices.count()).toBe(0);
    await local.close();
  });
});
