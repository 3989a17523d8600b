// The per-client rate limit on its own: budgets per client, Retry-After, and windows that end.
import { describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { problemErrorHandler } from '../../src/http/problem.js';
import { silentLogger } from '../../src/http/logger.js';
import { rateLimit } from '../../src/http/rate-limit.js';
import { call } from '../helpers/contract-check.js';

function limitedApp(limit: number, clock: { now: number }) {
  const app = new Hono();
  app.use(rateLimit({ limit, windowMs: 60_000, now: () => clock.now, clientKey: (c) => c.req.header('X-Client') ?? 'anon' }));
  app.get('/v1/taxonomy-like', (c) => c.text('ok'));
  app.onError(problemErrorHandler(silentLogger));
  return app;
}

const as = (client: string) => ({ headers: { 'X-Client': client } });

describe('rateLimit', () => {
  it('refuses the request after the budget with 429, a problem and Retry-After until the window ends', async () => {
    const clock = { now: 1_000_000 };
    const app = limitedApp(2, clock);
    expect((await call(app, '/v1/taxonomy-like', as('a'))).status).toBe(200);
    clock.now += 15_000;
    expect((await call(app, '/v1/taxonomy-like', as('a'))).status).toBe(200);
    const refused = await call(app, '/v1/taxonomy-like', as('a'));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toBe('45');
    expect(refused.headers.get('Content-Type')).toBe('application/problem+json');
    expect(refused.json).toMatchObject({ type: '/problems/too-many-requests', status: 429 });
  });

  it('counts each client separately', async () => {
    const clock = { now: 0 };
    const app = limitedApp(1, clock);
    expect((await call(app, '/v1/taxonomy-like', as('a'))).status).toBe(200);
    expect((await call(app, '/v1/taxonomy-like', as('a'))).status).toBe(429);
    expect((await call(app, '/v1/taxonomy-like', as('b'))).status).toBe(200);
  });

  it('gives a new budget when the window ends', async () => {
    const clock = { now: 0 };
    const app = limitedApp(1, clock);
    await call(app, '/v1/taxonomy-like', as('a'));
    expect((await call(app, '/v1/taxonomy-like', as('a'))).status).toBe(429);
    clock.now += 60_000;
    expect((await call(app, '/v1/taxonomy-like', as('a'))).status).toBe(200);
  });
});
