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
  organisations: OrganisationRepository;
  people: PersonRepository;
  partnerSites: PartnerSiteRepository;
  signIn: SignInRepository;
  outbox: OutboxRepository;
  audit: AuditLog;
  submissions: SubmissionRepository;
  /**
   * Changes whenever published data changes; caches key on it. With `maxAgeMs`, this store's own
   * writes still show at once, but a change committed by another connection or process may show
   * up to that many milliseconds late: in exchange, most calls cost no database read.
   */
  version(maxAgeMs?: number): number;
  /** True when the store answers; for /healthz. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

// ——— People, organisations, roles, sign-in, mail and audit (issue 4) ———

export type Role = Schemas['Role'];
export type Me = Schemas['Me'];

/** An organisation people belong to; `unEntity` comes from its kind in the taxonomy (editable data). */
export interface OrganisationRecord {
  id: string;
  name: string;
  kind: OrganisationKind;
  /** ISO 3166-1 alpha-3, or null for international organisations. */
  country: string | null;
  unEntity: boolean;
  createdAt: string;
}

export interface NewOrganisation {
  /** Given by the seed for stable ids; generated otherwise. */
  id?: string;
  name: string;
  kind: OrganisationKind;
  country?: string | null;
}

export interface PersonRecord {
  id: string;
  /** Lower-cased; unique. */
  email: string;
  name: string;
  organisationId: string | null;
  createdAt: string;
}

export interface NewPerson {
  /** Given by the seed for stable ids; generated otherwise. */
  id?: string;
  email: string;
  name: string;
  organisationId?: string | null;
}

/** What a reviewer declares before being assigned: what they know, which languages they read, whom they must not review. */
export interface ReviewerProfile {
  expertise: { objectives: number[]; themes: string[] };
  languages: string[];
  /** Organisations the reviewer declared a conflict of interest with. */
  conflictOrganisationIds: string[];
  updatedAt: string;
}

/** Thrown when a unique value (an email, an organisation name) is already taken. */
export class DuplicateError extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
    this.name = 'DuplicateError';
  }
}

export interface OrganisationRepository {
  create(organisation: NewOrganisation): Promise<OrganisationRecord>;
  get(id: string): Promise<OrganisationRecord | null>;
  /** Exact name, ignoring case. */
  findByName(name: string): Promise<OrganisationRecord | null>;
  list(): Promise<OrganisationRecord[]>;
}

export interface PersonRepository {
  /** Throws DuplicateError('email') when the address is taken. */
  create(person: NewPerson): Promise<PersonRecord>;
  get(id: string): Promise<PersonRecord | null>;
  /** Any case. */
  findByEmail(email: string): Promise<PersonRecord | null>;
  count(): Promise<number>;
  /** Every role held, `contributor` included (every person is one); sorted. */
  roles(personId: string): Promise<Role[]>;
  /** Idempotent; returns false when the person already held the role. */
  grantRole(personId: string, role: Role): Promise<boolean>;
  revokeRole(personId: string, role: Role): Promise<boolean>;
  /** People holding `role`. */
  withRole(role: Role): Promise<PersonRecord[]>;
  reviewerProfile(personId: string): Promise<ReviewerProfile | null>;
  setReviewerProfile(personId: string, profile: Omit<ReviewerProfile, 'updatedAt'>): Promise<void>;
}

export interface PartnerSiteRecord {
  id: string;
  name: string;
  /** Serialised origins (`https://partner.example.org`), lower-case, no path. */
  origins: string[];
  createdAt: string;
}

export interface PartnerSiteRepository {
  /** A new site, or, when `name` is registered already, that site with the origins added. */
  register(site: { name: string; origins: string[] }): Promise<PartnerSiteRecord>;
  list(): Promise<PartnerSiteRecord[]>;
  /** True when some partner site lists this exact origin. */
  allowsOrigin(origin: string): Promise<boolean>;
}

export interface SignInCodeRecord {
  id: string;
  email: string;
  /** A slow salted hash of the code (see auth/secrets.ts); the code itself is never stored. */
  codeHash: string;
  createdAt: string;
  expiresAt: string;
  attempts: number;
  usedAt: string | null;
}

export interface SessionRecord {
  id: string;
  /** Every session refreshed from one sign-in shares the family; a replayed refresh token ends all of it. */
  familyId: string;
  personId: string;
  accessExpiresAt: string;
  refreshExpiresAt: string;
  createdAt: string;
  /** Set when its refresh token was traded for a new session. */
  rotatedAt: string | null;
  revokedAt: string | null;
}

export interface NewSession {
  familyId: string;
  personId: string;
  /** SHA-256 of the tokens; the tokens themselves are never stored. */
  accessHash: string;
  refreshHash: string;
  accessExpiresAt: string;
  refreshExpiresAt: string;
  createdAt: string;
}

