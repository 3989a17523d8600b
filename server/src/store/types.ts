// The storage interface every route talks to; SQLite fills it now, PostgreSQL can later.
import type { components } from '@mnh/contract';

type Schemas = components['schemas'];
export type Practice = Schemas['Practice'];
export type PracticeSummary = Schemas['PracticeSummary'];
export type Expert = Schemas['Expert'];
export type ExpertSummary = Schemas['ExpertSummary'];
export type Taxonomy = Schemas['Taxonomy'];
export type UiLanguage = Schemas['UiLanguage'];
export type RegionKey = Schemas['RegionKey'];
export type PrincipleKey = Schemas['PrincipleKey'];
export type Scope = Schemas['Scope'];
export type OrganisationKind = Schemas['OrganisationKind'];
export type ImplementationStatus = Schemas['ImplementationStatus'];

export type PracticeSort = 'relevance' | 'newest' | 'title';

/** Filters on published practices; every array matches any of its values, filters combine with AND. */
export interface PracticeQuery {
  q?: string;
  objective?: number[];
  principle?: PrincipleKey[];
  theme?: string[];
  region?: RegionKey[];
  country?: string[];
  scope?: Scope[];
  language?: string[];
  yearFrom?: number;
  yearTo?: number;
  sort: PracticeSort;
  limit: number;
  /** Opaque cursor from a previous page of the same query. */
  cursor?: string;
}

export interface ExpertQuery {
  q?: string;
  /** Objective numbers as strings ("5") or thematic cluster keys. */
  expertise?: string[];
  region?: RegionKey[];
  country?: string[];
  language?: string[];
  limit: number;
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  nextCursor: string | null;
}

/** A practice as stored, including what is never public. */
export interface PracticeRecord extends Practice {
  state: 'draft' | 'submitted' | 'in-review' | 'published' | 'rejected' | 'withdrawn';
  focalPoint: { name: string; email: string; phone?: string } | null;
}

/** An expert as stored, including contact details that are never public. */
export interface ExpertRecord extends Expert {
  email: string;
  phone: string | null;
}

/** Thrown by a repository when a cursor is malformed or belongs to another query; routes answer 400. */
export class InvalidCursorError extends Error {
  constructor(message = 'The cursor is malformed or belongs to another query.') {
    super(message);
    this.name = 'InvalidCursorError';
  }
}

export interface PracticeRepository {
  /** Published practices only. */
  list(query: PracticeQuery): Promise<Page<PracticeSummary>>;
  /** A published practice by id or slug, without private fields; null when absent or unpublished. */
  get(idOrSlug: string): Promise<Practice | null>;
  insertMany(records: PracticeRecord[]): Promise<void>;
  count(): Promise<number>;
}

export interface ExpertRepository {
  list(query: ExpertQuery): Promise<Page<ExpertSummary>>;
  /** Public profile, without email or phone; null when absent. */
  get(id: string): Promise<Expert | null>;
  insertMany(records: ExpertRecord[]): Promise<void>;
  count(): Promise<number>;
}

export interface TaxonomyRepository {
  /** The taxonomy labelled in `lang`, English where no label is known. */
  get(lang: UiLanguage): Promise<Taxonomy>;
  /** Known thematic cluster keys and country codes, for validating filters. */
  knownThemes(): Promise<Set<string>>;
  knownCountries(): Promise<Set<string>>;
}

export interface Store {
  practices: PracticeRepository;
  experts: ExpertRepository;
  taxonomy: TaxonomyRepository;
  /** Changes whenever published data changes; caches key on it. */
  version(): number;
  /** True when the store answers; for /healthz. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
