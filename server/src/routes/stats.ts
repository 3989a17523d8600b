// Numbers at a glance: published practices and resources and listed experts, counted by facet.
import { Hono } from 'hono';
import type { HubEnv } from '../http/env.js';
import { publicRead } from '../http/public-read.js';
import { validateParams } from '../http/validate.js';
import type { RouteDeps } from './deps.js';

/** `GET /` (mounted at /v1/stats): computed once per data version, then served from the response cache. */
export function stats({ store, contract, cache, version }: RouteDeps): Hono<HubEnv> {
  return new Hono<HubEnv>().get('/', publicRead({ cache, version }), validateParams(contract, 'getStats'), async (c) =>
    c.json(await store.stats.get()),
  );
}
