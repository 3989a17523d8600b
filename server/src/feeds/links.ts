// Absolute links to the hub's pages for practices and resources, and to the schemes of its taxonomy.
import { COUNTRIES, OBJECTIVES, REGIONS, RESOURCE_TYPES } from '../taxonomy/index.js';
import type { FeedCategory } from './document.js';

export type Collection = 'practices' | 'resources';

/**
 * Where the hub shows one item to people: `/practices/{slug}` and `/resources/{slug}` on its
 * public origin (`HUB_ORIGIN`), the deep links of the whole-hub page. A page is asked for by slug,
 * readable in a link, or by id, which never changes: feed entries are identified by the latter.
 */
export function itemPage(origin: string, collection: Collection, slugOrId: string): string {
  return `${origin}/${collection}/${encodeURIComponent(slugOrId)}`;
}

/**
 * A resource's address made absolute: a file the hub keeps is stored as a path
 * (`/v1/resources/{id}/file`), which every answer outside the hub must carry with its origin.
 */
export function absoluteUrl(origin: string, url: string): string {
  return url.startsWith('/') ? `${origin}${url}` : url;
}

/** The item with its `url` made absolute (see `absoluteUrl`). */
export function withAbsoluteUrl<T extends { url: string }>(origin: string, item: T): T {
  return item.url.startsWith('/') ? { ...item, url: absoluteUrl(origin, item.url) } : item;
}

/** A URL with its query parameters sorted by name (repeated ones keep their order): one spelling per feed. */
export function normalisedUrl(origin: string, path: string, query: URLSearchParams): string {
  const sorted = new URLSearchParams(query);
  sorted.sort();
  const search = sorted.toString();
  return `${origin}${path}${search ? `?${search}` : ''}`;
}

const OBJECTIVE_LABELS = new Map(OBJECTIVES.map((o) => [o.number, o.labels.en]));
const REGION_LABELS = new Map<string, string>(REGIONS.map((r) => [r.key, r.labels.en]));
const COUNTRY_LABELS = new Map(COUNTRIES.map((c) => [c.code, c.labels.en]));
const TYPE_LABELS = new Map<string, string>(RESOURCE_TYPES.map((t) => [t.key, t.labels.en]));

/** The item's objectives, regions, countries (and a resource's type) as categories, labelled in English. */
export function facetCategories(
  origin: string,
  facets: { objectives: number[]; regions: string[]; countries: string[]; type?: string },
): FeedCategory[] {
  const scheme = (vocabulary: string) => `${origin}/v1/taxonomy#${vocabulary}`;
  return [
    ...(facets.type === undefined ? [] : [{ term: facets.type, scheme: scheme('resourceTypes'), label: TYPE_LABELS.get(facets.type) ?? facets.type }]),
    ...facets.objectives.map((n) => ({
      term: String(n),
      scheme: scheme('objectives'),
      label: `GCM objective ${n}: ${OBJECTIVE_LABELS.get(n) ?? ''}`.replace(/: $/, ''),
    })),
    ...facets.regions.map((key) => ({ term: key, scheme: scheme('regions'), label: REGION_LABELS.get(key) ?? key })),
    ...facets.countries.map((code) => ({ term: code, scheme: scheme('countries'), label: COUNTRY_LABELS.get(code) ?? code })),
  ];
}
