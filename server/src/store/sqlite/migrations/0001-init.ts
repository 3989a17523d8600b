// Migration 1: taxonomy, practices and experts, with the filter and full-text indexes derived from them.
import { facetJunctions, ftsTable, indexTriggers, junctionTable, versionTriggers, type Fts } from './indexing.js';

/**
 * The `practice` and `expert` rows are the source of truth; triggers derive the junction tables
 * and FTS indexes their lists read (see indexing.ts). For practices these hold **published rows
 * only**, so a filter or a count never has to check the state, and a later review workflow
 * publishes or withdraws a practice with a plain `UPDATE practice SET state = …`.
 */
const PRACTICE_FILTERS = facetJunctions('practice', 'other_languages');

const EXPERT_FILTERS = [
  ['expert_objective', 'objective', 'INTEGER', 'new.objectives', 'old.objectives'],
  ['expert_theme', 'theme', 'TEXT', 'new.themes', 'old.themes'],
  ['expert_region', 'region', 'TEXT', 'new.regions', 'old.regions'],
  ['expert_country', 'country', 'TEXT', 'new.countries', 'old.countries'],
  ['expert_language', 'language', 'TEXT', 'new.languages', 'old.languages'],
] as const;

/** `*_words` hold the Chinese words of the other columns, split when written (see fts-text.ts). */
const PRACTICE_FTS: Fts = {
  table: 'practice_fts',
  columns: ['title', 'summary', 'description', 'results', 'lessons_learned', 'organisation_name', 'title_words', 'text_words'],
};
const EXPERT_FTS: Fts = { table: 'expert_fts', columns: ['name', 'title', 'organisation_name', 'bio', 'name_words', 'text_words'] };

export const sql = `
  CREATE TABLE store_meta (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
  );
  INSERT INTO store_meta (id, version) VALUES (1, 1);

  -- Taxonomy: editable data, loaded with the defaults from src/taxonomy when empty.
  CREATE TABLE taxonomy_term (
    vocabulary TEXT NOT NULL,
    key TEXT NOT NULL,
    position INTEGER NOT NULL,
    region TEXT,
    un_entity INTEGER,
    PRIMARY KEY (vocabulary, key)
  ) WITHOUT ROWID;
  CREATE TABLE taxonomy_label (
    vocabulary TEXT NOT NULL,
    key TEXT NOT NULL,
    lang TEXT NOT NULL,
    label TEXT NOT NULL,
    title TEXT,
    PRIMARY KEY (vocabulary, key, lang),
    FOREIGN KEY (vocabulary, key) REFERENCES taxonomy_term (vocabulary, key) ON DELETE CASCADE
  ) WITHOUT ROWID;
  CREATE TABLE theme_objective (
    theme TEXT NOT NULL,
    objective INTEGER NOT NULL,
    PRIMARY KEY (theme, objective)
  ) WITHOUT ROWID;
  ${versionTriggers('taxonomy_term')}
  ${versionTriggers('taxonomy_label')}
  ${versionTriggers('theme_objective')}

  CREATE TABLE practice (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    slug TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'in-review', 'published', 'rejected', 'withdrawn')),
    title TEXT NOT NULL,
    -- Lower-cased, diacritics removed: the key of the title sort (SQLite's NOCASE is ASCII-only).
    title_sort TEXT NOT NULL,
    summary TEXT NOT NULL,
    description TEXT NOT NULL,
    results TEXT NOT NULL,
    lessons_learned TEXT NOT NULL,
    replicability TEXT NOT NULL,
    funding TEXT NOT NULL,
    scope TEXT NOT NULL,
    organisation_name TEXT NOT NULL,
    organisation_kind TEXT NOT NULL,
    partners TEXT NOT NULL,
    start_year INTEGER NOT NULL,
    end_year INTEGER,
    status TEXT NOT NULL,
    language TEXT NOT NULL,
    other_languages TEXT NOT NULL,
    objectives TEXT NOT NULL,
    principles TEXT NOT NULL,
    themes TEXT NOT NULL,
    regions TEXT NOT NULL,
    countries TEXT NOT NULL,
    links TEXT NOT NULL,
    title_words TEXT NOT NULL DEFAULT '',
    text_words TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    published_at TEXT NOT NULL,
    -- Private: no read query selects it.
    focal_point TEXT
  );
  -- The sort orders, carrying the single-valued filter columns so that a walk along them can test
  -- those filters without reading the (wide) rows; and the same columns as sets for counting.
  CREATE INDEX practice_newest ON practice (published_at DESC, id DESC, scope, start_year, end_year) WHERE state = 'published';
  CREATE INDEX practice_title ON practice (title_sort, id, scope, start_year, end_year) WHERE state = 'published';
  CREATE INDEX practice_scope ON practice (scope) WHERE state = 'published';
  CREATE INDEX practice_years ON practice (start_year, end_year) WHERE state = 'published';
  ${PRACTICE_FILTERS.map((f) => junctionTable('practice', f)).join('\n  ')}
  ${ftsTable(PRACTICE_FTS)}
  ${indexTriggers('practice', PRACTICE_FILTERS, PRACTICE_FTS, (row) => `${row}.state = 'published'`)}

  CREATE TABLE expert (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    name_sort TEXT NOT NULL,
    title TEXT NOT NULL,
    organisation_name TEXT NOT NULL,
    organisation_kind TEXT NOT NULL,
    objectives TEXT NOT NULL,
    themes TEXT NOT NULL,
    regions TEXT NOT NULL,
    countries TEXT NOT NULL,
    languages TEXT NOT NULL,
    bio TEXT NOT NULL,
    links TEXT NOT NULL,
    name_words TEXT NOT NULL DEFAULT '',
    text_words TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    -- Private: no read query selects them.
    email TEXT NOT NULL,
    phone TEXT
  );
  CREATE INDEX expert_name ON expert (name_sort, id);
  ${EXPERT_FILTERS.map((f) => junctionTable('expert', f)).join('\n  ')}
  ${ftsTable(EXPERT_FTS)}
  ${indexTriggers('expert', EXPERT_FILTERS, EXPERT_FTS, () => '1')}
`;
