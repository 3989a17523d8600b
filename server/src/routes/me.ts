// The signed-in person: who they are, their organisation and their roles.
import { Hono } from 'hono';
import type { SignIn } from '../auth/sign-in.js';
import { authenticate } from '../http/authenticate.js';
import type { Contract } from '../http/contract.js';
import type { HubEnv } from '../http/env.js';
import { validateParams } from '../http/validate.js';

export function me({ contract, signIn }: { contract: Contract; signIn: SignIn }): Hono<HubEnv> {
  return new Hono<HubEnv>().get('/', authenticate({ signIn }), validateParams(contract, 'getMe'), async (c) =>
    // authenticate() has run, so someone is signed in.
    c.json(await signIn.me(c.get('signedIn')!.person), 200, { 'Cache-Control': 'no-store' }),
  );
}
