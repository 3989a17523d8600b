// The tools and library: the filtered list of published resources, one resource (in the asked language when translated), and its own file.
import { Hono } from 'hono';
import type { operations } from '@mnh/contract';
import type { HubEnv } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import { PUBLIC_CACHE_CONTROL, publicRead } from '../http/public-read.js';
import { validateParams } from '../http/validate.js';
import { language } from '../http/language.js';
import { localised, localisedPage } from '../translations/localise.js';
import type { RouteDeps } from './deps.js';
import { codeChecks, toFacetedQuery } from './faceted-query.js';
import { knownCodes } from './known-codes.js';
import { attachment } from './submission-files.js';
import { withAbsoluteUrl } from '../feeds/links.js';

// Validated against the same contract these types are generated from, so the casts below hold.
type ListQuery = NonNullable<operations['listResources']['parameters']['query']>;
type GetParams = operations['getResource']['parameters']['path'];

export interface ResourceRouteDeps extends RouteDeps {
  /** The hub's public origin: a file the hub keeps is addressed as a path, which answers carry made absolute. */
  hubOrigin: string;
}

/** Public and cached exactly like practices: the same ETags, conditional GETs and response cache. */
export function resources({ store, contract, cache, version, hubOrigin }: ResourceRouteDeps): Hono<HubEnv> {
  // Keyed and varied by language: a translated resource reads differently in French and in English.
  const read = [language(), publicRead({ cache, version, localised: true })] as const;
  const checkCodes = knownCodes(store);
  const absolute = <T extends { url: string }>(item: T): T => withAbsoluteUrl(hubOrigin, item);
  const notFound = (idOrSlug: string) => new ProblemError(404, `No published resource has the id or slug "${idOrSlug}".`);

  return new Hono<HubEnv>()
    .get('/', ...read, validateParams(contract, 'listResources'), async (c) => {
      const query = c.get('query') as ListQuery;
      await checkCodes(codeChecks(query));
      const page = await store.resources.list(toFacetedQuery(query));
      const items = await localisedPage(store, 'resource', page.items.map(absolute), c.get('lang'));
      return c.json({ ...page, items });
    })
    .get('/:resource', ...read, validateParams(contract, 'getResource'), async (c) => {
      const { resource: idOrSlug } = c.get('params') as GetParams;
      const resource = await store.resources.get(idOrSlug);
      if (!resource) throw notFound(idOrSlug);
      const served = await localised(store, 'resource', absolute(resource), c.get('lang'));
      return c.json(served, 200, { 'Content-Language': served.language });
    })
    // Not through the response cache: files run to 10 MB, and a published file never changes.
    .get('/:resource/file', validateParams(contract, 'downloadResourceFile'), async (c) => {
      const { resource: idOrSlug } = c.get('params') as GetParams;
      const source = await store.resources.file(idOrSlug);
      const found = source && (await store.submissions.readFile(source.submissionId, source.fileId));
      if (!found) throw notFound(`${idOrSlug}/file`);
      return new Response(new Uint8Array(found.bytes), {
        status: 200,
        headers: {
          'Content-Type': found.file.mediaType,
          'Content-Length': String(found.bytes.byteLength),
          'Content-Disposition': attachment(found.file.filename),
          'X-Content-Type-Options': 'nosniff',
          // Opened directly, the file still may not run anything or be framed.
          'Content-Security-Policy': "default-src 'none'; sandbox",
          'Cache-Control': PUBLIC_CACHE_CONTROL,
        },
      });
    });
}
