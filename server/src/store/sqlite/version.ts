// The store's data version: the counter triggers keep in store_meta, read only when it may have moved.
import { prepared, writesOn, type Db } from './connection.js';

/**
 * `version(maxAgeMs)` for the store. Reading store_meta costs a read transaction (5–8 µs), as much
 * as serving a cached response, so a read is skipped when neither this connection has written since
 * (writes through `prepared()` are counted) nor `maxAgeMs` has passed since the last read. Other
 * connections' commits (the CLI, another hub process) therefore show up to `maxAgeMs` late; 0, the
 * default, reads every time. `PRAGMA data_version` would tell whether another connection committed,
 * but it costs the same read transaction, so store_meta is read directly: it also says whether the
 * commit touched published data.
 */
export function storeVersion(db: Db): (maxAgeMs?: number) => number {
  let known = 0;
  let readAt = -Infinity;
  let writesSeen = -1;
  return (maxAgeMs = 0) => {
    const writes = writesOn(db);
    const now = performance.now();
    if (writes !== writesSeen || now - readAt >= maxAgeMs) {
      known = prepared(db, 'SELECT version FROM store_meta WHERE id = 1').pluck().get() as number;
      readAt = now;
      writesSeen = writes;
    }
    return known;
  };
}
