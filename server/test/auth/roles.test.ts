// requireRole(): the gate later routes (review, curation, administration) are built behind.
import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSignIn } from '../../src/auth/sign-in.js';
import { authenticate, requireRole } from '../../src/http/authenticate.js';
import type { HubEnv } from '../../src/http/env.js';
import { problemErrorHandler } from '../../src/http/problem.js';
import { silentLogger } from '../../src/http/logger.js';
import { mailQueue } from '../../src/mail/queue.js';
import { authHub, bearer, signIn, type AuthHub } from './support.js';

let hub: AuthHub;
let gated: Hono<HubEnv>;
beforeEach(async () => {
  hub = await authHub();
  const service = createSignIn({ store: hub.store, mail: mailQueue(hub.store.outbox), clock: hub.clock.now });
  gated = new Hono<HubEnv>()
    .get('/curation', authenticate({ signIn: service }), requireRole('curator', 'admin'), (c) => c.json({ who: c.get('signedIn')?.person.email }))
    .get('/anyone', authenticate({ signIn: service, required: false }), (c) => c.json({ who: c.get('signedIn')?.person.email ?? null }))
    .get('/ungated', requireRole('contributor'), (c) => c.json({}));
  gated.onError(problemErrorHandler(silentLogger));
});
afterEach(() => hub.close());

describe('requireRole', () => {
  it('lets a curator through and refuses a contributor with 403', async () => {
    const curator = await hub.store.people.create({ email: 'curator@example.org', name: 'C' });
    await hub.store.people.grantRole(curator.id, 'curator');
    const asCurator = await signIn(hub, 'curator@example.org');
    const asContributor = await signIn(hub, 'someone@example.org');

    const ok = await gated.request('/curation', bearer(asCurator.accessToken));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ who: 'curator@example.org' });

    const refused = await gated.request('/curation', bearer(asContributor.accessToken));
    expect(refused.status).toBe(403);
    expect(refused.headers.get('Content-Type')).toBe('application/problem+json');
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/curator, admin/);
  });

  it('sees a role granted after sign-in on the next request', async () => {
    const tokens = await signIn(hub, 'promoted@example.org');
    expect((await gated.request('/curation', bearer(tokens.accessToken))).status).toBe(403);
    await hub.store.people.grantRole(tokens.user.id, 'admin');
    expect((await gated.request('/curation', bearer(tokens.accessToken))).status).toBe(200);
  });

  it('is a 401 with a Bearer challenge when nobody signed in', async () => {
    for (const path of ['/curation', '/ungated']) {
      const res = await gated.request(path);
      expect(res.status).toBe(401);
      expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
    }
  });

  it('optional sign-in lets anonymous requests through but not bad tokens', async () => {
    expect(await (await gated.request('/anyone')).json()).toEqual({ who: null });
    expect((await gated.request('/anyone', bearer('bm90LWEtdG9rZW4tbm90LWEtdG9rZW4tbm90LWEtdG9rZW4'))).status).toBe(401);
  });
});
