// Loads the default taxonomy into a fresh database; after that the tables are the editable truth.
import { defaultTaxonomyTerms, defaultThemeObjectives } from '../../taxonomy/index.js';
import type { Db } from './connection.js';

/**
 * Only vocabularies the database has no term of are filled: labels or cluster mappings edited in
 * the database survive restarts and upgrades, while a vocabulary added by a later version (resource
 * types) reaches databases created before it. Runs in one IMMEDIATE transaction so concurrent
 * openers load it once.
 */
export function loadTaxonomyIfEmpty(db: Db): void {
  db.transaction(() => {
    const present = new Set(db.prepare('SELECT DISTINCT vocabulary FROM taxonomy_term').pluck().all() as string[]);
    const missing = defaultTaxonomyTerms().filter((t) => !present.has(t.vocabulary));
    if (missing.length === 0) return;
    const term = db.prepare(
      'INSERT INTO taxonomy_term (vocabulary, key, position, region, un_entity) VALUES (?, ?, ?, ?, ?)',
    );
    const label = db.prepare('INSERT INTO taxonomy_label (vocabulary, key, lang, label, title) VALUES (?, ?, ?, ?, ?)');
    const positions = new Map<string, number>();
    for (const t of missing) {
      const position = positions.get(t.vocabulary) ?? 0;
      positions.set(t.vocabulary, position + 1);
      const unEntity = t.unEntity === undefined ? null : Number(t.unEntity);
      term.run(t.vocabulary, t.key, position, t.region ?? null, unEntity);
      for (const [lang, text] of Object.entries(t.labels)) {
        label.run(t.vocabulary, t.key, lang, text, t.titles?.[lang as keyof typeof t.titles] ?? null);
      }
    }
    if (present.has('theme')) return;
    const mapping = db.prepare('INSERT INTO theme_objective (theme, objective) VALUES (?, ?)');
    for (const { theme, objective } of defaultThemeObjectives()) mapping.run(theme, objective);
  }).immediate();
}
