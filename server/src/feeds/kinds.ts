// Practices and resources as feeds and exports see them: how each is selected, read and written.
import type { operations } from '@mnh/contract';
import type { Practice, PracticeFilters, Resource, ResourceFilters, Store } from '../store/types.js';
import { codeChecks, toFacetedQuery } from '../routes/faceted-query.js';
import type { CodeCheck } from '../routes/known-codes.js';
import type { CsvColumn } from './csv.js';
import type { FeedEntry } from './document.js';
import { withAbsoluteUrl, type Collection } from './links.js';
import { practiceColumns, practiceEntry } from './practices.js';
import { resourceColumns, resourceEntry } from './resources.js';

export interface OpenDataKind<Item, Filters> {
  collection: Collection;
  /** What a feed's title calls the items. */
  title: string;
  /** The contract's operation ids, for validating parameters. */
  operations: { atom: string; json: string; csv: string; jsonl: string };
  /**
   * The store's filters from parameters validated against one of the operations above, with the
   * lists' own rules across parameters (years in order) and the taxonomy codes to check.
   */
  select(query: Record<string, unknown>): { checks: CodeCheck[]; filters: Filters };
  /** The newest `limit` published items, in full. */
  newest(store: Store, filters: Filters, limit: number): Promise<Item[]>;
  pages(store: Store, filters: Filters, pageSize: number): AsyncIterable<Item[]>;
  entry(item: Item, origin: string): FeedEntry;
  columns(origin: string): CsvColumn<Item>[];
  /** The item as an answer outside the hub shows it (JSON Lines writes it whole). */
  published(item: Item, origin: string): Item;
}

// Validated against the same contract these types are generated from, so the casts below hold.
type PracticeParams = NonNullable<operations['exportPracticesCsv']['parameters']['query']>;
type ResourceParams = NonNullable<operations['exportResourcesCsv']['parameters']['query']>;

/** A list's full items for the ids of one of its pages, in the page's order. */
async function inFull<Item>(ids: readonly string[], get: (id: string) => Promise<Item | null>): Promise<Item[]> {
  const items: (Item | null)[] = await Promise.all(ids.map(get));
  // An item unpublished between the two reads is left out.
  return items.filter((item): item is Item => item !== null);
}

export const PRACTICE_DATA: OpenDataKind<Practice, PracticeFilters> = {
  collection: 'practices',
  title: 'Migration Network Hub: practices',
  operations: { atom: 'getPracticesAtomFeed', json: 'getPracticesJsonFeed', csv: 'exportPracticesCsv', jsonl: 'exportPracticesJsonl' },
  select(query) {
    const params = query as PracticeParams;
    const { sort: _sort, limit: _limit, ...filters } = toFacetedQuery(params);
    return { checks: codeChecks(params), filters };
  },
  async newest(store, filters, limit) {
    const page = await store.practices.list({ ...filters, sort: 'newest', limit });
    return inFull(page.items.map((p) => p.id), (id) => store.practices.get(id));
  },
  pages: (store, filters, pageSize) => store.exports.practices(filters, pageSize),
  entry: practiceEntry,
  columns: practiceColumns,
  published: (practice) => practice,
};

export const RESOURCE_DATA: OpenDataKind<Resource, ResourceFilters> = {
  collection: 'resources',
  title: 'Migration Network Hub: tools and library',
  operations: { atom: 'getResourcesAtomFeed', json: 'getResourcesJsonFeed', csv: 'exportResourcesCsv', jsonl: 'exportResourcesJsonl' },
  select(query) {
    const params = query as ResourceParams;
    const { sort: _sort, limit: _limit, ...filters } = toFacetedQuery(params);
    return { checks: codeChecks(params), filters };
  },
  async newest(store, filters, limit) {
    const page = await store.resources.list({ ...filters, sort: 'newest', limit });
    return inFull(page.items.map((r) => r.id), (id) => store.resources.get(id));
  },
  pages: (store, filters, pageSize) => store.exports.resources(filters, pageSize),
  entry: resourceEntry,
  columns: resourceColumns,
  published: (resource, origin) => withAbsoluteUrl(origin, resource),
};
