// The taxonomy repository on SQLite: every vocabulary labelled in one UI language, English as fallback.
import type { OrganisationKind, PrincipleKey, RegionKey, Taxonomy, TaxonomyRepository, UiLanguage } from '../types.js';
import { prepared, type Db } from './connection.js';
import type { Vocabulary } from '../../taxonomy/index.js';

interface TermRow {
  vocabulary: Vocabulary;
  key: string;
  region: string | null;
  un_entity: number | null;
  label: string;
  title: string | null;
}

/** The label in `lang` where there is one, else English, else the key itself. */
const TERMS = `
  SELECT t.vocabulary, t.key, t.region, t.un_entity,
         coalesce(l.label, en.label, t.key) AS label, coalesce(l.title, en.title) AS title
  FROM taxonomy_term t
  LEFT JOIN taxonomy_label l ON l.vocabulary = t.vocabulary AND l.key = t.key AND l.lang = ?
  LEFT JOIN taxonomy_label en ON en.vocabulary = t.vocabulary AND en.key = t.key AND en.lang = 'en'
  ORDER BY t.vocabulary, t.position, t.key`;

function build(lang: UiLanguage, rows: TermRow[], mapping: { theme: string; objective: number }[]): Taxonomy {
  const of = (vocabulary: Vocabulary) => rows.filter((r) => r.vocabulary === vocabulary);
  const labelled = <K extends string>(vocabulary: Vocabulary) =>
    of(vocabulary).map((r) => ({ key: r.key as K, label: r.label }));
  const collator = new Intl.Collator(lang);
  return {
    language: lang,
    objectives: of('objective').map((r) => ({ number: Number(r.key), label: r.label, title: r.title ?? r.label })),
    principles: labelled<PrincipleKey>('principle'),
    themes: of('theme').map((r) => ({
      key: r.key,
      label: r.label,
      objectives: mapping.filter((m) => m.theme === r.key).map((m) => m.objective),
    })),
    regions: labelled<RegionKey>('region'),
    // Alphabetical in the reader's language: what a country picker needs.
    countries: of('country')
      .map((r) => ({ code: r.key, label: r.label, region: (r.region ?? 'global') as RegionKey }))
      .sort((a, b) => collator.compare(a.label, b.label)),
    languages: of('language').map((r) => ({ code: r.key, label: r.label })),
    organisationKinds: of('organisation-kind').map((r) => ({
      key: r.key as OrganisationKind,
      label: r.label,
      unEntity: r.un_entity === 1,
    })),
    scopes: labelled('scope'),
    statuses: labelled('status'),
    resourceTypes: labelled('resource-type'),
  };
}

export function sqliteTaxonomy(db: Db, version: () => number): TaxonomyRepository {
  // Building a taxonomy reads ~1,700 rows; keep each language's until the data changes.
  const cache = new Map<UiLanguage, { version: number; taxonomy: Taxonomy }>();
  const keys = (vocabulary: Vocabulary) =>
    new Set(prepared(db, 'SELECT key FROM taxonomy_term WHERE vocabulary = ?').pluck().all(vocabulary) as string[]);
  return {
    async get(lang: UiLanguage): Promise<Taxonomy> {
      const current = version();
      const cached = cache.get(lang);
      if (cached && cached.version === current) return cached.taxonomy;
      const rows = prepared(db, TERMS).all(lang) as TermRow[];
      const mapping = prepared(db, 'SELECT theme, objective FROM theme_objective ORDER BY theme, objective').all() as {
        theme: string;
        objective: number;
      }[];
      const taxonomy = build(lang, rows, mapping);
      cache.set(lang, { version: current, taxonomy });
      return taxonomy;
    },
    async knownThemes(): Promise<Set<string>> {
      return keys('theme');
    },
    async knownCountries(): Promise<Set<string>> {
      return keys('country');
    },
  };
}
