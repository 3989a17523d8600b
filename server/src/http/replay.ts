// A fast path in front of Hono: fresh cached public reads are sent straight from node:http, with the headers Hono sent.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { chooseLanguage } from './language.js';
import type { Logger } from './logger.js';
import { answeredFromCache, describesBody, matchesAny, responseKey } from './public-read.js';
import type { RateLimiter } from './rate-limit.js';
import { logRequest } from './request-log.js';
import { requestIdFor } from './request-id.js';
import type { CachedResponse, ResponseCache } from './response-cache.js';

/** A cached response's headers as Hono sent them: flat `[name, value, …]` lists for `writeHead`. */
export interface RecordedHeaders {
  ok: string[];
  /** The same without what describes a body, as `publicRead` answers `If-None-Match`. */
  notModified: string[];
  /** Where the request id's value sits in each list; it is the one header made afresh per request. */
  okIdAt: number;
  notModifiedIdAt: number;
}

/** The state of the app's public reads that the fast path shares, handed over by `createApp`. */
export interface ReplaySources {
  cache: ResponseCache;
  version: () => number;
  /** The windows of the app's rate limit on /v1/ reads; undefined when the app does not limit. */
  limiter?: RateLimiter;
  /**
   * False when the app counts clients by something only it can read (a key read from a proxy's
   * header): /v1/ reads then always go to the app.
   */
  limitsBySocket: boolean;
  /** Where request lines go; undefined when the app writes none. */
  logger?: Logger;
}

type Fetch = (request: Request, env: unknown) => unknown;

/**
 * Paths and queries the adapter passes on verbatim, so the key computed here from the raw target
 * is the one Hono computes from its URL: no escapes or dot segments in the path, and no characters
 * in the query that URL parsing would escape. Anything else goes to Hono.
 */
const PLAIN_PATH = /^\/[\w\-.~/]*$/;
const PLAIN_QUERY = /^[\w\-.~!$&()*+,;=:@/?%]*$/;
/** Host headers @hono/node-server accepts without parsing a URL (its `reValidHost`); others go to Hono, which may refuse them. */
const PLAIN_HOST = /^[a-z0-9._-]+(?::(?:[1-5]\d{3,4}|[6-9]\d{3}))?$/;

/**
 * Answers a GET or HEAD whose URL (and language, for localised reads) has a fresh entry in the
 * app's response cache, without building a Request, a Response or running the middleware chain,
 * which together cost about as much again as the bare send. What it sends is what Hono sent for
 * that entry: the headers are recorded from Hono's own 200 (`record`), only X-Request-Id is made
 * afresh (by the same rule), `If-None-Match` gets the same 304, /v1/ reads count against the same
 * rate limit windows, and the same request line is logged.
 *
 * Everything else goes to Hono untouched: other methods and preflights, misses and stale entries,
 * entries not yet recorded, requests carrying `Authorization` (their CORS answer depends on the
 * origin), targets or hosts the adapter would rewrite or refuse, and clients over the limit (the
 * 429 comes from one place). Middleware that changes a cached read per request must be mirrored
 * here, or it is skipped for cache hits.
 *
 * @example
 * ```ts
 * const replay = new Replay();
 * const app = createApp({ store, replay });
 * const server = createServer(replay.listener(getRequestListener(replay.record(app.fetch))));
 * ```
 */
export class Replay {
  #sources: ReplaySources | undefined;
  #answered = 0;

  /** How many requests the fast path has answered itself. */
  get answered(): number {
    return this.#answered;
  }

  /** Called by `createApp` with the state its public reads use; until then everything goes to Hono. */
  connect(sources: ReplaySources): void {
    this.#sources = sources;
  }

  /** Wraps the app's fetch so the first 200 of each cache entry has its final headers recorded. */
  record<F extends Fetch>(fetch: F): F {
    const note = (request: Request, response: unknown) => {
      if (response instanceof Response && response.status === 200) {
        const entry = answeredFromCache(request);
        if (entry && !entry.replay) entry.replay = recordHeaders(response.headers, entry);
      }
      return response;
    };
    return ((request: Request, env: unknown) => {
      const response = fetch(request, env);
      return response instanceof Promise ? response.then((settled: unknown) => note(request, settled)) : note(request, response);
    }) as F;
  }

  /** A node:http listener that answers what it can and hands the rest to `next` (the Hono adapter's listener). */
  listener(next: (incoming: IncomingMessage, outgoing: ServerResponse) => unknown): RequestListener {
    return (incoming, outgoing) => {
      let answered = false;
      try {
        answered = this.#answer(incoming, outgoing);
      } catch (error) {
        // A throw here would end the process; once headers are out only the connection can go.
        if (outgoing.headersSent) return void outgoing.destroy(error instanceof Error ? error : undefined);
      }
      if (!answered) void next(incoming, outgoing);
    };
  }

