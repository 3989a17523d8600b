// A feed before it is written out: what the Atom and the JSON Feed renderers share.
import type { components } from '@mnh/contract';

export type FeedFacets = components['schemas']['FeedFacets'];

/** A category in a scheme of the hub's taxonomy, e.g. objective 5 or region `africa`. */
export interface FeedCategory {
  term: string;
  scheme: string;
  label: string;
}

/** One practice or resource; every text is plain text, never markup. */
export interface FeedEntry {
  /** Stable across changes of title or slug. */
  id: string;
  /** The item's page on the hub. */
  url: string;
  /** Where a resource itself is. */
  externalUrl?: string;
  title: string;
  summary: string;
  content: string;
  published: Date;
  updated: Date;
  authors: string[];
  language: string;
  categories: FeedCategory[];
  facets: FeedFacets;
}

export interface FeedDocument {
  /** The normalised URL of this feed with its filters: stable for the same filters. */
  id: string;
  title: string;
  subtitle: string;
  /** The feed's own URL, as asked for. */
  selfUrl: string;
  homeUrl: string;
  /** The newest `updated` of the entries; the Unix epoch for an empty feed. */
  updated: Date;
  rights: string;
  entries: FeedEntry[];
}

/** When a feed last changed as far as its entries tell: an unpublished entry is caught by the ETag, not by this. */
export function newestUpdate(entries: readonly FeedEntry[]): Date {
  return new Date(Math.max(0, ...entries.map((e) => e.updated.getTime())));
}
