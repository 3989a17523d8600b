// @mnh/sdk: a typed client for the Migration Network Hub API, for browsers, Node, Deno and edge runtimes.
export { createHubClient } from './client.js';
export type { HubClient, HubClientOptions } from './client.js';
export { createHubSession } from './session.js';
export type { HubSession, HubSessionOptions, SessionListener } from './session.js';
export { memoryTokenStorage, webTokenStorage } from './token-storage.js';
export type { StoredSession, TokenStorage } from './token-storage.js';
export { createSubmissions, submissionMediaType } from './submissions.js';
export type {
  AuditEntry,
  Review,
  ReviewList,
  Submission,
  SubmissionContent,
  SubmissionFile,
  SubmissionMediaType,
  SubmissionRevision,
  Submissions,
  SubmissionsOptions,
  SubmissionsQuery,
  SubmissionState,
} from './submissions.js';
export { HubProblemError, dataOf } from './problem.js';
export type { RetryOptions, Fetch } from './retry.js';
export type {
  Expert,
  ExpertPage,
  ExpertQuery,
  ExpertSummary,
  FieldError,
  Health,
  Me,
  Practice,
  PracticePage,
  PracticeQuery,
  PracticeSummary,
  Problem,
  RequestOptions,
  Resource,
  ResourcePage,
  ResourceQuery,
  ResourceSummary,
  ResourceType,
  SignInCodeSent,
  SignInSession,
  Taxonomy,
  UiLanguage,
} from './types.js';
