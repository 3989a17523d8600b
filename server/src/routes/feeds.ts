// Atom and JSON feeds of published practices and resources, with the lists' filters, for regional platforms.
import { Hono, type Context } from 'hono';
import { renderAtom } from '../feeds/atom.js';
import { newestUpdate, type FeedDocument } from '../feeds/document.js';
import { renderJsonFeed } from '../feeds/json-feed.js';
import { PRACTICE_DATA, RESOURCE_DATA, type OpenDataKind } from '../feeds/kinds.js';
import { RIGHTS } from '../feeds/licence.js';
import { normalisedUrl } from '../feeds/links.js';
import type { HubEnv } from '../http/env.js';
import { publicRead } from '../http/public-read.js';
import { validateParams } from '../http/validate.js';
import type { RouteDeps } from './deps.js';
import { knownCodes } from './known-codes.js';

export interface FeedDeps extends RouteDeps {
  /** The hub's public origin (`HUB_ORIGIN`): every link in a feed is absolute on it. */
  hubOrigin: string;
}

/** The contract's default for `limit`: a reader polling every hour rarely misses an entry. */
const DEFAULT_ENTRIES = 50;

/**
 * `GET /practices/feed.atom`, `/practices/feed.json` and the same under `/resources`, to be mounted
 * at `/v1` before the practices and resources modules (whose `/:practice` would take `feed.atom`
 * for a slug). Public reads: cached until the data changes, with an ETag and Last-Modified.
 */
export function feeds(deps: FeedDeps): Hono<HubEnv> {
  const read = publicRead({ cache: deps.cache, version: deps.version });
  const checkCodes = knownCodes(deps.store);
  const app = new Hono<HubEnv>();

  function serve<Item, Filters>(kind: OpenDataKind<Item, Filters>): void {
    const document = async (c: Context<HubEnv>): Promise<FeedDocument> => {
      const query = c.get('query');
      const { checks, filters } = kind.select(query);
      await checkCodes(checks);
      const limit = typeof query.limit === 'number' ? query.limit : DEFAULT_ENTRIES;
      const items = await kind.newest(deps.store, filters, limit);
      const entries = items.map((item) => kind.entry(item, deps.hubOrigin));
      const selfUrl = normalisedUrl(deps.hubOrigin, c.req.path, new URL(c.req.url).searchParams);
      return {
        id: selfUrl,
        title: kind.title,
        subtitle: describe(kind, query),
        selfUrl,
        homeUrl: `${deps.hubOrigin}/`,
        updated: newestUpdate(entries),
        rights: RIGHTS,
        entries,
      };
    };
    const dated = (doc: FeedDocument, type: string) => ({ 'Content-Type': type, 'Last-Modified': doc.updated.toUTCString() });

    app.get(`/${kind.collection}/feed.atom`, read, validateParams(deps.contract, kind.operations.atom), async (c) => {
      const doc = await document(c);
      return c.body(renderAtom(doc), 200, dated(doc, 'application/atom+xml; charset=utf-8'));
    });
    app.get(`/${kind.collection}/feed.json`, read, validateParams(deps.contract, kind.operations.json), async (c) => {
      const doc = await document(c);
      return c.body(renderJsonFeed(doc), 200, dated(doc, 'application/feed+json'));
    });
  }

  serve(PRACTICE_DATA);
  serve(RESOURCE_DATA);
  return app;
}

/** What the feed holds, in words a reader's subscription list can show. */
function describe<Item, Filters>(kind: OpenDataKind<Item, Filters>, query: Record<string, unknown>): string {
  const filters = Object.entries(query)
    .filter(([name]) => name !== 'limit')
    .map(([name, value]) => `${name} ${Array.isArray(value) ? value.join(', ') : String(value)}`);
  const what = `The newest published ${kind.collection} of the Migration Network Hub`;
  return filters.length === 0 ? what : `${what}; ${filters.join('; ')}`;
}
