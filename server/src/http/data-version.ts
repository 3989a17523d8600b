// The store's data version as the response cache sees it: fresh for this process's writes, at most `maxAgeMs` old for others'.
import type { Store } from '../store/types.js';

export type DataVersion = () => number;

/**
 * Reading the version from SQLite costs a read transaction (5–8 µs), as much as the rest of a
 * cached read; the store skips it while nothing can have changed (see `Store.version`). Writes made
 * through this store (this process) show at once; a write made by another process (the CLI, a
 * second hub on the same file) shows up to `maxAgeMs` later, far inside the 60 seconds browsers may
 * keep a response anyway. `maxAgeMs` 0 asks the database every time.
 *
 * @example
 * ```ts
 * const version = dataVersion(store, 100);
 * cache.get(key, version());
 * ```
 */
export function dataVersion(store: Store, maxAgeMs: number): DataVersion {
  return () => store.version(maxAgeMs);
}
