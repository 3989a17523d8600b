// Conversions between expert records and rows of the `expert` table.
import type { Expert, ExpertRecord, ExpertSummary } from '../types.js';
import { sortKey } from './filters.js';
import { cjkWords } from './fts-text.js';
import { isoTimestamp } from './practice-rows.js';

/** Public columns only: `email` and `phone` are never read back. */
export const EXPERT_SUMMARY_COLUMNS = [
  't.id', 't.name', 't.title', 't.organisation_name', 't.organisation_kind', 't.objectives', 't.themes', 't.regions', 't.languages',
].join(', ');

export const EXPERT_COLUMNS = [EXPERT_SUMMARY_COLUMNS, 't.countries', 't.bio', 't.links', 't.updated_at', 't.contact'].join(', ');

export interface ExpertSummaryRow {
  id: string;
  name: string;
  title: string;
  organisation_name: string;
  organisation_kind: Expert['organisation']['kind'];
  objectives: string;
  themes: string;
  regions: string;
  languages: string;
}

export interface ExpertRow extends ExpertSummaryRow {
  countries: string;
  bio: string;
  links: string;
  updated_at: string;
  /** 1 when the expert accepts messages through the hub. */
  contact: number;
}

function parse<T>(json: string): T {
  return JSON.parse(json) as T;
}

export function toExpertSummary(row: ExpertSummaryRow): ExpertSummary {
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    organisation: { name: row.organisation_name, kind: row.organisation_kind },
    expertise: { objectives: parse(row.objectives), themes: parse(row.themes) },
    regions: parse(row.regions),
    languages: parse(row.languages),
  };
}

export function toExpert(row: ExpertRow): Expert {
  return {
    ...toExpertSummary(row),
    countries: parse(row.countries),
    bio: row.bio,
    links: parse(row.links),
    updatedAt: row.updated_at,
    contactable: row.contact === 1,
  };
}

/** Every column an insert writes, in the order of the `insertBatches` staging table. */
export const INSERTED_COLUMNS = [
  'id', 'name', 'name_sort', 'title', 'organisation_name', 'organisation_kind', 'objectives', 'themes', 'regions',
  'countries', 'languages', 'bio', 'links', 'updated_at', 'email', 'phone', 'name_words', 'text_words',
];

export function toExpertParams(record: ExpertRecord): Record<string, unknown> {
  return {
    id: record.id,
    name: record.name,
    name_sort: sortKey(record.name),
    title: record.title,
    organisation_name: record.organisation.name,
    organisation_kind: record.organisation.kind,
    objectives: JSON.stringify(record.expertise.objectives),
    themes: JSON.stringify(record.expertise.themes),
    regions: JSON.stringify(record.regions),
    countries: JSON.stringify(record.countries),
    languages: JSON.stringify(record.languages),
    bio: record.bio,
    links: JSON.stringify(record.links),
    updated_at: isoTimestamp(record.updatedAt),
    email: record.email,
    phone: record.phone,
    name_words: cjkWords(record.name, record.title),
    text_words: cjkWords(record.organisation.name, record.bio),
  };
}
