// Bearer-token sign-in for routes: who is asking (`authenticate`) and whether they may (`requireRole`).
import type { MiddlewareHandler } from 'hono';
import type { SignIn } from '../auth/sign-in.js';
import { unauthorized } from '../auth/unauthorized.js';
import type { Role } from '../store/types.js';
import type { HubEnv } from './env.js';
import { ProblemError } from './problem.js';

const BEARER = /^Bearer[ \t]+([A-Za-z0-9._~+/-]+=*)[ \t]*$/i;

export interface AuthenticateOptions {
  signIn: SignIn;
  /** When false, a request without `Authorization` goes on anonymously; a bad token is still a 401. Default true. */
  required?: boolean;
}

/**
 * Reads `Authorization: Bearer <access token>` and puts the person and session in
 * `c.get('signedIn')`. A missing token (when required), a malformed header, or a token that is
 * unknown, expired or revoked is a 401 problem with a `WWW-Authenticate: Bearer` challenge.
 *
 * @example
 * ```ts
 * app.get('/v1/me', authenticate({ signIn }), async (c) => c.json(await signIn.me(c.get('signedIn')!.person)));
 * ```
 */
export function authenticate(options: AuthenticateOptions): MiddlewareHandler<HubEnv> {
  const { signIn, required = true } = options;
  return async function authenticate(c, next) {
    const header = c.req.header('Authorization');
    if (header === undefined) {
      if (required) throw unauthorized('Sign in first: send an access token as Authorization: Bearer <token>.', false);
      return next();
    }
    const token = BEARER.exec(header)?.[1];
    if (!token) throw unauthorized('The Authorization header must be "Bearer <access token>".', true);
    const signedIn = await signIn.authenticate(token);
    if (!signedIn) throw unauthorized('The access token has expired or was revoked; refresh it or sign in again.', true);
    c.set('signedIn', signedIn);
    await next();
  };
}

/**
 * Lets the request through when the signed-in person holds one of `roles` (every signed-in person
 * is a `contributor`); 401 when nobody is signed in, 403 otherwise. Mount after `authenticate()`.
 *
 * @example
 * ```ts
 * app.post('/v1/assignments', authenticate({ signIn }), requireRole('curator', 'admin'), assign);
 * ```
 */
export function requireRole(...roles: Role[]): MiddlewareHandler<HubEnv> {
  return async function requireRole(c, next) {
    const signedIn = c.get('signedIn');
    if (!signedIn) throw unauthorized('Sign in first: send an access token as Authorization: Bearer <token>.', false);
    if (!roles.some((role) => signedIn.roles.includes(role))) {
      throw new ProblemError(403, `This needs one of these roles: ${roles.join(', ')}.`);
    }
    await next();
  };
}
