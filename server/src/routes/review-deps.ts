// What the review routes are built from, and the small helpers they share.
import type { Context, MiddlewareHandler } from 'hono';
import type { SignIn, SignedIn } from '../auth/sign-in.js';
import { authenticate } from '../http/authenticate.js';
import type { Contract } from '../http/contract.js';
import type { HubEnv } from '../http/env.js';
import type { ReviewDeps } from '../review/steps.js';

export interface ReviewRouteDeps extends ReviewDeps {
  contract: Contract;
  signIn: SignIn;
}

/** Signs in once per request, even where another module mounted on the same path signed in first. */
export function signedInOnce(signIn: SignIn): MiddlewareHandler<HubEnv> {
  const auth = authenticate({ signIn });
  return (c, next) => (c.get('signedIn') ? next() : auth(c, next));
}

/** The signed-in person; only after `signedInOnce()`. */
export function whoIs(c: Context<HubEnv>): SignedIn {
  return c.get('signedIn') as SignedIn;
}

export function param(c: Context<HubEnv>, name: string): string {
  return (c.get('params') as Record<string, string>)[name] as string;
}

export const NO_STORE = { 'Cache-Control': 'no-store' } as const;

/** Review bodies are small: a verdict with seven comments of at most 2,000 characters. */
export const REVIEW_BODY = { maxBytes: 128 * 1024 };
