// The store's data version as the response cache sees it: read from the store at most once per interval.
import type { Store } from '../store/types.js';

export interface DataVersion {
  /** The version, at most `ttlMs` old. */
  (): number;
  /** Forget the remembered version; a route that writes calls this so its author reads the change at once. */
  refresh(): void;
}

/**
 * Asking SQLite for its version costs a read transaction (about 6 µs), as much as the rest of a
 * cached read; under load, remembering it for a few milliseconds removes that cost. The price is
 * that a write made by another process shows up to `ttlMs` later, far inside the 60 seconds
 * browsers may keep a response anyway. `ttlMs` 0 asks the store every time.
 *
 * @example
 * ```ts
 * const version = dataVersion(store, 100);
 * cache.get(key, version());
 * ```
 */
export function dataVersion(store: Store, ttlMs: number): DataVersion {
  let known = 0;
  let readAt = -Infinity;
  const current = (() => {
    if (ttlMs <= 0) return store.version();
    const now = performance.now();
    if (now - readAt >= ttlMs) {
      known = store.version();
      readAt = now;
    }
    return known;
  }) as DataVersion;
  current.refresh = () => {
    readAt = -Infinity;
  };
  return current;
}
