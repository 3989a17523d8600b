// Errors as problem details: unknown paths, wrong methods, rate limits, and real faults without leaks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/types.js';
import { call } from '../helpers/contract-check.js';
import { appOn, memoryLogger, seededStore } from '../helpers/hub.js';

let store: Store;
let app: ReturnType<typeof appOn>;

beforeAll(async () => {
  store = await seededStore();
  app = appOn(store);
});
afterAll(async () => {
  await store.close();
});

describe('404 and 405', () => {
  it.each(['/v2/practices', '/v1', '/v1/practices/prc_x/reviews', '/index.php', '/healthz/'])('%s is a 404 problem', async (path) => {
    const res = await call(app, path);
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(res.json).toMatchObject({ type: '/problems/not-found', title: 'Not found', status: 404, instance: path });
  });

  it.each([
    ['POST', '/v1/practices'],
    ['DELETE', '/v1/practices/prc_canary0001'],
    ['PUT', '/v1/experts/exp_canary0001'],
    ['PATCH', '/v1/taxonomy'],
    ['POST', '/healthz'],
  ])('%s %s is a 405 problem with Allow', async (method, path) => {
    const res = await call(app, path, { method, body: method === 'DELETE' ? undefined : '{}', headers: { 'Content-Type': 'application/json' } });
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe('GET, HEAD');
    expect(res.json).toMatchObject({ type: '/problems/method-not-allowed', status: 405 });
  });

  it('keeps 404 for a wrong method on a path that does not exist', async () => {
    expect((await call(app, '/v1/nothing-here', { method: 'POST' })).status).toBe(404);
  });
});

describe('rate limit', () => {
  it('refuses public reads over the per-minute budget with 429 and Retry-After, per client', async () => {
    const limited = appOn(store, { rateLimitPerMinute: 3, rateLimitKey: (c) => c.req.header('X-Test-Client') ?? '?' });
    const as = (client: string) => ({ headers: { 'X-Test-Client': client } });
    for (let i = 0; i < 3; i++) expect((await call(limited, '/v1/taxonomy', as('a'))).status).toBe(200);
    const refused = await call(limited, '/v1/practices?limit=1', as('a'));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('Retry-After'))).toBeLessThanOrEqual(60);
    expect(refused.json).toMatchObject({ type: '/problems/too-many-requests' });
    expect(refused.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect((await call(limited, '/v1/experts/exp_abcdef1', as('a'))).status).toBe(429);
    expect((await call(limited, '/v1/taxonomy', as('b'))).status).toBe(200);
    // The health check is for monitors and load balancers: never limited.
    expect((await call(limited, '/healthz', as('a'))).status).toBe(200);
  });

  it('is off when the budget is 0', async () => {
    const unlimited = appOn(store, { rateLimitPerMinute: 0 });
    for (let i = 0; i < 20; i++) expect((await call(unlimited, '/v1/taxonomy')).status).toBe(200);
  });
});

describe('real faults', () => {
  it('answer 500 with a problem that names no internals, and log the fault with the request id', async () => {
    const failing: Store = {
      ...store,
      practices: {
        ...store.practices,
        list: async () => {
          throw new Error('SQLITE_CORRUPT: database disk image is malformed at /srv/secret/hub.db');
        },
      },
    };
    const { logger, lines } = memoryLogger();
    const faulty = appOn(failing, { logger });
    const res = await call(faulty, '/v1/practices?objective=3');
    expect(res.status).toBe(500);
    expect(res.json).toMatchObject({ type: '/problems/internal-error', status: 500 });
    expect(res.text).not.toMatch(/SQLITE|secret|hub\.db|at .*\.ts/);
    const requestId = res.headers.get('X-Request-Id');
    const fault = lines.find((line) => line.msg === 'unhandled error');
    expect(fault).toMatchObject({ level: 'error', requestId, path: '/v1/practices' });
    expect(String(fault?.error)).toMatch(/SQLITE_CORRUPT/);
    expect(lines.find((line) => line.msg === 'request')).toMatchObject({ level: 'error', status: 500, requestId });
  });
});

describe('request log', () => {
  it('writes one line per request with method, path, status, duration and request id, and no headers', async () => {
    const { logger, lines } = memoryLogger();
    const logged = appOn(store, { logger });
    const res = await call(logged, '/v1/practices?q=secret%20search&limit=2', {
      headers: { Authorization: 'Bearer top-secret-token', Cookie: 'session=top-secret-cookie' },
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'info',
      msg: 'request',
      method: 'GET',
      path: '/v1/practices',
      status: 200,
      requestId: res.headers.get('X-Request-Id'),
    });
    expect(lines[0]?.ms).toEqual(expect.any(Number));
    expect(JSON.stringify(lines)).not.toMatch(/top-secret|secret search|Authorization|Cookie/i);
  });
});
