// Conversions between practice records and rows of the `practice` table.
import type { Practice, PracticeRecord, PracticeSummary } from '../types.js';
import { sortKey } from './filters.js';
import { cjkWords } from './fts-text.js';

/** Public columns only: `focal_point` is never read back. */
export const SUMMARY_COLUMNS = [
  't.id', 't.slug', 't.title', 't.summary', 't.objectives', 't.countries', 't.regions', 't.scope',
  't.start_year', 't.status', 't.language', 't.organisation_name', 't.published_at',
].join(', ');

export const PRACTICE_COLUMNS = [
  SUMMARY_COLUMNS,
  't.description', 't.principles', 't.themes', 't.organisation_kind', 't.partners', 't.end_year',
  't.results', 't.lessons_learned', 't.replicability', 't.funding', 't.other_languages', 't.links',
  't.created_at', 't.updated_at',
].join(', ');

export interface SummaryRow {
  id: string;
  slug: string;
  title: string;
  summary: string;
  objectives: string;
  countries: string;
  regions: string;
  scope: Practice['scope'];
  start_year: number;
  status: Practice['implementation']['status'];
  language: string;
  organisation_name: string;
  published_at: string;
}

export interface PracticeRow extends SummaryRow {
  description: string;
  principles: string;
  themes: string;
  organisation_kind: Practice['organisation']['kind'];
  partners: string;
  end_year: number | null;
  results: string;
  lessons_learned: string;
  replicability: string;
  funding: string;
  other_languages: string;
  links: string;
  created_at: string;
  updated_at: string;
}

function parse<T>(json: string): T {
  return JSON.parse(json) as T;
}

export function toSummary(row: SummaryRow): PracticeSummary {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    objectives: parse(row.objectives),
    countries: parse(row.countries),
    regions: parse(row.regions),
    scope: row.scope,
    year: row.start_year,
    status: row.status,
    language: row.language,
    organisation: row.organisation_name,
    publishedAt: row.published_at,
  };
}

export function toPractice(row: PracticeRow): Practice {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    description: row.description,
    objectives: parse(row.objectives),
    principles: parse(row.principles),
    themes: parse(row.themes),
    countries: parse(row.countries),
    regions: parse(row.regions),
    scope: row.scope,
    organisation: { name: row.organisation_name, kind: row.organisation_kind },
    partners: parse(row.partners),
    implementation: { startYear: row.start_year, endYear: row.end_year, status: row.status },
    results: row.results,
    lessonsLearned: row.lessons_learned,
    replicability: row.replicability,
    funding: row.funding,
    language: row.language,
    otherLanguages: parse(row.other_languages),
    links: parse(row.links),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
  };
}

/** Every column an insert writes, in the order of the `insertBatches` staging table. */
export const INSERTED_COLUMNS = [
  'id', 'slug', 'state', 'title', 'title_sort', 'summary', 'description', 'results', 'lessons_learned', 'replicability',
  'funding', 'scope', 'organisation_name', 'organisation_kind', 'partners', 'start_year', 'end_year', 'status', 'language',
  'other_languages', 'objectives', 'principles', 'themes', 'regions', 'countries', 'links', 'created_at', 'updated_at',
  'published_at', 'focal_point', 'title_words', 'text_words',
];

/** Timestamps are stored in one ISO form so that they sort as text. */
export function isoTimestamp(value: string): string {
  return new Date(value).toISOString();
}

export function toInsertParams(record: PracticeRecord): Record<string, unknown> {
  return {
    id: record.id,
    slug: record.slug,
    state: record.state,
    title: record.title,
    title_sort: sortKey(record.title),
    summary: record.summary,
    description: record.description,
    results: record.results,
    lessons_learned: record.lessonsLearned,
    replicability: record.replicability,
    funding: record.funding,
    scope: record.scope,
    organisation_name: record.organisation.name,
    organisation_kind: record.organisation.kind,
    partners: JSON.stringify(record.partners),
    start_year: record.implementation.startYear,
    end_year: record.implementation.endYear ?? null,
    status: record.implementation.status,
    language: record.language,
    other_languages: JSON.stringify(record.otherLanguages),
    objectives: JSON.stringify(record.objectives),
    principles: JSON.stringify(record.principles),
    themes: JSON.stringify(record.themes),
    regions: JSON.stringify(record.regions),
    countries: JSON.stringify(record.countries),
    links: JSON.stringify(record.links),
    created_at: isoTimestamp(record.createdAt),
    updated_at: isoTimestamp(record.updatedAt),
    published_at: isoTimestamp(record.publishedAt),
    focal_point: record.focalPoint === null ? null : JSON.stringify(record.focalPoint),
    title_words: cjkWords(record.title),
    text_words: cjkWords(record.summary, record.description, record.results, record.lessonsLearned, record.organisation.name),
  };
}
