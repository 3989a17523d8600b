// The SDK's public types, named after the contract's schemas so they never drift from it.
import type { components, operations } from '@mnh/contract';

type Schemas = components['schemas'];

export type Practice = Schemas['Practice'];
export type PracticeSummary = Schemas['PracticeSummary'];
export type PracticePage = Schemas['PracticePage'];
/** A resource of the tools and library: a tool, guidance, publication, training material, multimedia or dataset. */
export type Resource = Schemas['Resource'];
export type ResourceSummary = Schemas['ResourceSummary'];
export type ResourcePage = Schemas['ResourcePage'];
export type ResourceType = Schemas['ResourceType'];
export type Expert = Schemas['Expert'];
export type ExpertSummary = Schemas['ExpertSummary'];
export type ExpertPage = Schemas['ExpertPage'];
export type Taxonomy = Schemas['Taxonomy'];
export type Health = Schemas['Health'];
export type Problem = Schemas['Problem'];
export type FieldError = Schemas['FieldError'];
/** One of the six UN languages the hub labels its taxonomy in. */
export type UiLanguage = Schemas['UiLanguage'];

/** The query parameters of `GET /v1/practices`, as the contract defines them. */
export type PracticeQuery = NonNullable<operations['listPractices']['parameters']['query']>;
/** The query parameters of `GET /v1/resources`, as the contract defines them. */
export type ResourceQuery = NonNullable<operations['listResources']['parameters']['query']>;
/** The query parameters of `GET /v1/experts`, as the contract defines them. */
export type ExpertQuery = NonNullable<operations['listExperts']['parameters']['query']>;

/** Per-call options. */
export interface RequestOptions {
  /** Aborts the request, and any wait before a retry. */
  signal?: AbortSignal;
  /** Language for labels in this call; overrides the client's `lang`. */
  lang?: UiLanguage;
}

/** The signed-in person: name, email, organisation (or null) and roles. */
export type Me = Schemas['Me'];
/** The answer to asking for a sign-in code: when the code stops working. */
export type SignInCodeSent = Schemas['SignInCodeSent'];
/** Tokens and the person, as `/v1/auth/token` and `/v1/auth/refresh` return them. */
export type SignInSession = Schemas['SignInSession'];