export interface SignInRepository {
  /** Stores a new code for the address; only the newest code of an address can be used. */
  saveCode(code: Omit<SignInCodeRecord, 'attempts' | 'usedAt'>): Promise<void>;
  /** The newest code for the address, whatever its state; null when none was ever sent. */
  latestCode(email: string): Promise<SignInCodeRecord | null>;
  /** Creation times of the address's codes since `since`, oldest first (for the per-address limit). */
  codesSince(email: string, since: string): Promise<string[]>;
  /** Adds one failed attempt and returns the new count. */
  countAttempt(codeId: string): Promise<number>;
  /** Marks the code used; false when it was used already (two exchanges racing). */
  useCode(codeId: string, at: string): Promise<boolean>;
  /** Removes codes created before `before`. */
  purgeCodes(before: string): Promise<void>;
  createSession(session: NewSession): Promise<SessionRecord>;
  sessionByAccessHash(hash: string): Promise<SessionRecord | null>;
  sessionByRefreshHash(hash: string): Promise<SessionRecord | null>;
  /** Marks the session rotated; false when it was rotated or revoked already. */
  rotateSession(sessionId: string, at: string): Promise<boolean>;
  revokeFamily(familyId: string, at: string): Promise<void>;
}

export type OutboxStatus = 'pending' | 'sent' | 'failed';

export interface OutboxRecord {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
  status: OutboxStatus;
  attempts: number;
  sentAt: string | null;
  lastError: string | null;
}

export interface OutboxRepository {
  enqueue(message: { to: string; subject: string; text: string; createdAt: string }): Promise<OutboxRecord>;
  /** Pending messages, oldest first. */
  pending(limit: number): Promise<OutboxRecord[]>;
  markSent(id: string, at: string): Promise<void>;
  /** Records a failed try; the message is `failed` for good once `attempts` reaches `maxAttempts`. */
  markAttemptFailed(id: string, error: string, maxAttempts: number): Promise<void>;
  /** Newest first. */
  list(limit: number): Promise<OutboxRecord[]>;
  /** Deletes sent and failed messages created before `before`: their text may hold sign-in codes. */
  purgeDone(before: string): Promise<number>;
}

export interface AuditEntry {
  id: number;
  /** A person id, or `system` / `cli` for actions nobody signed in made. */
  actor: string;
  /** Dotted verb, e.g. `auth.signed-in`, `role.granted`, `practice.submitted`. */
  action: string;
  /** The id of what the action was about. */
  subject: string;
  at: string;
  /** Small JSON details; never secrets. */
  details: Record<string, unknown> | null;
}

/** Append-only: there is no update or delete, and the table refuses them. */
export interface AuditLog {
  append(entry: Omit<AuditEntry, 'id'>): Promise<void>;
  /** Newest first; optionally only about one subject. */
  list(query: { subject?: string; limit: number }): Promise<AuditEntry[]>;
}

// ——— Submissions (issue 4: submitting a practice) ———

export type SubmissionState = Schemas['SubmissionState'];
export type SubmissionContent = Schemas['SubmissionDraft'];
export type SubmissionFile = Schemas['SubmissionFile'];
export type SubmissionMediaType = SubmissionFile['mediaType'];

export interface SubmissionRecord {
  id: string;
  ownerId: string;
  state: SubmissionState;
  /** Starts at 1 and grows with every change: the optimistic-concurrency token. */
  revision: number;
  content: SubmissionContent;
  files: SubmissionFile[];
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
}

/** What a state change writes besides the row, in the same transaction. */
export interface SubmissionChange {
  actor: string;
  at: string;
  /** The audit action, e.g. `submission.submitted`. */
  action: string;
  /** Mail to queue in the outbox with the change (the submitter's notification). */
  mail?: { to: string; subject: string; text: string };
}

/** Thrown when the revision a change was based on is no longer the current one; routes answer 412. */
export class StaleRevisionError extends Error {
  constructor(readonly current: number) {
    super(`The submission is at revision ${current}.`);
    this.name = 'StaleRevisionError';
  }
}

export interface SubmissionRepository {
  create(ownerId: string, content: SubmissionContent, change: SubmissionChange): Promise<SubmissionRecord>;
  get(id: string): Promise<SubmissionRecord | null>;
  /** Most recently changed first; `ownerId` undefined lists everyone's. */
  list(query: { ownerId?: string; states?: SubmissionState[]; limit: number }): Promise<SubmissionRecord[]>;
  /**
   * Replaces content and/or state when the row is still at `expectedRevision` and in one of
   * `fromStates`; writes the audit row (and mail) in the same transaction. Throws StaleRevisionError.
   */
  change(
    id: string,
    expectedRevision: number,
    next: { content?: SubmissionContent; state?: SubmissionState; submittedAt?: string },
    change: SubmissionChange,
  ): Promise<SubmissionRecord>;
  /** Stores the bytes under the data directory and the metadata with the submission, in one step. */
  attachFile(
    id: string,
    file: { filename: string; mediaType: SubmissionMediaType; bytes: Uint8Array },
    change: SubmissionChange,
  ): Promise<SubmissionFile>;
  /** The bytes of a file of this submission; null when it has no such file. */
  readFile(id: string, fileId: string): Promise<{ file: SubmissionFile; bytes: Buffer } | null>;
}
