// A contributor's submissions through a signed-in fetch: drafts saved with If-Match, files, submit, withdraw, review feedback.
import type { components } from '@mnh/contract';
import { problemError } from './problem.js';
import type { Fetch } from './retry.js';

type Schemas = components['schemas'];

export type Submission = Schemas['Submission'];
export type SubmissionState = Schemas['SubmissionState'];
/** What a submitter writes; in a change, a field given replaces the saved one and `null` clears it. */
export type SubmissionContent = Schemas['SubmissionDraft'];
export type SubmissionFile = Schemas['SubmissionFile'];
export type SubmissionMediaType = SubmissionFile['mediaType'];
export type Review = Schemas['Review'];
export type ReviewList = Schemas['ReviewList'];
export type AuditEntry = Schemas['AuditEntry'];

/** A submission and the `ETag` of that revision, to send as `If-Match` with the next change. */
export interface SubmissionRevision {
  submission: Submission;
  etag: string;
}

export interface SubmissionsOptions {
  /** Where the hub is, e.g. `https://hub.example.org`. */
  baseUrl: string;
  /** A fetch that signs requests in, e.g. a `HubSession`'s `fetch`. */
  fetch: Fetch;
}

export interface SubmissionsQuery {
  state?: SubmissionState[];
  limit?: number;
}

type Init = { signal?: AbortSignal };

export interface Submissions {
  /** The signed-in person's submissions, most recently changed first (a curator's: everyone's). */
  list(query?: SubmissionsQuery, init?: Init): Promise<Submission[]>;
  get(id: string, init?: Init): Promise<SubmissionRevision>;
  /** Starts a draft; it may be incomplete, the checklist applies when it is submitted. */
  create(content: SubmissionContent, init?: Init): Promise<SubmissionRevision>;
  /**
   * Saves changed fields of a draft (or of a submission the reviewers sent back). Rejects with a
   * 412 `HubProblemError` when `etag` is no longer the current revision: someone changed it since.
   */
  save(id: string, changes: SubmissionContent, etag: string, init?: Init): Promise<SubmissionRevision>;
  /** Sends it to review; a 422 `HubProblemError` names, as JSON pointers, each checklist item not met. */
  submit(id: string, etag?: string, init?: Init): Promise<SubmissionRevision>;
  withdraw(id: string, etag?: string, init?: Init): Promise<SubmissionRevision>;
  /** Attaches a PDF, DOCX, PNG or JPEG file (≤ 10 MB); `etag` is the submission's new one. */
  attach(id: string, file: Blob, filename: string, init?: Init): Promise<{ file: SubmissionFile; etag: string }>;
  /** Every recorded step of the submission, oldest first. */
  history(id: string, init?: Init): Promise<AuditEntry[]>;
  /** The reviews the signed-in person may read (to the submitter: anonymous, once a round ends). */
  reviews(id: string, init?: Init): Promise<ReviewList>;
}

const MEDIA_TYPES: Record<string, SubmissionMediaType> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

/**
 * The media type to send a file with: the browser's when it is one the hub takes, else one
 * guessed from the name's extension (browsers often leave DOCX untyped); `undefined` otherwise.
 * The hub checks the content itself either way.
 */
export function submissionMediaType(file: Blob, filename: string): SubmissionMediaType | undefined {
  const types = Object.values(MEDIA_TYPES) as string[];
  if (types.includes(file.type)) return file.type as SubmissionMediaType;
  return MEDIA_TYPES[filename.split('.').pop()?.toLowerCase() ?? ''];
}

/**
 * The submission endpoints for a signed-in person.
 *
 * @example
 * ```ts
 * const session = createHubSession({ baseUrl });
 * const submissions = createSubmissions({ baseUrl, fetch: session.fetch });
 * let { submission, etag } = await submissions.create({ title: 'Skills passports' });
 * ({ etag } = await submissions.save(submission.id, { summary: '…' }, etag));
 * ```
 */
export function createSubmissions(options: SubmissionsOptions): Submissions {
  const root = `${options.baseUrl.replace(/\/+$/, '')}/v1/submissions`;

  async function send(method: string, path: string, init: Init | undefined, headers: Record<string, string> = {}, body?: BodyInit) {
    const response = await options.fetch(
      new Request(root + path, { method, headers: { Accept: 'application/json', ...headers }, body, signal: init?.signal }),
    );
    const data: unknown = await response.json().catch(() => undefined);
    if (!response.ok) throw problemError(response, data);
    return { data, etag: response.headers.get('ETag') ?? '' };
  }

  const revision = async (pending: ReturnType<typeof send>): Promise<SubmissionRevision> => {
    const { data, etag } = await pending;
    return { submission: data as Submission, etag };
  };
  const json = { 'Content-Type': 'application/json' };
  const ifMatch = (etag: string | undefined): Record<string, string> => (etag ? { 'If-Match': etag } : {});
  const at = (id: string, rest = '') => `/${encodeURIComponent(id)}${rest}`;

  return {
    async list(query = {}, init) {
      const params = new URLSearchParams();
      for (const state of query.state ?? []) params.append('state', state);
      if (query.limit) params.set('limit', String(query.limit));
      const search = params.toString();
      const { data } = await send('GET', search ? `?${search}` : '', init);
      return (data as Schemas['SubmissionList']).items;
    },
    get: (id, init) => revision(send('GET', at(id), init)),
    create: (content, init) => revision(send('POST', '', init, json, JSON.stringify(content))),
    save: (id, changes, etag, init) =>
      revision(send('PATCH', at(id), init, { ...json, ...ifMatch(etag) }, JSON.stringify(changes))),
    submit: (id, etag, init) => revision(send('POST', at(id, '/submit'), init, ifMatch(etag))),
    withdraw: (id, etag, init) => revision(send('POST', at(id, '/withdraw'), init, ifMatch(etag))),
    async attach(id, file, filename, init) {
      // An unknown type still goes, named as such, so the hub's 415 explains what it accepts.
      const type = submissionMediaType(file, filename) ?? (file.type || 'application/octet-stream');
      const query = `?filename=${encodeURIComponent(filename)}`;
      const { data, etag } = await send('POST', at(id, `/files${query}`), init, { 'Content-Type': type }, file);
      return { file: data as SubmissionFile, etag };
    },
    async history(id, init) {
      const { data } = await send('GET', at(id, '/history'), init);
      return (data as Schemas['SubmissionHistory']).items;
    },
    reviews: async (id, init) => (await send('GET', at(id, '/reviews'), init)).data as ReviewList,
  };
}