  #answer(incoming: IncomingMessage, outgoing: ServerResponse): boolean {
    const sources = this.#sources;
    const { method, headers } = incoming;
    if (!sources || (method !== 'GET' && method !== 'HEAD') || headers.authorization !== undefined) return false;
    const started = performance.now();
    const target = incoming.url ?? '';
    const queryStart = target.indexOf('?');
    const path = queryStart === -1 ? target : target.slice(0, queryStart);
    const query = queryStart === -1 ? undefined : target.slice(queryStart + 1);
    if (!PLAIN_PATH.test(path) || path.includes('/.') || path.includes('//')) return false;
    if ((query !== undefined && !PLAIN_QUERY.test(query)) || headers.host === undefined || !PLAIN_HOST.test(headers.host)) return false;

    const entry = lookUp(sources, path, query, headers['accept-language']);
    const recorded = entry?.replay;
    if (!entry || !recorded) return false;
    // A dated body asked for with If-Modified-Since alone: Hono's `publicRead` decides on the 304.
    if (entry.headers['Last-Modified'] !== undefined && headers['if-modified-since'] !== undefined && headers['if-none-match'] === undefined) {
      return false;
    }
    if (sources.limiter && path.startsWith('/v1/')) {
      if (!sources.limitsBySocket) return false;
      const client = incoming.socket.remoteAddress;
      if (client !== undefined && sources.limiter.take(client) > 0) return false;
    }

    const sentId = headers['x-request-id'];
    const requestId = requestIdFor(typeof sentId === 'string' ? sentId : undefined);
    let status: number;
    if (matchesAny(headers['if-none-match'], entry.etag)) {
      status = 304;
      outgoing.writeHead(status, withId(recorded.notModified, recorded.notModifiedIdAt, requestId));
      outgoing.end();
    } else if (method === 'HEAD') {
      status = 200;
      outgoing.writeHead(status, withId(recorded.ok, recorded.okIdAt, requestId));
      outgoing.end();
    } else {
      status = 200;
      const sent = withId(recorded.ok, recorded.okIdAt, requestId);
      sent.push('content-length', String(entry.body.byteLength));
      outgoing.writeHead(status, sent);
      outgoing.end(entry.body);
    }
    this.#answered += 1;
    if (sources.logger) logRequest(sources.logger, { method, path, status, started, requestId });
    return true;
  }
}

/** The fresh entry for a read: by URL alone, else by URL and language (how `publicRead` keys localised reads). */
function lookUp(sources: ReplaySources, path: string, query: string | undefined, acceptLanguage: string | undefined): CachedResponse | undefined {
  const { cache } = sources;
  const version = sources.version();
  const plainKey = responseKey(path, query);
  if (plainKey === undefined) return undefined;
  const plain = cache.get(plainKey, version);
  if (plain) return plain;
  const fromQuery = query === undefined ? undefined : (new URLSearchParams(query).get('lang') ?? undefined);
  const localisedKey = responseKey(path, query, chooseLanguage(fromQuery, acceptLanguage));
  return localisedKey === undefined ? undefined : cache.get(localisedKey, version);
}

function withId(headers: string[], at: number, requestId: string): string[] {
  const copy = headers.slice();
  copy[at] = requestId;
  return copy;
}

/**
 * The headers of Hono's 200 for `entry`, in the order the adapter wrote them (Headers iterate
 * sorted, lower-cased), or undefined when anything about them is unexpected and the entry is
 * better left to Hono: another body's ETag, no request id, a length or cookies of its own.
 */
export function recordHeaders(headers: Headers, entry: CachedResponse): RecordedHeaders | undefined {
  if (headers.get('etag') !== entry.etag || !headers.has('content-type')) return undefined;
  const ok: string[] = [];
  const notModified: string[] = [];
  let okIdAt = -1;
  let notModifiedIdAt = -1;
  for (const [name, value] of headers) {
    if (name === 'content-length' || name === 'transfer-encoding' || name === 'set-cookie') return undefined;
    if (name === 'x-request-id') {
      okIdAt = ok.length + 1;
      notModifiedIdAt = notModified.length + 1;
    }
    ok.push(name, value);
    if (!describesBody(name)) notModified.push(name, value);
  }
  return okIdAt === -1 ? undefined : { ok, notModified, okIdAt, notModifiedIdAt };
}
