// The repository of practices: the filtered list of published practices and one practice by id or slug.
import { Hono } from 'hono';
import type { operations } from '@mnh/contract';
import type { HubEnv } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import { publicRead } from '../http/public-read.js';
import { validateParams } from '../http/validate.js';
import type { RouteDeps } from './deps.js';
import { codeChecks, toFacetedQuery } from './faceted-query.js';
import { knownCodes } from './known-codes.js';

// Validated against the same contract these types are generated from, so the casts below hold.
type ListQuery = NonNullable<operations['listPractices']['parameters']['query']>;
type GetParams = operations['getPractice']['parameters']['path'];

export function practices({ store, contract, cache, version }: RouteDeps): Hono<HubEnv> {
  const read = publicRead({ cache, version });
  const checkCodes = knownCodes(store);

  return new Hono<HubEnv>()
    .get('/', read, validateParams(contract, 'listPractices'), async (c) => {
      const query = c.get('query') as ListQuery;
      await checkCodes(codeChecks(query));
      return c.json(await store.practices.list(toFacetedQuery(query)));
    })
    .get('/:practice', read, validateParams(contract, 'getPractice'), async (c) => {
      const { practice: idOrSlug } = c.get('params') as GetParams;
      const practice = await store.practices.get(idOrSlug);
      if (!practice) throw new ProblemError(404, `No published practice has the id or slug "${idOrSlug}".`);
      return c.json(practice);
    });
}
