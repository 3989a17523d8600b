// The storage interface every route talks to; SQLite fills it now, PostgreSQL can later.
import type { components } from '@mnh/contract';
import type { DiscussionStore } from '../discussions/types.js';
import type { ExpertContactRepository, ExpertProfileRepository, PersonalDataRepository } from './expert-profile-types.js';
import type { TranslationRepository } from './translation-types.js';
import type { SupportRequestRepository } from './support-types.js';

type Schemas = components['schemas'];
export type Practice = Schemas['Practice'];
export type PracticeSummary = Schemas['PracticeSummary'];
export type Expert = Schemas['Expert'];
export type ExpertSummary = Schemas['ExpertSummary'];
export type Resource = Schemas['Resource'];
export type ResourceSummary = Schemas['ResourceSummary'];
export type ResourceType = Schemas['ResourceType'];
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

/** Filters on published resources: the facets of practices (years bound the year of publication), type and publisher. */
export interface ResourceQuery extends PracticeQuery {
  type?: ResourceType[];
  /** Publishers' names, compared without regard to case or accents. */
  publisher?: string[];
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

/** A resource as stored; its state says whether it is listed (only `published` ones are). */
export interface ResourceRecord extends Resource {
  state: PracticeRecord['state'];
  /** The attached file its `url` serves (`/v1/resources/{id}/file`), when it was submitted with a file instead of an address. */
  file?: ResourceFile | null;
}

/** A file of a submission that stands in for a published resource's address. */
export interface ResourceFile {
  submissionId: string;
  fileId: string;
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

export interface ResourceRepository {
  /** Published resources only. */
  list(query: ResourceQuery): Promise<Page<ResourceSummary>>;
  /** A published resource by id or slug; null when absent or unpublished. */
  get(idOrSlug: string): Promise<Resource | null>;
  insertMany(records: ResourceRecord[]): Promise<void>;
  /** The file a published resource serves instead of an address of its own; null when there is none. */
  file(idOrSlug: string): Promise<ResourceFile | null>;
  /** Every stored resource, whatever its state. */
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
  resources: ResourceRepository;
  experts: ExpertRepository;
  taxonomy: TaxonomyRepository;
  organisations: OrganisationRepository;
  people: PersonRepository;
  partnerSites: PartnerSiteRepository;
  signIn: SignInRepository;
  outbox: OutboxRepository;
  audit: AuditLog;
  submissions: SubmissionRepository;
  assignments: AssignmentRepository;
  reviews: ReviewRepository;
  notifications: NotificationRepository;
  auditTrail: AuditReader;
  reminders: ReminderRepository;
  /** Published content in bulk, for feeds and exports (issue 6). */
  exports: ExportRepository;
  stats: StatsRepository;
  /** Discussion spaces, discussions, comments and their live events (issue 5). */
  discussions: DiscussionStore;
  /** Messages to experts through the hub, experts' own profiles, a person's data (issue 6). */
  expertContact: ExpertContactRepository;
  expertProfiles: ExpertProfileRepository;
  personalData: PersonalDataRepository;
  /** Translations of practices and resources, proposed and checked (issue 6). */
  translations: TranslationRepository;
  /** Capacity-building support requests (issue 6). */
  supportRequests: SupportRequestRepository;
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
  /** Where answers go (the person who wrote to an expert); null for the hub's own mail. */
  replyTo: string | null;
  /** The recipient's address is private (an expert's): logs and the development outbox withhold it. */
  discreet: boolean;
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

/**
 * One person told about one step: written as a notification row and an outbox mail, in the
 * transaction of the change it tells about (store/sqlite/notices.ts `writeNotices`).
 */
export interface Notice {
  personId: string;
  /** Where the mail goes; never shown in the notification list. */
  email: string;
  /** e.g. `review.assigned`, `submission.published`, `review.reminder`. */
  kind: string;
  /** The id of what it is about, e.g. a submission id. */
  subject: string;
  /** One line: the notification's title and the mail's subject. */
  title: string;
  /** Plain text: the notification's text and the mail's body. */
  text: string;
}

export type NotificationRecord = Schemas['Notification'];

/** A person's own notifications; every method takes the person, so nobody reads another's. */
export interface NotificationRepository {
  /** Newest first; `unread` counts all the person's unread ones. */
  list(personId: string, query: { unreadOnly: boolean; limit: number }): Promise<{ items: NotificationRecord[]; unread: number }>;
  /** Marks the person's own `ids` (all when undefined) read; others' ids are ignored. How many changed. */
  markRead(personId: string, ids: readonly string[] | undefined, at: string): Promise<number>;
}

/** An audit entry with the acting person's name (null when the actor is `system`, `cli` or unknown). */
export interface AuditView extends AuditEntry {
  actorName: string | null;
}

export interface AuditQuery {
  subject?: string;
  actor?: string;
  /** Exact, or a prefix when it ends in `*`. */
  action?: string;
  limit: number;
  cursor?: string;
}

/** Reading the audit log for people: filtered pages for curators, one subject's history. */
export interface AuditReader {
  /** Newest first. Throws InvalidCursorError for a cursor of another query. */
  page(query: AuditQuery): Promise<{ items: AuditView[]; nextCursor: string | null }>;
  /** Every entry about `subject`, oldest first. */
  history(subject: string): Promise<AuditView[]>;
}

/** An active assignment still waiting for its reviewer's verdict in the submission's current round. */
export interface OpenAssignment {
  assignmentId: string;
  submissionId: string;
  title: string;
  round: number;
  assignedAt: string;
  dueAt: string;
  reviewer: { id: string; name: string; email: string };
  /** Reminder steps already recorded for this assignment and round (`before-7`, `overdue`). */
  stepsDone: string[];
}

/** What the reminder job reads and writes (store/sqlite/reminders.ts). */
export interface ReminderRepository {
  open(): Promise<OpenAssignment[]>;
  /** People to tell about overdue reviews: the curators, or the admins when there is no curator. */
  curators(): Promise<{ id: string; name: string; email: string }[]>;
  /**
   * Records `steps` as done and, only when this call recorded the first of them (no other run
   * did), writes the notices and (when there are any) an audit row, all in one transaction.
   * True when this call recorded them.
   */
  record(reminder: { assignmentId: string; submissionId: string; round: number; steps: string[]; notices: Notice[] }, at: string): Promise<boolean>;
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
  /** The review round: 1 until a resubmission after a request for changes. */
  round: number;
}

/** What a state change writes besides the row, in the same transaction. */
export interface SubmissionChange {
  actor: string;
  at: string;
  /** The audit action, e.g. `submission.submitted`. */
  action: string;
  /** People to tell (a notification and a mail each), written with the change. */
  notices?: Notice[];
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

// ——— Peer review (issue 4: review) ———

export type Verdict = Schemas['Verdict'];
export type ReviewCriteria = Schemas['ReviewCriteria'];

export interface AssignmentRecord {
  id: string;
  submissionId: string;
  reviewerId: string;
  state: 'active' | 'replaced';
  /** Assigned to settle a disagreement (`extra-reviewer-on-disagreement`). */
  extra: boolean;
  /** The round it was made in. */
  round: number;
  assignedBy: string;
  assignedAt: string;
  dueAt: string;
  replacedAt: string | null;
  /** A verdict is recorded for the submission's current round. */
  reviewed: boolean;
  /** The latest reminder sent for the current round, if any. */
  remindedAt: string | null;
}

export interface ReviewRecord {
  id: string;
  submissionId: string;
  assignmentId: string;
  reviewerId: string;
  round: number;
  verdict: Verdict;
  criteria: ReviewCriteria;
  comment: string;
  createdAt: string;
}

/** What a review step writes besides its own rows, in the same transaction: audit rows about the submission, and notices. */
export interface ReviewChange {
  actor: string;
  at: string;
  audit: { action: string; details: Record<string, unknown> | null }[];
  notices: Notice[];
}

/**
 * Every write is checked against the submission's `expectedRevision` (StaleRevisionError when it
 * moved) and bumps it, so decisions taken on a snapshot cannot race another curator or reviewer.
 */
export interface AssignmentRepository {
  /** Every assignment of the submission, replaced ones too, in the order made. */
  forSubmission(submissionId: string): Promise<AssignmentRecord[]>;
  /** Every assignment of the reviewer, replaced ones too, earliest due first. */
  forReviewer(reviewerId: string): Promise<AssignmentRecord[]>;
  /** Open assignments (active, no verdict this round, submission submitted or in review) per reviewer id. */
  openLoad(): Promise<Map<string, number>>;
  /** Adds an active assignment; `startReview` also moves the submission from submitted to in-review. */
  assign(
    submissionId: string,
    expectedRevision: number,
    assignment: { reviewerId: string; dueAt: string; extra: boolean; round: number; startReview: boolean },
    change: ReviewChange,
  ): Promise<AssignmentRecord>;
  /** Marks `replacedId` replaced and adds the new active assignment in its place. */
  replace(
    submissionId: string,
    expectedRevision: number,
    replacedId: string,
    assignment: { reviewerId: string; dueAt: string; extra: boolean; round: number; startReview: boolean },
    change: ReviewChange,
  ): Promise<AssignmentRecord>;
  /** A resubmission: the next round, in review again, with new due dates for the active reviewers. */
  reopen(
    submissionId: string,
    expectedRevision: number,
    next: { content: SubmissionContent; dueAt: string },
    change: ReviewChange,
  ): Promise<void>;
}

export interface ReviewRepository {
  /** Every review of the submission, all rounds, oldest first. */
  forSubmission(submissionId: string): Promise<ReviewRecord[]>;
  /**
   * Records a verdict and, when it ends the round, the outcome: a new state and, for `publish`,
   * the approved content inserted as a published practice. All or nothing.
   */
  record(
    submissionId: string,
    expectedRevision: number,
    review: Omit<ReviewRecord, 'id' | 'createdAt'>,
    outcome: { state: SubmissionState | null; publish: boolean },
    change: ReviewChange,
  ): Promise<{ review: ReviewRecord; publishedId: string | null }>;
}

// ——— Open data: feeds, bulk export, numbers at a glance (issue 6) ———

/** What a feed or an export selects by: a list's filters without its order and paging. */
export type PracticeFilters = Omit<PracticeQuery, 'sort' | 'limit' | 'cursor'>;
export type ResourceFilters = Omit<ResourceQuery, 'sort' | 'limit' | 'cursor'>;

/**
 * Published content in bulk, newest first, one page at a time. A page is read only when the
 * consumer asks for the next one, so memory stays flat at any size and the store serves other
 * requests in between; rows published or changed meanwhile may or may not be included.
 */
export interface ExportRepository {
  practices(filters: PracticeFilters, pageSize: number): AsyncIterable<Practice[]>;
  resources(filters: ResourceFilters, pageSize: number): AsyncIterable<Resource[]>;
}

export type HubStats = Schemas['HubStats'];

export interface StatsRepository {
  /** Published practices and resources and listed experts, counted by facet. */
  get(): Promise<HubStats>;
}
