// CORS for signed-in requests: registered partner origins and the hub's own only; public reads stay open to all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../helpers/contract-check.js';
import { authHub, bearer, post, signIn, type AuthHub, type Tokens } from './support.js';

const PARTNER = 'https://partner.example.org';
const HUB = 'https://hub.example.org';
const STRANGER = 'https://evil.example.net';

let hub: AuthHub;
let tokens: Tokens;
beforeAll(async () => {
  hub = await authHub({ hubOrigin: HUB });
  await hub.store.partnerSites.register({ name: 'Partner portal', origins: [PARTNER] });
  tokens = await signIn(hub, 'cors@example.org');
});
afterAll(() => hub.close());

function preflight(origin: string, headers: string, method = 'GET', path = '/v1/me') {
  return call(hub.app, path, {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': headers },
  });
}

describe('signed-in requests', () => {
  it.each([PARTNER, HUB])('from %s are allowed, with the origin echoed and Vary: Origin', async (origin) => {
    const res = await call(hub.app, '/v1/me', bearer(tokens.accessToken, { Origin: origin }));
    expect(res.status).toBe(200);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe(origin);
    expect(res.headers.get('Vary')).toMatch(/Origin/);
    expect(res.headers.get('Access-Control-Allow-Credentials')).toBeNull();
  });

  it.each([STRANGER, 'null', 'https://partner.example.org.evil.example.net', 'http://partner.example.org'])(
    'from %s are refused with a 403 problem and no CORS allowance',
    async (origin) => {
      const res = await call(hub.app, '/v1/me', bearer(tokens.accessToken, { Origin: origin }));
      expect(res.status).toBe(403);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
      expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull();
    },
  );

  it('are refused from an unregistered origin even where they would be a public read', async () => {
    const res = await call(hub.app, '/v1/taxonomy', bearer(tokens.accessToken, { Origin: STRANGER }));
    expect(res.status).toBe(403);
  });

  it('to a public, localised read keep Vary: Origin beside Accept-Language, so shared caches keep origins apart', async () => {
    const res = await call(hub.app, '/v1/taxonomy?lang=fr', bearer(tokens.accessToken, { Origin: PARTNER }));
    expect(res.status).toBe(200);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe(PARTNER);
    expect(res.headers.get('Vary')).toMatch(/Accept-Language/);
    expect(res.headers.get('Vary')).toMatch(/Origin/);
  });

  it('sent without an Origin (a server, a script) are not cross-origin and pass', async () => {
    expect((await call(hub.app, '/v1/me', bearer(tokens.accessToken))).status).toBe(200);
  });

  it('from a partner site registered later are allowed at once', async () => {
    const later = 'https://later.example.org';
    expect((await call(hub.app, '/v1/me', bearer(tokens.accessToken, { Origin: later }))).status).toBe(403);
    await hub.store.partnerSites.register({ name: 'Later partner', origins: [later] });
    expect((await call(hub.app, '/v1/me', bearer(tokens.accessToken, { Origin: later }))).status).toBe(200);
  });
});

describe('preflights', () => {
  it('asking for Authorization from a registered origin are allowed for that origin', async () => {
    const res = await preflight(PARTNER, 'authorization, content-type', 'POST', '/v1/auth/sign-out');
    expect(res.status).toBe(204);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe(PARTNER);
    expect(res.headers.get('Access-Control-Allow-Headers')).toMatch(/Authorization/);
    expect(res.headers.get('Access-Control-Allow-Methods')).toMatch(/POST/);
    expect(res.headers.get('Vary')).toMatch(/Origin/);
  });

  it('asking for Authorization from an unregistered origin get no allowance', async () => {
    const res = await preflight(STRANGER, 'Authorization');
    expect(res.status).toBe(403);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect(res.headers.get('Access-Control-Allow-Headers')).toBeNull();
  });

  it('without Authorization stay public: any origin may read and ask for a code', async () => {
    const read = await preflight(STRANGER, 'if-none-match');
    expect(read.status).toBe(204);
    expect(read.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const code = await preflight(STRANGER, 'content-type', 'POST', '/v1/auth/code');
    expect(code.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(code.headers.get('Access-Control-Allow-Methods')).toMatch(/POST/);
    expect(code.headers.get('Access-Control-Allow-Headers')).not.toMatch(/Authorization/);
  });
});

describe('public reads', () => {
  it.each(['/v1/taxonomy', '/v1/practices?limit=1', '/healthz'])('%s stays readable from any origin with *', async (path) => {
    const res = await call(hub.app, path, { headers: { Origin: STRANGER } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('sign-in itself works from any origin, since it carries no token', async () => {
    const res = await post(hub.app, '/v1/auth/code', { email: 'from.anywhere@example.org' }, { Origin: STRANGER });
    expect(res.status).toBe(202);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });
});
