// The health check: 200 while the store answers, 503 problem when it does not.
import { Hono } from 'hono';
import type { components } from '@mnh/contract';
import type { HubEnv } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import { validateParams } from '../http/validate.js';
import type { RouteDeps } from './deps.js';

type Health = components['schemas']['Health'];

export function health({ store, contract }: RouteDeps, version: string): Hono<HubEnv> {
  return new Hono<HubEnv>().get('/', validateParams(contract, 'getHealth'), async (c) => {
    const ok = await store.ping().catch(() => false);
    if (!ok) throw new ProblemError(503, 'The store does not answer.', { headers: { 'Retry-After': '5' } });
    const body: Health = { status: 'ok', version };
    return c.json(body, 200, { 'Cache-Control': 'no-store' });
  });
}
