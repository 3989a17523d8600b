// @mnh/sdk: a typed client for the Migration Network Hub API, for browsers, Node, Deno and edge runtimes.
export { createHubClient } from './client.js';
export type { HubClient, HubClientOptions } from './client.js';
export { HubProblemError } from './problem.js';
export type { RetryOptions, Fetch } from './retry.js';
export type {
  Expert,
  ExpertPage,
  ExpertQuery,
  ExpertSummary,
  FieldError,
  Health,
  Practice,
  PracticePage,
  PracticeQuery,
  PracticeSummary,
  Problem,
  RequestOptions,
  Taxonomy,
  UiLanguage,
} from './types.js';
