// Conversions between resource records and rows of the `resource` table.
import type { Resource, ResourceRecord, ResourceSummary } from '../types.js';
import { sortKey } from './filters.js';
import { cjkWords } from './fts-text.js';
import { isoTimestamp } from './practice-rows.js';

export const RESOURCE_SUMMARY_COLUMNS = [
  't.id', 't.slug', 't.type', 't.title', 't.summary', 't.objectives', 't.countries', 't.regions', 't.scope',
  't.publisher_name', 't.year', 't.language', 't.resource_languages', 't.url', 't.published_at',
].join(', ');

export const RESOURCE_COLUMNS = [
  RESOURCE_SUMMARY_COLUMNS,
  't.description', 't.principles', 't.themes', 't.publisher_kind', 't.created_at', 't.updated_at',
].join(', ');

export interface ResourceSummaryRow {
  id: string;
  slug: string;
  type: Resource['type'];
  title: string;
  summary: string;
  objectives: string;
  countries: string;
  regions: string;
  scope: Resource['scope'];
  publisher_name: string;
  year: number;
  language: string;
  resource_languages: string;
  url: string;
  published_at: string;
}

export interface ResourceRow extends ResourceSummaryRow {
  description: string;
  principles: string;
  themes: string;
  publisher_kind: Resource['publisher']['kind'];
  created_at: string;
  updated_at: string;
}

function parse<T>(json: string): T {
  return JSON.parse(json) as T;
}

export function toResourceSummary(row: ResourceSummaryRow): ResourceSummary {
  return {
    id: row.id,
    slug: row.slug,
    type: row.type,
    title: row.title,
    summary: row.summary,
    objectives: parse(row.objectives),
    countries: parse(row.countries),
    regions: parse(row.regions),
    scope: row.scope,
    publisher: row.publisher_name,
    year: row.year,
    language: row.language,
    resourceLanguages: parse(row.resource_languages),
    url: row.url,
    publishedAt: row.published_at,
  };
}

export function toResource(row: ResourceRow): Resource {
  const { publisher: name, ...summary } = toResourceSummary(row);
  return {
    ...summary,
    description: row.description,
    principles: parse(row.principles),
    themes: parse(row.themes),
    publisher: { name, kind: row.publisher_kind },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Every column an insert writes, in the order of the `insertBatches` staging table. */
export const RESOURCE_INSERTED_COLUMNS = [
  'id', 'slug', 'state', 'type', 'title', 'title_sort', 'summary', 'description', 'scope', 'publisher_name',
  'publisher_kind', 'publisher_key', 'year', 'language', 'resource_languages', 'objectives', 'principles', 'themes',
  'regions', 'countries', 'url', 'created_at', 'updated_at', 'published_at', 'title_words', 'text_words',
  'file_submission_id', 'file_id',
];

export function toResourceParams(record: ResourceRecord): Record<string, unknown> {
  return {
    id: record.id,
    slug: record.slug,
    state: record.state,
    type: record.type,
    title: record.title,
    title_sort: sortKey(record.title),
    summary: record.summary,
    description: record.description,
    scope: record.scope,
    publisher_name: record.publisher.name,
    publisher_kind: record.publisher.kind,
    publisher_key: sortKey(record.publisher.name),
    year: record.year,
    language: record.language,
    resource_languages: JSON.stringify(record.resourceLanguages),
    objectives: JSON.stringify(record.objectives),
    principles: JSON.stringify(record.principles),
    themes: JSON.stringify(record.themes),
    regions: JSON.stringify(record.regions),
    countries: JSON.stringify(record.countries),
    url: record.url,
    created_at: isoTimestamp(record.createdAt),
    updated_at: isoTimestamp(record.updatedAt),
    published_at: isoTimestamp(record.publishedAt),
    title_words: cjkWords(record.title),
    text_words: cjkWords(record.summary, record.description, record.publisher.name),
    file_submission_id: record.file?.submissionId ?? null,
    file_id: record.file?.fileId ?? null,
  };
}
