// A person's rights over their data: GET /v1/me/data-export (everything held) and DELETE /v1/me (erase).
import { Hono } from 'hono';
import { authenticate } from '../http/authenticate.js';
import type { HubEnv } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import { validateParams } from '../http/validate.js';
import type { ConnectionRouteDeps } from './connection-deps.js';
import { NO_STORE, whoIs } from './review-deps.js';

export function myData({ store, contract, signIn, clock }: ConnectionRouteDeps): Hono<HubEnv> {
  return new Hono<HubEnv>()
    .get('/data-export', authenticate({ signIn }), validateParams(contract, 'exportMyData'), async (c) => {
      const data = await store.personalData.export(whoIs(c).person.id, clock().toISOString());
      // authenticate() found the person a moment ago; only an erase racing this request gets here.
      if (!data) throw new ProblemError(401, 'Sign in again.');
      return c.json(data, 200, { ...NO_STORE, 'Content-Disposition': 'attachment; filename="my-hub-data.json"' });
    })
    .delete('/', authenticate({ signIn }), validateParams(contract, 'deleteMe'), async (c) => {
      await store.personalData.erase(whoIs(c).person.id, clock().toISOString());
      return c.body(null, 204, NO_STORE);
    });
}
