// The hub client: one typed method per public read, over openapi-fetch.
import createClient from 'openapi-fetch';
import type { Client, ClientOptions } from 'openapi-fetch';
import type { paths } from '@mnh/contract';
import { problemError } from './problem.js';
import { walkPages } from './pages.js';
import { retryingFetch } from './retry.js';
import type { Fetch, RetryOptions } from './retry.js';
import type {
  Expert,
  ExpertPage,
  ExpertQuery,
  ExpertSummary,
  Health,
  Practice,
  PracticePage,
  PracticeQuery,
  PracticeSummary,
  RequestOptions,
  Resource,
  ResourcePage,
  ResourceQuery,
  ResourceSummary,
  Taxonomy,
  UiLanguage,
} from './types.js';

export interface HubClientOptions {
  /** Where the hub is, e.g. `https://hub.example.org`; `''` for the page's own origin in a browser. */
  baseUrl: string;
  /** The fetch to send requests with; defaults to the runtime's `fetch`. */
  fetch?: Fetch;
  /** Headers sent with every request. */
  headers?: ClientOptions['headers'];
  /** Default language for labels; a call's `lang` overrides it. */
  lang?: UiLanguage;
  /** Retries on 429 and 503 for reads; `false` turns them off. */
  retry?: RetryOptions | false;
}

export interface HubClient {
  /** One page of published practices. */
  listPractices(query?: PracticeQuery, init?: RequestOptions): Promise<PracticePage>;
  /** A published practice by its id or slug. */
  getPractice(idOrSlug: string, init?: RequestOptions): Promise<Practice>;
  /** One page of published resources of the tools and library. */
  listResources(query?: ResourceQuery, init?: RequestOptions): Promise<ResourcePage>;
  /** A published resource by its id or slug. */
  getResource(idOrSlug: string, init?: RequestOptions): Promise<Resource>;
  /** One page of experts. */
  listExperts(query?: ExpertQuery, init?: RequestOptions): Promise<ExpertPage>;
  /** An expert's public profile. */
  getExpert(id: string, init?: RequestOptions): Promise<Expert>;
  /** Objectives, principles, clusters, geography and languages, labelled in the chosen language. */
  getTaxonomy(init?: RequestOptions): Promise<Taxonomy>;
  getHealth(init?: RequestOptions): Promise<Health>;
  /** Every practice matching `query`, page after page (100 a page unless `query.limit` says otherwise). */
  practices(query?: PracticeQuery, init?: RequestOptions): AsyncIterableIterator<PracticeSummary>;
  /** Every resource matching `query`, page after page (100 a page unless `query.limit` says otherwise). */
  resources(query?: ResourceQuery, init?: RequestOptions): AsyncIterableIterator<ResourceSummary>;
  /** Every expert matching `query`, page after page (100 a page unless `query.limit` says otherwise). */
  experts(query?: ExpertQuery, init?: RequestOptions): AsyncIterableIterator<ExpertSummary>;
  /** The underlying openapi-fetch client, typed with the contract, for anything not wrapped here. */
  readonly raw: Client<paths>;
}

interface Result<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

const WALK_PAGE_SIZE = 100;

export function createHubClient(options: HubClientOptions): HubClient {
  // Resolved per call, so a fetch installed after the client was made (a polyfill, a test) is used.
  const send: Fetch = options.fetch ?? ((request) => globalThis.fetch(request));
  const raw = createClient<paths>({
    baseUrl: options.baseUrl,
    headers: options.headers,
    fetch: retryingFetch(send, options.retry),
  });

  /** The data of a 2xx answer; anything else becomes a HubProblemError. */
  async function unwrap<T>(pending: Promise<Result<T>>, init: RequestOptions | undefined): Promise<T> {
    const { data, error, response } = await pending;
    // A fetch that ignores the signal may still have finished reading the body.
    init?.signal?.throwIfAborted();
    if (!response.ok || data === undefined) throw problemError(response, error);
    return data;
  }

  const lang = (init: RequestOptions | undefined, query?: { lang?: UiLanguage }) =>
    query?.lang ?? init?.lang ?? options.lang;

  const listPractices = (query?: PracticeQuery, init?: RequestOptions) =>
    unwrap(
      raw.GET('/v1/practices', { params: { query: { ...query, lang: lang(init, query) } }, signal: init?.signal }),
      init,
    );

  const listResources = (query?: ResourceQuery, init?: RequestOptions) =>
    unwrap(
      raw.GET('/v1/resources', { params: { query: { ...query, lang: lang(init, query) } }, signal: init?.signal }),
      init,
    );

  const listExperts = (query?: ExpertQuery, init?: RequestOptions) =>
    unwrap(
      raw.GET('/v1/experts', { params: { query: { ...query, lang: lang(init, query) } }, signal: init?.signal }),
      init,
    );

  return {
    raw,
    listPractices,
    listResources,
    listExperts,
    getPractice: (idOrSlug, init) =>
      unwrap(
        raw.GET('/v1/practices/{practice}', {
          params: { path: { practice: idOrSlug }, query: { lang: lang(init) } },
          signal: init?.signal,
        }),
        init,
      ),
    getResource: (idOrSlug, init) =>
      unwrap(
        raw.GET('/v1/resources/{resource}', {
          params: { path: { resource: idOrSlug }, query: { lang: lang(init) } },
          signal: init?.signal,
        }),
        init,
      ),
    getExpert: (id, init) =>
      unwrap(
        raw.GET('/v1/experts/{expert}', {
          params: { path: { expert: id }, query: { lang: lang(init) } },
          signal: init?.signal,
        }),
        init,
      ),
    getTaxonomy: (init) =>
      unwrap(raw.GET('/v1/taxonomy', { params: { query: { lang: lang(init) } }, signal: init?.signal }), init),
    // The health check takes no parameters, so no `lang` is sent.
    getHealth: (init) => unwrap(raw.GET('/healthz', { signal: init?.signal }), init),
    practices: (query, init) =>
      walkPages(
        (cursor) => listPractices({ limit: WALK_PAGE_SIZE, ...query, cursor }, init),
        query?.cursor,
      ),
    resources: (query, init) =>
      walkPages(
        (cursor) => listResources({ limit: WALK_PAGE_SIZE, ...query, cursor }, init),
        query?.cursor,
      ),
    experts: (query, init) =>
      walkPages((cursor) => listExperts({ limit: WALK_PAGE_SIZE, ...query, cursor }, init), query?.cursor),
  };
}
