// What every resource module is built from: the store, the contract and the shared response cache.
import type { Contract } from '../http/contract.js';
import type { DataVersion } from '../http/data-version.js';
import type { ResponseCache } from '../http/response-cache.js';
import type { Store } from '../store/types.js';

export interface RouteDeps {
  store: Store;
  contract: Contract;
  cache: ResponseCache;
  /** The store's version as the response cache keys on it. */
  version: DataVersion;
}
