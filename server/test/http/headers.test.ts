// Headers on every response: CORS for any origin without credentials, security headers, request ids.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/types.js';
import { call } from '../helpers/contract-check.js';
import { appOn, seededStore } from '../helpers/hub.js';

let store: Store;
let app: ReturnType<typeof appOn>;

beforeAll(async () => {
  store = await seededStore();
  app = appOn(store);
});
afterAll(async () => {
  await store.close();
});

const ORIGIN = { Origin: 'https://partner.example.org' };

describe('CORS', () => {
  it.each(['/v1/practices?limit=1', '/v1/taxonomy', '/v1/practices?limit=0', '/v1/nowhere', '/openapi.json', '/healthz'])(
    '%s is readable from any origin, without credentials',
    async (path) => {
      const res = await call(app, path, { headers: ORIGIN });
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
      expect(res.headers.get('Access-Control-Allow-Credentials')).toBeNull();
      expect(res.headers.get('Access-Control-Expose-Headers')).toMatch(/ETag/);
    },
  );

  it('answers a preflight with the methods, headers and how long to remember them', async () => {
    const res = await call(app, '/v1/practices', {
      method: 'OPTIONS',
      headers: { ...ORIGIN, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match, accept-language' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Access-Control-Allow-Methods')).toMatch(/GET/);
    expect(res.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toMatch(/if-none-match/);
    expect(res.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toMatch(/accept-language/);
    expect(Number(res.headers.get('Access-Control-Max-Age'))).toBeGreaterThanOrEqual(600);
  });
});

describe('security headers', () => {
  it.each([
    ['a list', '/v1/practices?limit=2', 200],
    ['a bad request', '/v1/practices?limit=1000', 400],
    ['an unknown path', '/wp-admin', 404],
  ])('are on %s', async (_what, path, status) => {
    const res = await call(app, path);
    expect(res.status).toBe(status);
    expect(res.headers.get('Content-Security-Policy')).toMatch(/default-src 'none'/);
    expect(res.headers.get('Content-Security-Policy')).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('X-Frame-Options')).toBe('DENY');
    expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(res.headers.get('Strict-Transport-Security')).toMatch(/max-age=/);
    expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
    expect(res.headers.get('X-Powered-By')).toBeNull();
  });

  it('keep user text inert in problem documents', async () => {
    const res = await call(app, '/v1/practices?%3Cscript%3Ealert(1)%3C%2Fscript%3E=1');
    expect(res.status).toBe(400);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect((res.json as { errors: { field: string }[] }).errors[0]?.field).toBe('<script>alert(1)</script>');
  });
});

describe('request ids', () => {
  it('gives each response an X-Request-Id', async () => {
    const a = await call(app, '/v1/taxonomy');
    const b = await call(app, '/v1/taxonomy');
    expect(a.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(b.headers.get('X-Request-Id')).not.toBe(a.headers.get('X-Request-Id'));
  });

  it('keeps a well-formed id sent by the client and replaces a malformed one', async () => {
    const kept = await call(app, '/healthz', { headers: { 'X-Request-Id': 'edge-1234_abcd' } });
    expect(kept.headers.get('X-Request-Id')).toBe('edge-1234_abcd');
    const replaced = await call(app, '/healthz', { headers: { 'X-Request-Id': 'bad id <x>' } });
    expect(replaced.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
