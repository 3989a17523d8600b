// The repository of practices: the filtered list of published practices and one practice by id or slug.
import { Hono } from 'hono';
import type { operations } from '@mnh/contract';
import type { PracticeQuery } from '../store/types.js';
import type { HubEnv } from '../http/env.js';
import { invalidRequest, ProblemError, type FieldError } from '../http/problem.js';
import { publicRead } from '../http/public-read.js';
import { validateParams } from '../http/validate.js';
import type { RouteDeps } from './deps.js';
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
      await checkCodes([
        { field: 'theme', kind: 'theme', values: query.theme },
        { field: 'country', kind: 'country', values: query.country },
      ]);
      return c.json(await store.practices.list(toPracticeQuery(query)));
    })
    .get('/:practice', read, validateParams(contract, 'getPractice'), async (c) => {
      const { practice: idOrSlug } = c.get('params') as GetParams;
      const practice = await store.practices.get(idOrSlug);
      if (!practice) throw new ProblemError(404, `No published practice has the id or slug "${idOrSlug}".`);
      return c.json(practice);
    });
}

/** Rules across parameters that a per-parameter schema cannot say, then the store's query. */
function toPracticeQuery(query: ListQuery): PracticeQuery {
  const errors: FieldError[] = [];
  if (query.sort === 'relevance' && query.q === undefined) {
    errors.push({ field: 'sort', in: 'query', message: 'relevance needs a search text in q' });
  }
  if (query.yearFrom !== undefined && query.yearTo !== undefined && query.yearFrom > query.yearTo) {
    errors.push({ field: 'yearTo', in: 'query', message: 'must not be before yearFrom' });
  }
  if (errors.length > 0) throw invalidRequest(errors);
  const { lang: _lang, sort, limit, ...filters } = query;
  return { ...filters, sort: sort ?? (query.q === undefined ? 'newest' : 'relevance'), limit: limit ?? 20 };
}
