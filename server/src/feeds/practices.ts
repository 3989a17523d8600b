// Practices as feed entries and CSV rows.
import type { Practice } from '../store/types.js';
import type { CsvColumn } from './csv.js';
import type { FeedEntry } from './document.js';
import { facetCategories, itemPage } from './links.js';

/** The later of two ISO timestamps, as a date: an entry is never updated before it was published. */
export function laterOf(a: string, b: string): Date {
  return new Date(Math.max(Date.parse(a), Date.parse(b)));
}

export function practiceEntry(practice: Practice, origin: string): FeedEntry {
  return {
    id: itemPage(origin, 'practices', practice.id),
    url: itemPage(origin, 'practices', practice.slug),
    title: practice.title,
    summary: practice.summary,
    content: practice.description,
    published: new Date(practice.publishedAt),
    updated: laterOf(practice.updatedAt, practice.publishedAt),
    authors: [practice.organisation.name],
    language: practice.language,
    categories: facetCategories(origin, practice),
    facets: {
      kind: 'practice',
      objectives: practice.objectives,
      regions: practice.regions,
      countries: practice.countries,
      scope: practice.scope,
      year: practice.implementation.startYear,
    },
  };
}

const codes = (values: readonly (string | number)[]) => values.join('; ');

/**
 * One row per practice: every public field. Lists of codes are joined with `; ` (no code holds
 * one); partners and links, whose names and URLs may hold anything, are JSON arrays.
 */
export function practiceColumns(origin: string): CsvColumn<Practice>[] {
  return [
    { header: 'id', value: (p) => p.id },
    { header: 'slug', value: (p) => p.slug },
    { header: 'url', value: (p) => itemPage(origin, 'practices', p.slug) },
    { header: 'title', value: (p) => p.title },
    { header: 'summary', value: (p) => p.summary },
    { header: 'description', value: (p) => p.description },
    { header: 'objectives', value: (p) => codes(p.objectives) },
    { header: 'principles', value: (p) => codes(p.principles) },
    { header: 'themes', value: (p) => codes(p.themes) },
    { header: 'regions', value: (p) => codes(p.regions) },
    { header: 'countries', value: (p) => codes(p.countries) },
    { header: 'scope', value: (p) => p.scope },
    { header: 'organisation', value: (p) => p.organisation.name },
    { header: 'organisationKind', value: (p) => p.organisation.kind },
    { header: 'partners', value: (p) => JSON.stringify(p.partners) },
    { header: 'startYear', value: (p) => p.implementation.startYear },
    { header: 'endYear', value: (p) => p.implementation.endYear ?? null },
    { header: 'status', value: (p) => p.implementation.status },
    { header: 'results', value: (p) => p.results },
    { header: 'lessonsLearned', value: (p) => p.lessonsLearned },
    { header: 'replicability', value: (p) => p.replicability },
    { header: 'funding', value: (p) => p.funding },
    { header: 'language', value: (p) => p.language },
    { header: 'otherLanguages', value: (p) => codes(p.otherLanguages) },
    { header: 'links', value: (p) => JSON.stringify(p.links) },
    { header: 'createdAt', value: (p) => p.createdAt },
    { header: 'updatedAt', value: (p) => p.updatedAt },
    { header: 'publishedAt', value: (p) => p.publishedAt },
  ];
}
