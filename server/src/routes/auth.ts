// Sign-in: send a code, trade it for tokens, refresh them, sign out. No cookies: tokens travel in bodies and headers.
import { Hono, type Context } from 'hono';
import type { components } from '@mnh/contract';
import type { SignIn } from '../auth/sign-in.js';
import type { SignInPolicy } from '../auth/policy.js';
import { authenticate } from '../http/authenticate.js';
import type { Contract } from '../http/contract.js';
import type { HubEnv } from '../http/env.js';
import { jsonBody } from '../http/json-body.js';
import { rateLimit, socketAddress } from '../http/rate-limit.js';

type Schemas = components['schemas'];

export interface AuthRouteDeps {
  contract: Contract;
  signIn: SignIn;
  policy: SignInPolicy;
  /** Who a request counts against for the per-IP limits; default the socket's address. */
  clientKey?: (c: Context) => string | undefined;
  clock: () => Date;
}

/** Tokens must not linger in caches or history. */
const PRIVATE = { 'Cache-Control': 'no-store' };
/** Sign-in bodies are a few short fields. */
const BODY = { maxBytes: 4096 };

export function auth(deps: AuthRouteDeps): Hono<HubEnv> {
  const { contract, signIn, policy, clientKey = socketAddress } = deps;
  const now = () => deps.clock().getTime();
  const perIp = (limit: number) => rateLimit({ limit, windowMs: policy.limitWindowMs, clientKey, now });
  const codeLimit = perIp(policy.codeRequestsPerIp);
  // Exchanges and refreshes share one budget: both are where guesses would be made.
  const tokenLimit = perIp(policy.tokenRequestsPerIp);

  return new Hono<HubEnv>()
    .post('/code', codeLimit, jsonBody(contract, 'requestSignInCode', BODY), async (c) => {
      const { email } = c.get('body') as Schemas['SignInCodeRequest'];
      const sent: Schemas['SignInCodeSent'] = await signIn.requestCode(email);
      return c.json(sent, 202, PRIVATE);
    })
    .post('/token', tokenLimit, jsonBody(contract, 'exchangeSignInCode', BODY), async (c) => {
      const { email, code } = c.get('body') as Schemas['SignInCodeExchange'];
      return c.json(await signIn.exchangeCode(email, code), 200, PRIVATE);
    })
    .post('/refresh', tokenLimit, jsonBody(contract, 'refreshSession', BODY), async (c) => {
      const { refreshToken } = c.get('body') as Schemas['RefreshRequest'];
      return c.json(await signIn.refresh(refreshToken), 200, PRIVATE);
    })
    .post('/sign-out', authenticate({ signIn }), jsonBody(contract, 'signOut', BODY), async (c) => {
      const body = c.get('body') as Schemas['SignOutRequest'] | undefined;
      // authenticate() has run, so someone is signed in.
      await signIn.signOut(c.get('signedIn')!, body?.refreshToken);
      return c.body(null, 204, PRIVATE);
    });
}
