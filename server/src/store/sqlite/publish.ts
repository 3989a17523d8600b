// Publishing an approved submission: its content becomes a public practice (or resource), inside the caller's transaction.
import type { PracticeRecord, RegionKey, Scope, SubmissionRecord } from '../types.js';
import { randomId } from '../ids.js';
import { slugify } from '../../seed/ids.js';
import { insertBatches, prepared, type Db } from './connection.js';
import { INSERTED_COLUMNS, toInsertParams } from './practice-rows.js';
import { insertResource } from './resources.js';

/** What publishing reads of a submission. */
export type Approved = Pick<SubmissionRecord, 'id' | 'content' | 'createdAt'>;

/**
 * Inserts the approved content where the public lists read it and returns the new id. Runs
 * inside the transaction of the verdict that approved it: if anything here fails, the verdict,
 * the state change and the notices roll back with it. The branch on `kind` is where other kinds
 * of content are published.
 */
export function publishSubmission(db: Db, submission: Approved, at: string): string {
  if (submission.content.kind === 'resource') return publishResource(db, submission, at);
  return publishPractice(db, submission, at);
}

/**
 * A resource of the tools and library, through the synchronous insert of resources.ts (indexes and
 * version follow as for practices). The checklist made sure of title, summary, type, objectives,
 * publisher, language and an address or a file; without an address, the hub serves the
 * submission's first file at the resource's own `/file`. Regions and scope default as for practices.
 */
export function publishResource(db: Db, submission: Approved, at: string): string {
  const content = submission.content;
  const id = randomId('res');
  const countries = content.countries ?? [];
  const language = content.language ?? 'en';
  const fileId = content.url
    ? undefined
    : (prepared(db, 'SELECT id FROM submission_file WHERE submission_id = ? ORDER BY created_at, id LIMIT 1').pluck().get(submission.id) as
        | string
        | undefined);
  insertResource(db, {
    id,
    slug: uniqueSlug(db, 'resource', content.title ?? '', submission.id),
    state: 'published',
    type: content.resourceType ?? 'other',
    title: content.title ?? '',
    summary: content.summary ?? '',
    description: content.description ?? '',
    objectives: content.objectives ?? [],
    principles: (content.principles ?? []).map((claim) => claim.principle),
    themes: content.themes ?? [],
    countries,
    regions: content.regions?.length ? content.regions : regionsOf(db, countries),
    scope: content.scope ?? scopeOf(countries),
    publisher: content.publisher ?? { name: '', kind: 'other' },
    year: content.year ?? new Date(at).getUTCFullYear(),
    language,
    resourceLanguages: content.resourceLanguages?.length ? content.resourceLanguages : [language],
    url: content.url ?? `/v1/resources/${id}/file`,
    file: fileId === undefined ? null : { submissionId: submission.id, fileId },
    createdAt: submission.createdAt,
    updatedAt: at,
    publishedAt: at,
  });
  return id;
}

/**
 * Through the same insert as the seed, so the practice's filter indexes, full-text index and
 * `store_meta.version` (which keys the public caches) follow at once.
 */
export function publishPractice(db: Db, submission: Approved, at: string): string {
  const record = practiceFrom(db, submission, at);
  insertBatches(db, 'practice', INSERTED_COLUMNS, [toInsertParams(record)]);
  return record.id;
}

/**
 * The checklist made sure of objectives, principles, implementation and implementer at
 * submission; what a draft may still leave open gets a stated default: the scope follows the
 * number of countries, regions follow the countries, the language is English.
 */
function practiceFrom(db: Db, submission: Approved, at: string): PracticeRecord {
  const content = submission.content;
  const title = content.title ?? '';
  const countries = content.countries ?? [];
  const implementation = content.implementation ?? {};
  return {
    id: randomId('prc'),
    slug: uniqueSlug(db, 'practice', title, submission.id),
    state: 'published',
    title,
    summary: content.summary ?? '',
    description: content.description ?? '',
    objectives: content.objectives ?? [],
    principles: (content.principles ?? []).map((claim) => claim.principle),
    themes: content.themes ?? [],
    countries,
    regions: content.regions?.length ? content.regions : regionsOf(db, countries),
    scope: content.scope ?? scopeOf(countries),
    organisation: content.organisation ?? { name: '', kind: 'other' },
    partners: content.partners ?? [],
    implementation: {
      startYear: implementation.startYear ?? new Date(at).getUTCFullYear(),
      endYear: implementation.endYear ?? null,
      status: implementation.status ?? 'completed',
    },
    results: content.results ?? '',
    lessonsLearned: content.lessonsLearned ?? '',
    replicability: content.replicability ?? '',
    funding: content.funding ?? '',
    language: content.language ?? 'en',
    otherLanguages: content.otherLanguages ?? [],
    links: content.links ?? [],
    createdAt: submission.createdAt,
    updatedAt: at,
    publishedAt: at,
    focalPoint: content.focalPoint ?? null,
  };
}

function scopeOf(countries: readonly string[]): Scope {
  if (countries.length === 0) return 'global';
  return countries.length === 1 ? 'national' : 'regional';
}

/** The regions of the countries, from the taxonomy (editable data); `global` when there are none. */
function regionsOf(db: Db, countries: readonly string[]): RegionKey[] {
  if (countries.length === 0) return ['global'];
  const rows = prepared(
    db,
    `SELECT DISTINCT region FROM taxonomy_term WHERE vocabulary = 'country' AND region IS NOT NULL
       AND key IN (SELECT value FROM json_each(?)) ORDER BY region`,
  ).pluck().all(JSON.stringify(countries)) as RegionKey[];
  return rows.length > 0 ? rows : ['global'];
}

/** A readable slug from the title, made unique with a number; the submission id when the title has no Latin letters. */
function uniqueSlug(db: Db, table: 'practice' | 'resource', title: string, submissionId: string): string {
  const base = slugify(title, 80) || submissionId.replace('_', '-');
  const taken = prepared(db, `SELECT 1 FROM ${table} WHERE slug = ?`).pluck();
  if (!taken.get(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.get(candidate)) return candidate;
  }
}
