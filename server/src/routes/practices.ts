// The repository of practices: the filtered list of published practices and one practice by id or slug, in the asked language when translated.
import { Hono } from 'hono';
import type { operations } from '@mnh/contract';
import type { HubEnv } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import { language } from '../http/language.js';
import { publicRead } from '../http/public-read.js';
import { localised, localisedPage } from '../translations/localise.js';
import { validateParams } from '../http/validate.js';
import type { RouteDeps } from './deps.js';
import { codeChecks, toFacetedQuery } from './faceted-query.js';
import { knownCodes } from './known-codes.js';

// Validated against the same contract these types are generated from, so the casts below hold.
type ListQuery = NonNullable<operations['listPractices']['parameters']['query']>;
type GetParams = operations['getPractice']['parameters']['path'];

export function practices({ store, contract, cache, version }: RouteDeps): Hono<HubEnv> {
  // Keyed and varied by language: a translated practice reads differently in French and in English.
  const read = [language(), publicRead({ cache, version, localised: true })] as const;
  const checkCodes = knownCodes(store);

  return new Hono<HubEnv>()
    .get('/', ...read, validateParams(contract, 'listPractices'), async (c) => {
      const query = c.get('query') as ListQuery;
      await checkCodes(codeChecks(query));
      const page = await store.practices.list(toFacetedQuery(query));
      return c.json({ ...page, items: await localisedPage(store, 'practice', page.items, c.get('lang')) });
    })
    .get('/:practice', ...read, validateParams(contract, 'getPractice'), async (c) => {
      const { practice: idOrSlug } = c.get('params') as GetParams;
      const practice = await store.practices.get(idOrSlug);
      if (!practice) throw new ProblemError(404, `No published practice has the id or slug "${idOrSlug}".`);
      const served = await localised(store, 'practice', practice, c.get('lang'));
      return c.json(served, 200, { 'Content-Language': served.language });
    });
}
