// Schema builders shared by migrations: junction tables, FTS tables and the triggers that keep them in step.

/**
 * The listed tables (practices, experts, resources) keep their multi-valued fields as JSON arrays;
 * triggers derive everything a list query reads from them: one junction table per filter and an
 * FTS5 index, holding only the rows `visible` selects. Every write also bumps `store_meta.version`.
 *
 * FTS tables are contentless with `contentless_delete` (SQLite ≥ 3.43): the text already lives in
 * the base table, and rows can be removed by rowid without replaying their old values. The
 * triggers are plain SQL, so any SQLite client may update rows and the indexes follow.
 * The tokenizer is unicode61 with diacritics removed, wrapped in the Porter stemmer so that
 * "migrant" finds "migrants"; stemming is English-only but harmless for other languages since
 * queries are stemmed the same way as documents.
 *
 * Migrations that have shipped build their SQL from these: change them only in ways that leave
 * that SQL the same, or a fresh database would differ from an upgraded one.
 */
const FTS_OPTIONS = `content='', contentless_delete=1, tokenize='porter unicode61 remove_diacritics 2'`;

/** A junction table: its name, value column and type, and the JSON arrays of a new and an old row it holds. */
export type Filter = readonly [table: string, column: string, type: string, newValues: string, oldValues: string];

/**
 * The junction tables of the facets practices and resources share: objectives, principles,
 * themes, regions, countries, and languages (the text's own language and `moreLanguages`, the
 * JSON array of the other languages the content is available in, as one set).
 */
export function facetJunctions(owner: string, moreLanguages: string): Filter[] {
  return [
    ...(['objective', 'principle', 'theme', 'region', 'country'] as const).map(
      (facet): Filter => [
        `${owner}_${facet}`,
        facet,
        facet === 'objective' ? 'INTEGER' : 'TEXT',
        `new.${facet === 'country' ? 'countries' : `${facet}s`}`,
        `old.${facet === 'country' ? 'countries' : `${facet}s`}`,
      ],
    ),
    [
      `${owner}_language`,
      'language',
      'TEXT',
      `json_insert(new.${moreLanguages}, '$[#]', new.language)`,
      `json_insert(old.${moreLanguages}, '$[#]', old.language)`,
    ],
  ];
}

/** An FTS5 table and the base-table columns it indexes, in bm25 weight order. */
export interface Fts {
  table: string;
  columns: readonly string[];
}

export function ftsTable({ table, columns }: Fts): string {
  return `CREATE VIRTUAL TABLE ${table} USING fts5 (${columns.join(', ')}, ${FTS_OPTIONS});`;
}

/**
 * Keyed by value first: filters look up "all rows with objective 5", and deletes pass the values
 * too. No foreign key: the triggers below are the only writers, and a cascade would need a second
 * index keyed by row on every junction table.
 */
export function junctionTable(owner: string, [table, column, type]: Filter): string {
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
export function indexTriggers(owner: string, filters: readonly Filter[], fts: Fts, visible: (row: 'new' | 'old') => string): string {
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

export function versionTriggers(table: string): string {
  return ['INSERT', 'UPDATE', 'DELETE']
    .map(
      (event) =>
        `CREATE TRIGGER ${table}_${event.toLowerCase()}_version AFTER ${event} ON ${table} BEGIN UPDATE store_meta SET version = version + 1; END;`,
    )
    .join('\n  ');
}
