// A bounded, least-recently-used cache of encoded public responses, so hot reads skip the store.
import type { RecordedHeaders } from './replay.js';

export interface CachedResponse {
  body: Uint8Array<ArrayBuffer>;
  /** Response headers that belong to the representation: type, ETag, caching, language. */
  headers: Record<string, string>;
  etag: string;
  /** The store's version when the body was built; an entry from another version is stale. */
  version: number;
  /** The headers the whole Hono pipeline sent with this body, once recorded, so `replay.ts` can send them again. */
  replay?: RecordedHeaders;
}

export interface ResponseCacheOptions {
  /** Most entries kept. Default 2,000. */
  maxEntries?: number;
  /** Most body bytes kept, all entries together. Default 64 MiB. */
  maxBytes?: number;
}

/** Map iteration order is insertion order, so re-inserting on every hit keeps the oldest entry first. */
export class ResponseCache {
  readonly maxEntries: number;
  readonly maxBytes: number;
  #entries = new Map<string, CachedResponse>();
  #bytes = 0;
  /** The most recently used key: a hit on it is already in place, and moving it costs a Map rehash now and then. */
  #newest: string | undefined;

  constructor(options: ResponseCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 2000;
    this.maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  }

  get size(): number {
    return this.#entries.size;
  }

  get bytes(): number {
    return this.#bytes;
  }

  /** The entry for `key` if it was built at `version`; a stale one is dropped. */
  get(key: string, version: number): CachedResponse | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.version !== version) {
      this.delete(key);
      return undefined;
    }
    if (key !== this.#newest) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
      this.#newest = key;
    }
    return entry;
  }

  set(key: string, entry: CachedResponse): void {
    // One body larger than a quarter of the budget would evict everything else for little gain.
    if (entry.body.byteLength > this.maxBytes / 4) return;
    this.delete(key);
    this.#entries.set(key, entry);
    this.#newest = key;
    this.#bytes += entry.body.byteLength;
    for (const [oldest, old] of this.#entries) {
      if (this.#entries.size <= this.maxEntries && this.#bytes <= this.maxBytes) break;
      this.#entries.delete(oldest);
      if (oldest === this.#newest) this.#newest = undefined;
      this.#bytes -= old.body.byteLength;
    }
  }

  delete(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    if (key === this.#newest) this.#newest = undefined;
    this.#bytes -= entry.body.byteLength;
  }
}
