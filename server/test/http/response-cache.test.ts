// The response cache stays within its bounds, keeps what is used and drops what is stale.
import { describe, expect, it } from 'vitest';
import { ResponseCache, type CachedResponse } from '../../src/http/response-cache.js';

function entry(bytes: number, version = 1): CachedResponse {
  return { body: new Uint8Array(bytes), headers: {}, etag: `"${bytes}"`, version };
}

describe('ResponseCache', () => {
  it('evicts the least recently used entry when full', () => {
    const cache = new ResponseCache({ maxEntries: 2 });
    cache.set('a', entry(1));
    cache.set('b', entry(1));
    expect(cache.get('a', 1)).toBeDefined(); // a is now the most recent
    cache.set('c', entry(1));
    expect(cache.get('b', 1)).toBeUndefined();
    expect(cache.get('a', 1)).toBeDefined();
    expect(cache.get('c', 1)).toBeDefined();
    expect(cache.size).toBe(2);
  });

  it('keeps the total body size under its byte budget', () => {
    const cache = new ResponseCache({ maxBytes: 1000 });
    for (let i = 0; i < 20; i++) cache.set(`k${i}`, entry(200));
    expect(cache.bytes).toBeLessThanOrEqual(1000);
    expect(cache.size).toBe(5);
    expect(cache.get('k19', 1)).toBeDefined();
    expect(cache.get('k0', 1)).toBeUndefined();
  });

  it('does not keep a body larger than a quarter of the budget', () => {
    const cache = new ResponseCache({ maxBytes: 1000 });
    cache.set('small', entry(100));
    cache.set('huge', entry(300));
    expect(cache.get('huge', 1)).toBeUndefined();
    expect(cache.get('small', 1)).toBeDefined();
  });

  it('drops an entry built at another store version', () => {
    const cache = new ResponseCache();
    cache.set('a', entry(10, 1));
    expect(cache.get('a', 2)).toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.bytes).toBe(0);
  });

  it('replaces an entry under the same key without double counting', () => {
    const cache = new ResponseCache();
    cache.set('a', entry(10));
    cache.set('a', entry(30));
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBe(30);
  });
});
