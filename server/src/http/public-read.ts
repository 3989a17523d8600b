// Public reads: strong ETags, conditional GETs, CDN caching headers and the in-memory response cache.
import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { HubEnv } from './env.js';
import type { CachedResponse, ResponseCache } from './response-cache.js';

/** Browsers revalidate after a minute; a CDN keeps a copy for five and may serve it stale while refreshing. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, s-maxage=300, stale-while-revalidate=600';

/** Longer URLs are answered but not cached, so odd requests cannot crowd out useful entries. */
const MAX_KEY_LENGTH = 2048;

export interface PublicReadOptions {
  cache: ResponseCache;
  /** The store's data version; a new version makes every cached body stale. */
  version: () => number;
  /** The body depends on `c.get('lang')`: the key includes it and responses carry Content-Language and Vary. */
  localised?: boolean;
  cacheControl?: string;
}

/**
 * Wraps a GET route whose 200 body depends only on the URL (and the language when `localised`).
 * The first answer is encoded once, given a strong ETag (a hash of its bytes) and kept in the
 * cache under the normalised URL, the language and the store's version; later requests are answered
 * from the cache without touching validation or the store, and `If-None-Match` gets a 304.
 *
 * @example
 * ```ts
 * const cache = new ResponseCache();
 * app.get('/v1/taxonomy', language(), publicRead({ cache, version: () => store.version(), localised: true }),
 *   async (c) => c.json(await store.taxonomy.get(c.get('lang'))));
 * ```
 */
export function publicRead(options: PublicReadOptions): MiddlewareHandler<HubEnv> {
  const { cache, version, localised = false, cacheControl = PUBLIC_CACHE_CONTROL } = options;
  return async function publicRead(c, next) {
    const atVersion = version();
    const key = cacheKey(c, localised);
    const hit = key === undefined ? undefined : cache.get(key, atVersion);
    if (hit) return respond(c, hit, true);

    await next();
    if (c.res.status !== 200) return;
    const body = new Uint8Array(await c.res.arrayBuffer());
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
    const headers: Record<string, string> = {
      'Content-Type': c.res.headers.get('Content-Type') ?? 'application/json',
      ETag: etag,
      'Cache-Control': cacheControl,
    };
    // A route may date its body (feeds do): kept, so cache hits answer If-Modified-Since too.
    const lastModified = c.res.headers.get('Last-Modified');
    if (lastModified) headers['Last-Modified'] = lastModified;
    if (localised) {
      // A route serving content in another language than asked (a practice without that translation) says so itself.
      headers['Content-Language'] = c.res.headers.get('Content-Language') ?? c.get('lang');
      headers.Vary = 'Accept-Language';
    }
    const entry: CachedResponse = { body, headers, etag, version: atVersion };
    if (key !== undefined) cache.set(key, entry);
    c.res = respond(c, entry, key !== undefined);
  };
}

/** Requests answered with a cached entry's 200, for `replay.ts` to record the headers the whole pipeline sent with it. */
const answered = new WeakMap<Request, CachedResponse>();

/** The cache entry whose 200 answered `request`, if a public read did. */
export function answeredFromCache(request: Request): CachedResponse | undefined {
  return answered.get(request);
}

/** A 304 carries the 200's validators and caching headers, but nothing that describes a body. */
export function describesBody(headerName: string): boolean {
  return headerName.toLowerCase() === 'content-type';
}

function respond(c: Context<HubEnv>, entry: CachedResponse, cached: boolean): Response {
  if (matchesAny(c.req.header('If-None-Match'), entry.etag) || notModifiedSince(c, entry)) {
    const validators = Object.fromEntries(Object.entries(entry.headers).filter(([name]) => !describesBody(name)));
    return c.body(null, 304, validators);
  }
  if (cached) answered.set(c.req.raw, entry);
  return c.body(entry.body, 200, entry.headers);
}

/** `If-Modified-Since` counts only without `If-None-Match` (RFC 9110 §13.1.3), for bodies dated by `Last-Modified`. */
function notModifiedSince(c: Context<HubEnv>, entry: CachedResponse): boolean {
  const since = c.req.header('If-Modified-Since');
  const lastModified = entry.headers['Last-Modified'];
  if (since === undefined || lastModified === undefined || c.req.header('If-None-Match') !== undefined) return false;
  const sinceMs = Date.parse(since);
  return !Number.isNaN(sinceMs) && Date.parse(lastModified) <= sinceMs;
}

/** `If-None-Match` uses the weak comparison (RFC 9110 §13.1.2): `W/"x"` matches `"x"`. */
export function matchesAny(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * Path plus query parameters sorted by name, and the language if it matters. Values of a repeated
 * parameter keep their order: the store's cursors remember it, so `objective=6&objective=5` must
 * not be served the page (and cursor) of `objective=5&objective=6`.
 */
export function cacheKey(c: Context<HubEnv>, localised: boolean): string | undefined {
  const url = c.req.url;
  const queryStart = url.indexOf('?');
  return responseKey(c.req.path, queryStart === -1 ? undefined : url.slice(queryStart + 1), localised ? c.get('lang') : undefined);
}

/** The cache key of a path, its raw query (after `?`) and the language of a localised response. */
export function responseKey(path: string, query: string | undefined, lang?: string): string | undefined {
  let key = path;
  if (query) key += `?${sortedQuery(query)}`;
  if (lang !== undefined) key = `${lang} ${key}`;
  return key.length <= MAX_KEY_LENGTH ? key : undefined;
}

const nameOf = (pair: string) => {
  const end = pair.indexOf('=');
  return end === -1 ? pair : pair.slice(0, end);
};

function sortedQuery(query: string): string {
  // Names written plainly (the usual case) sort as they are, which is several times cheaper than
  // URLSearchParams; an escaped or '+' name is decoded first, so spellings of one name sort together.
  if (query.includes('%') || query.includes('+')) {
    const params = new URLSearchParams(query);
    params.sort();
    return params.toString();
  }
  // Array.prototype.sort is stable: pairs with the same name keep their order.
  return query
    .split('&')
    .sort((a, b) => {
      const [x, y] = [nameOf(a), nameOf(b)];
      return x < y ? -1 : x > y ? 1 : 0;
    })
    .join('&');
}
