// Migration 1: taxonomy, practices and experts, with the filter and full-text indexes derived from them.

/**
 * The `practice` and `expert` rows are the source of truth; their multi-valued fields are JSON
 * arrays there. Triggers derive everything a list query reads from them: one junction table per
 * filter and an FTS5 index. For practices these hold **published rows only**, so a filter or a
 * count never has to check the state, and a later review workflow publishes or withdraws a
 * practice with a plain `UPDATE practice SET state = …`. Every write also bumps
 * `store_meta.version`, whoever makes it.
 *
 * FTS tables are contentless with `contentless_delete` (SQLite ≥ 3.43): the text already lives in
 * the base table, and rows can be removed by rowid without replaying their old values. The
 * triggers are plain SQL, so any SQLite client may update rows and the indexes follow.
 * The tokenizer is unicode61 with diacritics removed, wrapped in the Porter stemmer so that
 * "migrant" finds "migrants"; stemming is English-only but harmless for other languages since
 * queries are stemmed the same way as documents.
 */
const FTS_OPTIONS = `content='', contentless_delete=1, tokenize='porter unicode61 remove_diacritics 2'`;

const PRACTICE_FILTERS = [
  ['practice_objective', 'objective', 'INTEGER', 'new.objectives', 'old.objectives'],
  ['practice_principle', 'principle', 'TEXT', 'new.principles', 'old.principles'],
  ['practice_theme', 'theme', 'TEXT', 'new.themes', 'old.themes'],
  ['practice_region', 'region', 'TEXT', 'new.regions', 'old.regions'],
  ['practice_country', 'country', 'TEXT', 'new.countries', 'old.countries'],
  // The text's own language and the other languages it is available in, as one set.
  [
    'practice_language',
    'language',
    'TEXT',
    `json_insert(new.other_languages, '$[#]', new.language)`,
    `json_insert(old.other_languages, '$[#]', old.language)`,
  ],
] as const;

const EXPERT_FILTERS = [
  ['expert_objective', 'objective', 'INTEGER', 'new.objectives', 'old.objectives'],
  ['expert_theme', 'theme', 'TEXT', 'new.themes', 'old.themes'],
  ['expert_region', 'region', 'TEXT', 'new.regions', 'old.regions'],
  ['expert_country', 'country', 'TEXT', 'new.countries', 'old.countries'],
  ['expert_language', 'language', 'TEXT', 'new.languages', 'old.languages'],
] as const;

type Filter = readonly [table: string, column: string, type: string, newValues: string, oldValues: string];

/** An FTS5 table and the base-table columns it indexes, in bm25 weight order. */
interface Fts {
  table: string;
  columns: readonly string[];
}

/** `*_words` hold the Chinese words of the other columns, split when written (see fts-text.ts). */
const PRACTICE_FTS: Fts = {
  table: 'practice_fts',
  columns: ['title', 'summary', 'description', 'results', 'lessons_learned', 'organisation_name', 'title_words', 'text_words'],
};
const EXPERT_FTS: Fts = { table: 'expert_fts', columns: ['name', 'title', 'organisation_name', 'bio', 'name_words', 'text_words'] };

function ftsTable({ table, columns }: Fts): string {
  return `CREATE VIRTUAL TABLE ${table} USING fts5 (${columns.join(', ')}, ${FTS_OPTIONS});`;
}

/**
 * Keyed by value first: filters look up "all rows with objective 5", and deletes pass the values
 * too. No foreign key: the triggers below are the only writers, and a cascade would need a second
 * index keyed by row on every junction table.
 */
function junctionTable(owner: string, [table, column, type]: Filter): string {
  return `CREATE TABLE ${table} (
    ${column} ${type} NOT NULL,
    ${owner} INTEGER NOT NULL,
    PRIMARY KEY (${column}, ${owner})
  ) WITHOUT ROWID;`;
}

function indexRow(owner: string, filters: readonly Filter[], fts: Fts, when: string): string {
  const junctions = filters.map(
    ([table, column, , values]) =>
      `INSERT INTO ${table} (${column}, ${owner}) SELECT DISTINCT value, new.rowid FROM json_each(${values}) WHERE ${when};`,
  );
  const texts = fts.columns.map((column) => `new.${column}`).join(', ');
  return [...junctions, `INSERT INTO ${fts.table} (rowid, ${fts.columns.join(', ')}) SELECT new.rowid, ${texts} WHERE ${when};`].join(
    '\n    ',
  );
}

function unindexRow(owner: string, filters: readonly Filter[], fts: Fts, when: string): string {
  const junctions = filters.map(
    ([table, column, , , values]) =>
      `DELETE FROM ${table} WHERE ${when} AND ${owner} = old.rowid AND ${column} IN (SELECT value FROM json_each(${values}));`,
  );
  return [...junctions, `DELETE FROM ${fts.table} WHERE ${when} AND rowid = old.rowid;`].join('\n    ');
}

/** Insert, update and delete triggers keeping the derived indexes and the version in step. */
function indexTriggers(owner: string, filters: readonly Filter[], fts: Fts, visible: (row: 'new' | 'old') => string): string {
  const bump = 'UPDATE store_meta SET version = version + 1;';
  return `
  CREATE TRIGGER ${owner}_indexed AFTER INSERT ON ${owner} BEGIN
    ${indexRow(owner, filters, fts, visible('new'))}
    ${bump}
  END;
  CREATE TRIGGER ${owner}_reindexed AFTER UPDATE ON ${owner} BEGIN
    ${unindexRow(owner, filters, fts, visible('old'))}
    ${indexRow(owner, filters, fts, visible('new'))}
    ${bump}
  END;
  CREATE TRIGGER ${owner}_unindexed BEFORE DELETE ON ${owner} BEGIN
    ${unindexRow(owner, filters, fts, visible('old'))}
    ${bump}
  END;`;
}

function versionTriggers(table: string): string {
  return ['INSERT', 'UPDATE', 'DELETE']
    .map(
      (event) =>
        `CREATE TRIGGER ${table}_${event.toLowerCase()}_version AFTER ${event} ON ${table} BEGIN UPDATE store_meta SET version = version + 1; END;`,
    )
    .join('\n  ');
}

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
