// The values middleware hands to routes through Hono's context.
import type { SignedIn } from '../auth/sign-in.js';
import type { UiLanguage } from '../store/types.js';

export interface HubVariables {
  requestId: string;
  /** The language labels are served in, from `lang` or `Accept-Language`. */
  lang: UiLanguage;
  /** Query parameters, validated against the contract and coerced to their types. */
  query: Record<string, unknown>;
  /** Path parameters, validated against the contract. */
  params: Record<string, unknown>;
  /** A JSON request body, validated against the contract. */
  body: unknown;
  /** The person and session of a valid bearer token, set by `authenticate()`. */
  signedIn?: SignedIn;
}

export interface HubEnv {
  Variables: HubVariables;
}
