// Loads the default taxonomy into a fresh database; after that the tables are the editable truth.
import { defaultTaxonomyTerms, defaultThemeObjectives } from '../../taxonomy/index.js';
import type { Db } from './connection.js';

/**
 * Only an empty taxonomy is filled: labels or cluster mappings edited in the database survive
 * restarts and upgrades. Runs in one IMMEDIATE transaction so concurrent openers load it once.
 */
export function loadTaxonomyIfEmpty(db: Db): void {
  db.transaction(() => {
    const present = db.prepare('SELECT count(*) FROM taxonomy_term').pluck().get() as number;
    if (present > 0) return;
    const term = db.prepare(
      'INSERT INTO taxonomy_term (vocabulary, key, position, region, un_entity) VALUES (?, ?, ?, ?, ?)',
    );
    const label = db.prepare('INSERT INTO taxonomy_label (vocabulary, key, lang, label, title) VALUES (?, ?, ?, ?, ?)');
    const positions = new Map<string, number>();
    for (const t of defaultTaxonomyTerms()) {
      const position = positions.get(t.vocabulary) ?? 0;
      positions.set(t.vocabulary, position + 1);
      const unEntity = t.unEntity === undefined ? null : Number(t.unEntity);
      term.run(t.vocabulary, t.key, position, t.region ?? null, unEntity);
      for (const [lang, text] of Object.entries(t.labels)) {
        label.run(t.vocabulary, t.key, lang, text, t.titles?.[lang as keyof typeof t.titles] ?? null);
      }
    }
    const mapping = db.prepare('INSERT INTO theme_objective (theme, objective) VALUES (?, ?)');
    for (const { theme, objective } of defaultThemeObjectives()) mapping.run(theme, objective);
  }).immediate();
}
