// The experts directory: the filtered list and one public profile (never email or phone).
import { Hono } from 'hono';
import type { operations } from '@mnh/contract';
import type { ExpertQuery } from '../store/types.js';
import type { HubEnv } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import { publicRead } from '../http/public-read.js';
import { validateParams } from '../http/validate.js';
import type { RouteDeps } from './deps.js';
import { knownCodes } from './known-codes.js';

// Validated against the same contract these types are generated from, so the casts below hold.
type ListQuery = NonNullable<operations['listExperts']['parameters']['query']>;
type GetParams = operations['getExpert']['parameters']['path'];

const OBJECTIVE_NUMBER = /^\d+$/;

export function experts({ store, contract, cache, version }: RouteDeps): Hono<HubEnv> {
  const read = publicRead({ cache, version });
  const checkCodes = knownCodes(store);

  return new Hono<HubEnv>()
    .get('/', read, validateParams(contract, 'listExperts'), async (c) => {
      const { lang: _lang, limit, ...filters } = c.get('query') as ListQuery;
      await checkCodes([
        // Objective numbers are checked by the contract's pattern; words must be known themes.
        { field: 'expertise', kind: 'theme', values: filters.expertise?.filter((e) => !OBJECTIVE_NUMBER.test(e)) },
        { field: 'country', kind: 'country', values: filters.country },
      ]);
      const query: ExpertQuery = { ...filters, limit: limit ?? 20 };
      return c.json(await store.experts.list(query));
    })
    .get('/:expert', read, validateParams(contract, 'getExpert'), async (c) => {
      const { expert: id } = c.get('params') as GetParams;
      const expert = await store.experts.get(id);
      if (!expert) throw new ProblemError(404, `No expert has the id "${id}".`);
      return c.json(expert);
    });
}
