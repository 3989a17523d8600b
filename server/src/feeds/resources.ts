// Resources of the tools and library as feed entries and CSV rows.
import type { Resource } from '../store/types.js';
import type { CsvColumn } from './csv.js';
import type { FeedEntry } from './document.js';
import { absoluteUrl, facetCategories, itemPage } from './links.js';
import { laterOf } from './practices.js';

export function resourceEntry(resource: Resource, origin: string): FeedEntry {
  return {
    id: itemPage(origin, 'resources', resource.id),
    url: itemPage(origin, 'resources', resource.slug),
    externalUrl: absoluteUrl(origin, resource.url),
    title: resource.title,
    summary: resource.summary,
    content: resource.description,
    published: new Date(resource.publishedAt),
    updated: laterOf(resource.updatedAt, resource.publishedAt),
    authors: [resource.publisher.name],
    language: resource.language,
    categories: facetCategories(origin, resource),
    facets: {
      kind: 'resource',
      type: resource.type,
      objectives: resource.objectives,
      regions: resource.regions,
      countries: resource.countries,
      scope: resource.scope,
      year: resource.year,
    },
  };
}

const codes = (values: readonly (string | number)[]) => values.join('; ');

/** One row per resource: every public field; lists of codes joined with `; `. */
export function resourceColumns(origin: string): CsvColumn<Resource>[] {
  return [
    { header: 'id', value: (r) => r.id },
    { header: 'slug', value: (r) => r.slug },
    { header: 'url', value: (r) => itemPage(origin, 'resources', r.slug) },
    { header: 'type', value: (r) => r.type },
    { header: 'title', value: (r) => r.title },
    { header: 'summary', value: (r) => r.summary },
    { header: 'description', value: (r) => r.description },
    { header: 'resourceUrl', value: (r) => absoluteUrl(origin, r.url) },
    { header: 'objectives', value: (r) => codes(r.objectives) },
    { header: 'principles', value: (r) => codes(r.principles) },
    { header: 'themes', value: (r) => codes(r.themes) },
    { header: 'regions', value: (r) => codes(r.regions) },
    { header: 'countries', value: (r) => codes(r.countries) },
    { header: 'scope', value: (r) => r.scope },
    { header: 'publisher', value: (r) => r.publisher.name },
    { header: 'publisherKind', value: (r) => r.publisher.kind },
    { header: 'year', value: (r) => r.year },
    { header: 'language', value: (r) => r.language },
    { header: 'resourceLanguages', value: (r) => codes(r.resourceLanguages) },
    { header: 'createdAt', value: (r) => r.createdAt },
    { header: 'updatedAt', value: (r) => r.updatedAt },
    { header: 'publishedAt', value: (r) => r.publishedAt },
  ];
}
