// The GCM taxonomy (objectives, principles, clusters, geography, languages), labelled in the asked language.
import { Hono } from 'hono';
import type { HubEnv } from '../http/env.js';
import { language } from '../http/language.js';
import { publicRead } from '../http/public-read.js';
import { validateParams } from '../http/validate.js';
import type { RouteDeps } from './deps.js';

export function taxonomy({ store, contract, cache, version }: RouteDeps): Hono<HubEnv> {
  return new Hono<HubEnv>().get(
    '/',
    language(),
    publicRead({ cache, version, localised: true }),
    validateParams(contract, 'getTaxonomy'),
    async (c) => c.json(await store.taxonomy.get(c.get('lang'))),
  );
}
