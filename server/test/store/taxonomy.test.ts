// The taxonomy from the store: the contract's shape in every UI language, English fallback, editable data.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { Store, UiLanguage } from '../../src/store/types.js';
import { expectContract } from './support.js';

const LANGUAGES: UiLanguage[] = ['ar', 'en', 'es', 'fr', 'ru', 'zh'];

let store: Store;
beforeAll(async () => {
  store = await openSqliteStore(':memory:');
});
afterAll(() => store.close());

describe('taxonomy', () => {
  it.each(LANGUAGES)('in %s is exactly the contract Taxonomy', async (lang) => {
    const taxonomy = await store.taxonomy.get(lang);
    expectContract('Taxonomy', taxonomy);
    expect(taxonomy.language).toBe(lang);
  });

  it('holds the 23 objectives, 10 principles, 5 clusters covering every objective, and the regions', async () => {
    const t = await store.taxonomy.get('en');
    expect(t.objectives.map((o) => o.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(t.objectives[20]).toEqual({
      number: 21,
      label: 'Dignified return and reintegration',
      title: 'Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration',
    });
    expect(t.principles).toHaveLength(10);
    expect(t.themes).toHaveLength(5);
    expect(new Set(t.themes.flatMap((theme) => theme.objectives))).toEqual(new Set(t.objectives.map((o) => o.number)));
    expect(t.regions.map((r) => r.key)).toEqual(['africa', 'americas', 'asia', 'europe', 'oceania', 'global']);
    expect(t.scopes.map((s) => s.key)).toEqual(['local', 'national', 'regional', 'global']);
    expect(t.statuses.map((s) => s.key)).toEqual(['completed', 'mostly-completed', 'ongoing']);
    expect(t.organisationKinds.filter((k) => k.unEntity).map((k) => k.key)).toEqual(['un-entity']);
  });

  it('lists ISO 3166-1 countries with their region, sorted by their name in the language', async () => {
    const en = await store.taxonomy.get('en');
    expect(en.countries.length).toBeGreaterThan(240);
    expect(en.countries.find((c) => c.code === 'KEN')).toEqual({ code: 'KEN', label: 'Kenya', region: 'africa' });
    expect(en.countries.find((c) => c.code === 'BRA')?.region).toBe('americas');
    expect(en.countries.some((c) => c.code === 'ATA' || c.code === 'UNK')).toBe(false);
    const fr = await store.taxonomy.get('fr');
    expect(fr.countries.find((c) => c.code === 'DEU')?.label).toBe('Allemagne');
    const labels = fr.countries.map((c) => c.label);
    expect(labels).toEqual([...labels].sort(new Intl.Collator('fr').compare));
    expect(await store.taxonomy.knownCountries()).toEqual(new Set(en.countries.map((c) => c.code)));
  });

  it('labels everything in each UN language', async () => {
    const fr = await store.taxonomy.get('fr');
    expect(fr.objectives[0]?.label).toBe('Données');
    expect(fr.principles.find((p) => p.key === 'people-centred')?.label).toBe('Priorité à la dimension humaine');
    const ar = await store.taxonomy.get('ar');
    expect(ar.regions.find((r) => r.key === 'africa')?.label).toBe('أفريقيا');
    expect(ar.languages.find((l) => l.code === 'en')?.label).toMatch(/الإنجليزية/);
    const zh = await store.taxonomy.get('zh');
    expect(zh.objectives[7]?.label).toBe('拯救生命');
    const ru = await store.taxonomy.get('ru');
    expect(ru.countries.find((c) => c.code === 'KEN')?.label).toBe('Кения');
    const es = await store.taxonomy.get('es');
    expect(es.statuses.find((s) => s.key === 'ongoing')?.label).toBe('En curso');
    // Full titles have no checked translation yet, so they fall back to English.
    expect(es.objectives[0]?.title).toBe('Collect and utilize accurate and disaggregated data as a basis for evidence-based policies');
  });

  it('knows the cluster keys', async () => {
    expect(await store.taxonomy.knownThemes()).toEqual(
      new Set(['evidence-and-data', 'protection', 'irregular-migration', 'regular-migration', 'social-inclusion']),
    );
  });
});

describe('taxonomy as editable data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mnh-taxonomy-'));
  const path = join(dir, 'hub.db');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('falls back to English where a label is missing, and keeps edits across restarts', async () => {
    (await openSqliteStore(path)).close();
    const db = new Database(path);
    db.prepare("DELETE FROM taxonomy_label WHERE vocabulary = 'principle' AND key = 'child-sensitive' AND lang = 'ru'").run();
    db.prepare("UPDATE taxonomy_label SET label = 'Protection' WHERE vocabulary = 'theme' AND key = 'protection' AND lang = 'en'").run();
    db.prepare("DELETE FROM theme_objective WHERE theme = 'social-inclusion' AND objective = 16").run();
    db.close();

    const reopened = await openSqliteStore(path);
    const ru = await reopened.taxonomy.get('ru');
    expect(ru.principles.find((p) => p.key === 'child-sensitive')?.label).toBe('Child-sensitive');
    expect(ru.principles.find((p) => p.key === 'human-rights')?.label).toBe('Права человека');
    const en = await reopened.taxonomy.get('en');
    expect(en.themes.find((t) => t.key === 'protection')?.label).toBe('Protection');
    expect(en.themes.find((t) => t.key === 'social-inclusion')?.objectives).toEqual([15]);
    await reopened.close();
  });

  it('sees an edit made by another connection while open', async () => {
    const open = await openSqliteStore(path);
    const before = await open.taxonomy.get('en');
    const db = new Database(path);
    db.prepare("UPDATE taxonomy_label SET label = 'Data and evidence' WHERE vocabulary = 'theme' AND key = 'evidence-and-data' AND lang = 'en'").run();
    db.close();
    const after = await open.taxonomy.get('en');
    expect(before.themes[0]?.label).not.toBe('Data and evidence');
    expect(after.themes[0]?.label).toBe('Data and evidence');
    await open.close();
  });
});
