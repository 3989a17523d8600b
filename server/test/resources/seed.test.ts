// The demo library: counts, coverage of every type, objective, region and UN language, determinism, and upgrades.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SIZE, hiddenCount, seed, seedIfEmpty } from '../../src/seed/index.js';
import { resourceRecord } from '../../src/seed/resources.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { ResourceSummary, Store } from '../../src/store/types.js';
import { OBJECTIVES, REGIONS, RESOURCE_TYPES, UI_LANGUAGES } from '../../src/taxonomy/index.js';
import { expectContract, practice, walk } from '../store/support.js';

let store: Store;
let library: ResourceSummary[];
const dir = mkdtempSync(join(tmpdir(), 'mnh-library-'));

beforeAll(async () => {
  store = await openSqliteStore(':memory:');
  await seedIfEmpty(store);
  library = (await walk((cursor) => store.resources.list({ sort: 'newest', limit: 100, cursor }))).items;
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const total = (query: Parameters<Store['resources']['list']>[0]) => store.resources.list(query).then((page) => page.total);

describe('the demo library', () => {
  it('holds about 120 published resources, and a few unpublished ones nobody sees', async () => {
    expect(DEMO_SIZE.resources).toBe(120);
    expect(library).toHaveLength(DEMO_SIZE.resources);
    expect(await store.resources.count()).toBe(DEMO_SIZE.resources + hiddenCount(DEMO_SIZE.resources));
    for (let n = DEMO_SIZE.resources; n < DEMO_SIZE.resources + hiddenCount(DEMO_SIZE.resources); n++) {
      expect(await store.resources.get(resourceRecord(n, DEMO_SIZE.resources, 'draft').id)).toBeNull();
    }
  });

  it('covers every type, objective and region, and all six UN languages', async () => {
    for (const { key } of RESOURCE_TYPES) expect(await total({ sort: 'newest', limit: 1, type: [key] }), key).toBeGreaterThan(0);
    for (const { number } of OBJECTIVES) expect(await total({ sort: 'newest', limit: 1, objective: [number] })).toBeGreaterThan(0);
    for (const { key } of REGIONS) expect(await total({ sort: 'newest', limit: 1, region: [key] }), key).toBeGreaterThan(0);
    const languages = new Set(library.map((r) => r.language));
    expect([...languages].sort()).toEqual([...UI_LANGUAGES].sort());
    for (const lang of UI_LANGUAGES) expect(library.filter((r) => r.language === lang).length, lang).toBeGreaterThanOrEqual(10);
  });

  it('is written in the language it says, with distinct titles and fictional addresses', async () => {
    const arabic = library.find((r) => r.language === 'ar');
    expect(arabic?.title).toMatch(/\p{Script=Arabic}/u);
    expect(library.find((r) => r.language === 'ru')?.summary).toMatch(/\p{Script=Cyrillic}/u);
    expect(library.find((r) => r.language === 'zh')?.title).toMatch(/\p{Script=Han}/u);
    expect(new Set(library.map((r) => r.slug)).size).toBe(library.length);
    for (const r of library) {
      expect(r.url).toMatch(/^https:\/\/example\.org\//);
      expect(r.resourceLanguages[0]).toBe(r.language);
      expect(r.summary).not.toMatch(/\{\w+\}/);
    }
  });

  it('matches the contract exactly, in lists and in full', async () => {
    for (const summary of library) expectContract('ResourceSummary', summary);
    for (const summary of library.slice(0, 30)) expectContract('Resource', await store.resources.get(summary.id));
  });

  it('is the same on every run', async () => {
    const again = await openSqliteStore(':memory:');
    await seedIfEmpty(again);
    const items = (await walk((cursor) => again.resources.list({ sort: 'newest', limit: 100, cursor }))).items;
    expect(items).toEqual(library);
    expect(await again.resources.get(library[7]?.id ?? '')).toEqual(await store.resources.get(library[7]?.id ?? ''));
    await again.close();
  });
});

describe('seeding the library', () => {
  it('adds nothing to a store that has its library', async () => {
    const version = store.version();
    const result = await seedIfEmpty(store);
    expect(result).toMatchObject({ seeded: false, resources: DEMO_SIZE.resources + hiddenCount(DEMO_SIZE.resources) });
    expect(store.version()).toBe(version);
  });

  it('gives a demo database from before the library the demo library, once', async () => {
    const path = join(dir, 'before-library.db');
    const old = await openSqliteStore(path);
    await seed(old, { practices: 30, experts: 5 });
    expect(await old.resources.count()).toBe(0);
    await old.close();

    const upgraded = await openSqliteStore(path);
    const first = await seedIfEmpty(upgraded);
    expect(first).toEqual({ seeded: false, practices: 30 + hiddenCount(30), experts: 5, resources: DEMO_SIZE.resources + hiddenCount(DEMO_SIZE.resources) });
    expect((await upgraded.resources.list({ sort: 'newest', limit: 1 })).total).toBe(DEMO_SIZE.resources);
    expect((await seedIfEmpty(upgraded)).resources).toBe(first.resources);
    await upgraded.close();
  });

  it('never puts the demo library into a hub whose practices are its own', async () => {
    const own = await openSqliteStore(':memory:');
    await own.practices.insertMany([practice()]);
    expect(await seedIfEmpty(own, { accounts: false })).toMatchObject({ seeded: false, resources: 0 });
    expect(await own.resources.count()).toBe(0);
    await own.close();
  });

  it('labels the resource types in the six UN languages, also in a database made before they existed', async () => {
    const fr = await store.taxonomy.get('fr');
    expect(fr.resourceTypes.map((t) => t.key)).toEqual(RESOURCE_TYPES.map((t) => t.key));
    expect(fr.resourceTypes.find((t) => t.key === 'dataset')?.label).toBe('Jeu de données');
    expect((await store.taxonomy.get('ar')).resourceTypes[0]?.label).toBe('أداة');

    const path = join(dir, 'before-types.db');
    await (await openSqliteStore(path)).close();
    const raw = new Database(path);
    raw.prepare("DELETE FROM taxonomy_label WHERE vocabulary = 'resource-type'").run();
    raw.prepare("DELETE FROM taxonomy_term WHERE vocabulary = 'resource-type'").run();
    raw.prepare("UPDATE taxonomy_label SET label = 'Edited' WHERE vocabulary = 'region' AND key = 'africa' AND lang = 'en'").run();
    raw.close();
    const reopened = await openSqliteStore(path);
    const en = await reopened.taxonomy.get('en');
    expect(en.resourceTypes).toHaveLength(RESOURCE_TYPES.length);
    expect(en.regions.find((r) => r.key === 'africa')?.label).toBe('Edited');
    await reopened.close();
  });
});
