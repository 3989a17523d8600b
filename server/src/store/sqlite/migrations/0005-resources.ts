// Migration 5: the tools and library, resources with the same facets, filter and full-text indexes as practices.
import { facetJunctions, ftsTable, indexTriggers, junctionTable, type Fts } from './indexing.js';

/**
 * A resource is a practice's sibling: the same facets (and junction tables derived from them by
 * the same triggers, over published rows only), plus a type, a publisher, the languages the
 * resource itself is available in and where it is. Type, publisher and year are single-valued,
 * so they are columns, tested on the walk along a sort index: both sort indexes carry them, and
 * `resource_facets` serves them as sets for counting. `publisher_key` is the publisher's name
 * folded for comparison (see `sortKey`), since SQLite's NOCASE knows ASCII only.
 */
const RESOURCE_FILTERS = facetJunctions('resource', 'resource_languages');

/** `*_words` hold the Chinese words of the other columns, split when written (see fts-text.ts). */
const RESOURCE_FTS: Fts = {
  table: 'resource_fts',
  columns: ['title', 'summary', 'description', 'publisher_name', 'title_words', 'text_words'],
};

const PUBLISHED = "WHERE state = 'published'";
const FILTERED = 'type, scope, year, publisher_key';

export const sql = `
  CREATE TABLE resource (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    slug TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'in-review', 'published', 'rejected', 'withdrawn')),
    type TEXT NOT NULL CHECK (type IN ('tool', 'guidance', 'publication', 'training', 'multimedia', 'dataset', 'other')),
    title TEXT NOT NULL,
    title_sort TEXT NOT NULL,
    summary TEXT NOT NULL,
    description TEXT NOT NULL,
    scope TEXT NOT NULL,
    publisher_name TEXT NOT NULL,
    publisher_kind TEXT NOT NULL,
    publisher_key TEXT NOT NULL,
    year INTEGER NOT NULL,
    language TEXT NOT NULL,
    resource_languages TEXT NOT NULL,
    objectives TEXT NOT NULL,
    principles TEXT NOT NULL,
    themes TEXT NOT NULL,
    regions TEXT NOT NULL,
    countries TEXT NOT NULL,
    url TEXT NOT NULL,
    title_words TEXT NOT NULL DEFAULT '',
    text_words TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    published_at TEXT NOT NULL,
    -- Private: a file of the submission it was published from, served when it has no address of its own.
    file_submission_id TEXT,
    file_id TEXT
  );
  CREATE INDEX resource_newest ON resource (published_at DESC, id DESC, ${FILTERED}) ${PUBLISHED};
  CREATE INDEX resource_title ON resource (title_sort, id, ${FILTERED}) ${PUBLISHED};
  CREATE INDEX resource_facets ON resource (${FILTERED}) ${PUBLISHED};
  ${RESOURCE_FILTERS.map((f) => junctionTable('resource', f)).join('\n  ')}
  ${ftsTable(RESOURCE_FTS)}
  ${indexTriggers('resource', RESOURCE_FILTERS, RESOURCE_FTS, (row) => `${row}.state = 'published'`)}
`;
